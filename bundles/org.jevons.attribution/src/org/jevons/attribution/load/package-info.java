/** From parsed {@code .energy} files to the attribution's input: the {@code usage} mappings and their workloads. */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.attribution.load;

/**
 * Comparisons of two workloads with a decomposition of the ratio into its factors.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.analysis.compare;

/** Validation of {@code .energy} models: names, units and dimensions, value ranges, required properties, studies. */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.dsl.validation;

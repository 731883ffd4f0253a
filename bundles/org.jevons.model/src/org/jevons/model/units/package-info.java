/**
 * Units and dimensions of the {@code .energy} language: parsing of unit expressions such as {@code TFLOP/s},
 * {@code gCO2e/kWh} or {@code %/year}, their SI factor and their dimension.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.model.units;

/**
 * Cost in USD, an analysis plugin contributed through the {@link org.jevons.analysis.EnergyAnalysis} SPI only: it
 * adds {@code cost} figures to trainings and inferences without any change to the core analyses.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.analysis.cost;

/**
 * The analysis SPI ({@link org.jevons.analysis.EnergyAnalysis}), its registry and context, the one entry point
 * {@link org.jevons.analysis.StudyAnalysis}, and the immutable result records every front end renders.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.analysis;

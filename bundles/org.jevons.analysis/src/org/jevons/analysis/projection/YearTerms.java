package org.jevons.analysis.projection;

/**
 * The parts of one projected year that do not depend on the elasticity, for one sample: the year loop and the
 * solver of the break-even and flat-energy elasticities evaluate the last year many times at different ε, and
 * these terms (powers of the trends, the reasoning share's logistic, each service's activity) once.
 */
final class YearTerms {
	/** η(τ) = (1 − g)^τ */
	double efficiency;
	double price, counterfactualPrice;
	double carbonFactor;
	/** The saturation ceiling in requests per year, NaN without one. */
	double ceiling;
	/** Per service: A_i·(1 + G_i)^τ, and energy per request at the year's reasoning share. */
	final double[] activity, mix;

	YearTerms(int services) {
		activity = new double[services];
		mix = new double[services];
	}
}

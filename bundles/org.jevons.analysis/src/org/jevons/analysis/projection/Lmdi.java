package org.jevons.analysis.projection;

/**
 * Additive LMDI-I decomposition (Ang 2005, "The LMDI approach to decomposition analysis: a practical guide",
 * Energy Policy 33): for V = Σ_k Π_f x_{k,f}, the effect of factor f between years 0 and T is
 * Σ_k L(V_k^T, V_k^0)·ln(x_{k,f}^T / x_{k,f}^0) with the logarithmic mean L(a, b) = (a − b)/(ln a − ln b). The
 * effects sum exactly to V^T − V^0. Zero values are replaced by a tiny positive number (Ang's small-value
 * strategy), which keeps the sum exact to that number.
 */
final class Lmdi {
	/** Ang (2005) recommends 1e-10 .. 1e-20 in place of zeros. */
	static final double ZERO = 1e-20;

	private Lmdi() {
	}

	/**
	 * @param start {@code [segment][factor]} at year 0; the product over factors is the segment's value
	 * @param end   the same at year T
	 * @return the effect of each factor, summing to the change of the total
	 */
	static double[] effects(double[][] start, double[][] end) {
		int factors = start.length == 0 ? 0 : start[0].length;
		double[] effects = new double[factors];
		for (int k = 0; k < start.length; k++) {
			double v0 = product(start[k]);
			double vT = product(end[k]);
			double weight = logMean(vT, v0);
			for (int f = 0; f < factors; f++) {
				effects[f] += weight * Math.log(positive(end[k][f]) / positive(start[k][f]));
			}
		}
		return effects;
	}

	static double logMean(double a, double b) {
		double x = positive(a), y = positive(b);
		return Math.abs(x - y) <= 1e-12 * Math.max(x, y) ? x : (x - y) / (Math.log(x) - Math.log(y));
	}

	private static double product(double[] factors) {
		double p = 1;
		for (double x : factors) {
			p *= positive(x);
		}
		return p;
	}

	private static double positive(double x) {
		return x > 0 ? x : ZERO;
	}
}

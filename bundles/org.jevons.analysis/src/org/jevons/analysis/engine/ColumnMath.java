package org.jevons.analysis.engine;

/**
 * Elementary functions over the columns of a {@link Block}, written so that the JIT vectorises them: {@link Math#exp}
 * is a call per sample that no loop around it can vectorise (6 – 7 ns per sample on the build machine, as much as
 * the rest of an inference step).
 */
public final class ColumnMath {
	// Cody–Waite split of ln 2 (fdlibm's): LN2_HI has 32 trailing zero bits, so k · LN2_HI is exact for |k| < 2^20
	private static final double LN2_HI = 6.93147180369123816490e-01, LN2_LO = 1.90821492927058770002e-10;
	private static final double INVERSE_LN2 = 1.44269504088896338700e+00;
	/** Beyond these arguments e^x leaves the normal doubles; clamped so that 2^k stays a normal double. */
	private static final double LOWEST = -708, HIGHEST = 709;
	// 1/j! for the Taylor polynomial of e^r, |r| ≤ ln 2 / 2: the first omitted term r^14/14! is below 5e-18
	private static final double[] INVERSE_FACTORIAL = inverseFactorials(13);

	private ColumnMath() {
	}

	/** {@code o[offset + i] = x[i] · y[i]} for {@code i < size}: a figure that is the product of two columns. */
	public static void product(double[] x, double[] y, double[] o, int offset, int size) {
		for (int i = 0; i < size; i++) {
			o[offset + i] = x[i] * y[i];
		}
	}

	/**
	 * {@code out[i] = e^x[i]} for {@code i < size}, {@code scratch} a column of at least {@code size} entries; x and
	 * out may be the same column. Relative error below 4 · 10⁻¹⁶ (two units in the last place; ColumnMathTest checks
	 * it against {@link StrictMath#exp}) for x in [−708, 709]; below −708 the result is e^−708 ≈ 3 · 10⁻³⁰⁸ instead
	 * of a subnormal or 0, above 709 it is e^709 instead of infinity; NaN stays NaN.
	 * <p>
	 * e^x = 2^k · e^r with k = round(x / ln 2) and r = x − k · ln 2: the reduction and the polynomial are plain
	 * arithmetic the JIT vectorises; only forming 2^k from its bits is a scalar loop (about 0.6 ns per sample).
	 */
	public static void exp(double[] x, double[] out, double[] scratch, int size) {
		double[] k = scratch;
		double c2 = INVERSE_FACTORIAL[2], c3 = INVERSE_FACTORIAL[3], c4 = INVERSE_FACTORIAL[4];
		double c5 = INVERSE_FACTORIAL[5], c6 = INVERSE_FACTORIAL[6], c7 = INVERSE_FACTORIAL[7];
		double c8 = INVERSE_FACTORIAL[8], c9 = INVERSE_FACTORIAL[9], c10 = INVERSE_FACTORIAL[10];
		double c11 = INVERSE_FACTORIAL[11], c12 = INVERSE_FACTORIAL[12], c13 = INVERSE_FACTORIAL[13];
		for (int i = 0; i < size; i++) {
			double y = Math.min(HIGHEST, Math.max(LOWEST, x[i]));
			double n = Math.rint(y * INVERSE_LN2);
			double r = (y - n * LN2_HI) - n * LN2_LO;
			double p = c12 + r * c13;
			p = c11 + r * p;
			p = c10 + r * p;
			p = c9 + r * p;
			p = c8 + r * p;
			p = c7 + r * p;
			p = c6 + r * p;
			p = c5 + r * p;
			p = c4 + r * p;
			p = c3 + r * p;
			p = c2 + r * p;
			// e^r = 1 + r + r²·(…): adding the small terms first keeps the rounding of the sum to about one ulp
			k[i] = n;
			out[i] = 1 + (r + r * r * p);
		}
		for (int i = 0; i < size; i++) {
			// n is a whole number in [−1022, 1023] (or NaN, whose (long) is 0: out is NaN already)
			out[i] *= Double.longBitsToDouble(((long) k[i] + 1023) << 52);
		}
	}

	private static double[] inverseFactorials(int n) {
		double[] c = new double[n + 1];
		double factorial = 1;
		for (int j = 0; j <= n; j++) {
			factorial *= Math.max(1, j);
			c[j] = 1 / factorial;
		}
		return c;
	}
}

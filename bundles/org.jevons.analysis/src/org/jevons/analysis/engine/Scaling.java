package org.jevons.analysis.engine;

import java.util.Arrays;
import java.util.Optional;

/**
 * A column that is another column times a constant, value for value: {@code fl(x · factor)} or {@code fl(x / factor)}
 * with a positive finite factor, so one rounding of a monotone operation (a carbon of an energy at a fixed
 * intensity, a duration of accelerator-hours over a fixed count, a yearly figure of a per-request one). Rounding is
 * monotone, so such a column's k-th order statistic is the image of its original's: {@link RootPass} does not count
 * it, and {@link StreamQuantiles} maps its original's order statistics.
 *
 * @param original the column it is an image of
 * @param divide whether the operation is a division by the factor (else a multiplication)
 */
record Scaling(int original, double factor, boolean divide) {
	/** How many representable neighbours of a ratio are tried on each side: the factor's rounding is unknown. */
	private static final int NEIGHBOURS = 2;

	/** The image of x. */
	double apply(double x) {
		return divide ? x / factor : x * factor;
	}

	/**
	 * Whether {@code column[0..n)} is the image of {@code original[0..n)}, bit for bit; scratch holds n values. The
	 * loops start at index 0 on purpose: with an offset, the JIT vectorised them less (half the speed, measured).
	 */
	boolean holds(double[] original, double[] column, int n, double[] scratch) {
		double f = factor;
		if (divide) {
			for (int i = 0; i < n; i++) {
				scratch[i] = original[i] / f;
			}
		} else {
			for (int i = 0; i < n; i++) {
				scratch[i] = original[i] * f;
			}
		}
		// as Double.equals: a NaN equals a NaN, −0.0 does not equal 0.0
		return Arrays.mismatch(scratch, 0, n, column, 0, n) < 0;
	}

	/** {@link #holds} over the whole of two columns, a block at a time. */
	private boolean holdsThroughout(double[] original, double[] column) {
		double[] from = new double[Block.SIZE], to = new double[Block.SIZE], scratch = new double[Block.SIZE];
		for (int at = 0; at < original.length; at += Block.SIZE) {
			int size = Math.min(Block.SIZE, original.length - at);
			System.arraycopy(original, at, from, 0, size);
			System.arraycopy(column, at, to, 0, size);
			if (!holds(from, to, size, scratch)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A scaling that turns the pilot's values of {@code original} into those of {@code column}, tried from the
	 * ratio of their first values: empty if none does, or if either column has a zero, NaN or infinite first value.
	 */
	static Optional<Scaling> find(int originalIndex, double[] original, double[] column) {
		if (original.length == 0) {
			return Optional.empty();
		}
		double x = original[0], y = column[0];
		if (!(x != 0 && y != 0 && Double.isFinite(x) && Double.isFinite(y))) {
			return Optional.empty();
		}
		for (boolean divide : new boolean[] { false, true }) {
			double ratio = divide ? x / y : y / x;
			for (int k = -NEIGHBOURS; k <= NEIGHBOURS; k++) {
				double factor = step(ratio, k);
				Scaling s = new Scaling(originalIndex, factor, divide);
				if (factor > 0 && factor < Double.POSITIVE_INFINITY && s.holdsThroughout(original, column)) {
					return Optional.of(s);
				}
			}
		}
		return Optional.empty();
	}

	private static double step(double x, int k) {
		double r = x;
		for (int i = 0; i < Math.abs(k); i++) {
			r = k > 0 ? Math.nextUp(r) : Math.nextDown(r);
		}
		return r;
	}
}

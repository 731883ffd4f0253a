package org.jevons.analysis.engine;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

import org.jevons.analysis.Estimate;

/**
 * Percentiles of samples, linearly interpolated at position q·(n−1) of the sorted samples.
 * <p>
 * Large inputs are not sorted: a histogram over [min, max] finds the bins that hold the six order statistics
 * needed (below and above each of p05/p50/p95), and only those bins' members are sorted. The bin of a value is a
 * monotone function of the value, so the k-th order statistic is exactly the (k − count of lower bins)-th member
 * of its bin: the result is bit-identical to sorting, in three linear passes that leave the input untouched.
 */
public final class Quantiles {
	private static final double[] LEVELS = { 0.05, 0.50, 0.95 };
	/** Below this, one sort of a copy is as fast as three passes and simpler. */
	private static final int SORT_BELOW = 1024;
	/** 16 Ki counters (64 KiB) stay in the L2 cache while a pass increments them at random. */
	private static final int MAX_BINS = 1 << 14;
	/** From this size the passes run on the common ForkJoin pool, in fixed chunks. */
	private static final int PARALLEL_FROM = 1 << 20;
	private static final int CHUNKS = 16;

	private Quantiles() {
	}

	/** p05/p50/p95 of the samples; empty when there are none or any is not a number. */
	public static Optional<Estimate.Percentiles> of(double[] samples) {
		if (samples.length == 0) {
			return Optional.empty();
		}
		double[] p = samples.length < SORT_BELOW ? bySort(samples) : byHistogram(samples);
		return p == null ? Optional.empty() : Optional.of(new Estimate.Percentiles(p[0], p[1], p[2]));
	}

	/** The q-quantile of already sorted values. */
	public static double at(double[] sorted, double q) {
		double position = q * (sorted.length - 1);
		int below = (int) Math.floor(position);
		int above = Math.min(below + 1, sorted.length - 1);
		double fraction = position - below;
		return between(sorted[below], sorted[above], fraction);
	}

	/**
	 * The value a fraction of the way from one order statistic to the next, {@code below + fraction · (above −
	 * below)} (Hyndman and Fan's type 7, as numpy's default); where that is NaN for two infinite ends (∞ − ∞), the
	 * nearer end, so that an infinite figure has infinite percentiles rather than none.
	 */
	static double between(double below, double above, double fraction) {
		double value = below + fraction * (above - below);
		return Double.isNaN(value) && !Double.isNaN(below) && !Double.isNaN(above) ? fraction < 0.5 ? below : above
				: value;
	}

	private static double[] bySort(double[] samples) {
		double[] sorted = samples.clone();
		Arrays.sort(sorted);
		if (Double.isNaN(sorted[sorted.length - 1])) {
			return null;
		}
		return new double[] { at(sorted, LEVELS[0]), at(sorted, LEVELS[1]), at(sorted, LEVELS[2]) };
	}

	private static double[] byHistogram(double[] x) {
		int n = x.length;
		int chunks = n >= PARALLEL_FROM ? CHUNKS : 1;
		double[] lows = new double[chunks], highs = new double[chunks];
		run(chunks, c -> {
			double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
			for (int i = from(c, chunks, n), end = from(c + 1, chunks, n); i < end; i++) {
				// Math.min/max propagate NaN, which is how a NaN sample is detected without a branch
				lo = Math.min(lo, x[i]);
				hi = Math.max(hi, x[i]);
			}
			lows[c] = lo;
			highs[c] = hi;
		});
		double lo = Arrays.stream(lows).reduce(Math::min).getAsDouble();
		double hi = Arrays.stream(highs).reduce(Math::max).getAsDouble();
		if (Double.isNaN(lo) || Double.isNaN(hi)) {
			return null;
		}
		if (!Double.isFinite(lo) || !Double.isFinite(hi) || lo == 0 && hi == 0) {
			// infinities (and signed zeros) have no finite range to bin; sorting handles them as before
			return bySort(x);
		}
		if (lo == hi) {
			return new double[] { lo, lo, lo };
		}
		int bins = Math.min(MAX_BINS, Math.max(16, n >> 3));
		// an infinite range (overflow) makes the scale 0: every value in bin 0, still exact, just sorted
		double scale = bins / (hi - lo);
		int[][] counts = new int[chunks][bins];
		run(chunks, c -> {
			int[] count = counts[c];
			for (int i = from(c, chunks, n), end = from(c + 1, chunks, n); i < end; i++) {
				count[bin(x[i], lo, scale, bins)]++;
			}
		});
		int[] ranks = new int[2 * LEVELS.length];
		for (int q = 0; q < LEVELS.length; q++) {
			int below = (int) Math.floor(LEVELS[q] * (n - 1));
			ranks[2 * q] = below;
			ranks[2 * q + 1] = Math.min(below + 1, n - 1);
		}
		int[] slot = new int[bins];
		Arrays.fill(slot, -1);
		int[] binOf = new int[ranks.length], firstRank = new int[ranks.length], size = new int[ranks.length];
		int slots = 0;
		for (int b = 0, before = 0, r = 0; b < bins && r < ranks.length; b++) {
			int inBin = 0;
			for (int c = 0; c < chunks; c++) {
				inBin += counts[c][b];
			}
			// ranks ascend, so each is found in one walk over the cumulative counts
			while (r < ranks.length && ranks[r] < before + inBin) {
				if (slot[b] < 0) {
					size[slots] = inBin;
					slot[b] = slots++;
				}
				binOf[r] = b;
				firstRank[r] = before;
				r++;
			}
			before += inBin;
		}
		double[][] members = new double[slots][];
		int[][] offset = new int[chunks][slots];
		for (int s = 0; s < slots; s++) {
			members[s] = new double[size[s]];
		}
		for (int b = 0; b < bins; b++) {
			if (slot[b] >= 0) {
				for (int c = 1; c < chunks; c++) {
					offset[c][slot[b]] = offset[c - 1][slot[b]] + counts[c - 1][b];
				}
			}
		}
		run(chunks, c -> {
			int[] at = offset[c];
			for (int i = from(c, chunks, n), end = from(c + 1, chunks, n); i < end; i++) {
				int s = slot[bin(x[i], lo, scale, bins)];
				if (s >= 0) {
					members[s][at[s]++] = x[i];
				}
			}
		});
		for (double[] m : members) {
			Arrays.sort(m);
		}
		double[] result = new double[LEVELS.length];
		for (int q = 0; q < LEVELS.length; q++) {
			// same arithmetic as at(sorted, q), on the same two order statistics
			double position = LEVELS[q] * (n - 1);
			double fraction = position - (int) Math.floor(position);
			double below = members[slot[binOf[2 * q]]][ranks[2 * q] - firstRank[2 * q]];
			double above = members[slot[binOf[2 * q + 1]]][ranks[2 * q + 1] - firstRank[2 * q + 1]];
			result[q] = between(below, above, fraction);
		}
		return result;
	}

	/** Monotone in x: x ≤ y implies bin(x) ≤ bin(y), because rounding of − and × is monotone. */
	private static int bin(double x, double lo, double scale, int bins) {
		return Math.min(bins - 1, (int) ((x - lo) * scale));
	}

	private static int from(int chunk, int chunks, int n) {
		return (int) ((long) chunk * n / chunks);
	}

	private static void run(int chunks, IntConsumer body) {
		IntStream range = IntStream.range(0, chunks);
		(chunks > 1 ? range.parallel() : range).forEach(body);
	}
}

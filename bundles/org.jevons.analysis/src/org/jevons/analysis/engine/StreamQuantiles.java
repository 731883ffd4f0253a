package org.jevons.analysis.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jevons.analysis.Cancellation;
import org.jevons.analysis.Estimate;

/**
 * Exact p05/p50/p95 of every column of a {@link SampleStream}, in memory that does not grow with the number of
 * samples: the samples are recomputed in each pass instead of kept.
 * <p>
 * A pilot of the first samples sets a histogram range per column; pass 1 counts every sample into that histogram
 * (plus one bin below and one above it) and finds the bin holding each of the six order statistics needed (below
 * and above each percentile). Each later pass either keeps the members of such a bin — when there are few — and
 * selects the order statistic by sorting them, or counts them into a finer histogram of that bin alone. The bin
 * of a value is a monotone function of the value, so the k-th order statistic is exactly the (k − count of lower
 * bins)-th member of its bin: the result is bit-identical to sorting all samples (as {@link Quantiles#of} does),
 * and counts and sorted members do not depend on the number of threads. Typically two passes; small runs are
 * kept in memory and take one.
 */
public final class StreamQuantiles {
	private static final double[] LEVELS = { 0.05, 0.50, 0.95 };
	/** Finer histograms after this many levels stop refining (only a pathological column gets there). */
	private static final int MAX_DEPTH = 8;
	static final StreamQuantiles DEFAULT = new StreamQuantiles(1 << 21, 1 << 16, 1 << 14, 1 << 12, 1 << 17);

	/** At most this many values (samples × columns) are kept in memory instead of recomputed. */
	private final long inMemory;
	private final int pilot;
	private final int rootBins;
	private final int subBins;
	/** A bin with at most this many members is kept and sorted instead of refined. */
	private final int collectLimit;

	StreamQuantiles(long inMemory, int pilot, int rootBins, int subBins, int collectLimit) {
		this.inMemory = inMemory;
		this.pilot = pilot;
		this.rootBins = rootBins;
		this.subBins = subBins;
		this.collectLimit = collectLimit;
	}

	/** p05/p50/p95 of each column over samples {@code 0 .. samples-1}; empty for a column with a NaN sample. */
	public static List<Optional<Estimate.Percentiles>> of(SampleStream stream, int samples, boolean parallel,
			Cancellation cancellation) {
		return DEFAULT.percentiles(stream, samples, parallel, cancellation);
	}

	List<Optional<Estimate.Percentiles>> percentiles(SampleStream stream, int n, boolean parallel,
			Cancellation cancellation) {
		int width = stream.width();
		if (n == 0) {
			return java.util.Collections.nCopies(width, Optional.empty());
		}
		if ((long) n * width <= inMemory) {
			return Arrays.stream(Passes.materialise(stream, n, parallel, cancellation)).map(Quantiles::of).toList();
		}
		double[][] head = Passes.materialise(stream, Math.min(n, pilot), parallel, cancellation);
		Root root = new Root(width);
		boolean[] extremes = new boolean[width];
		for (int j = 0; j < width; j++) {
			double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
			for (double x : head[j]) {
				if (Double.isFinite(x)) {
					lo = Math.min(lo, x);
					hi = Math.max(hi, x);
				}
			}
			root.lo[j] = lo <= hi ? lo : 0;
			root.scale[j] = scale(rootBins, root.lo[j], lo <= hi ? hi : 0);
			extremes[j] = !(lo < hi);
		}
		root.count(stream, n, rootBins, extremes, parallel, cancellation);
		List<Target> targets = new ArrayList<>();
		double[][] values = new double[width][];
		for (int j = 0; j < width; j++) {
			if (Double.isNaN(root.min[j]) || Double.isNaN(root.max[j])) {
				continue;
			}
			values[j] = new double[2 * LEVELS.length];
			Map<Integer, Region> children = new HashMap<>();
			Region whole = new Region(j, new double[0], new double[0], new int[0], new int[0], n, false);
			whole.own(root.lo[j], root.scale[j], rootBins);
			long[] counts = root.counts[j];
			double[][] range = root.binRanges(j, rootBins);
			for (int r = 0; r < 2 * LEVELS.length; r++) {
				long below = (long) Math.floor(LEVELS[r / 2] * (n - 1));
				Target t = new Target(values[j], r, r % 2 == 0 ? below : Math.min(below + 1, n - 1L), whole);
				if (bits(root.min[j]) == bits(root.max[j])) {
					t.resolve(root.min[j]);
				} else {
					descend(t, counts, range[0], range[1], false, children);
					targets.add(t);
				}
			}
		}
		while (targets.stream().anyMatch(t -> !t.done)) {
			Refinement pass = new Refinement(targets.stream().filter(t -> !t.done).map(t -> t.region).distinct()
					.toList(), root, rootBins);
			pass.run(stream, n, parallel, cancellation);
			Map<Region, Map<Integer, Region>> children = new HashMap<>();
			for (Target t : targets) {
				if (t.done) {
					continue;
				}
				Region region = t.region;
				if (region.collect) {
					t.resolve(pass.members(region)[(int) t.rankInRegion]);
				} else {
					descend(t, pass.counts(region), pass.mins(region), pass.maxs(region), true,
							children.computeIfAbsent(region, r -> new HashMap<>()));
				}
			}
		}
		List<Optional<Estimate.Percentiles>> result = new ArrayList<>();
		for (int j = 0; j < width; j++) {
			if (values[j] == null) {
				result.add(Optional.empty());
				continue;
			}
			double[] p = new double[LEVELS.length];
			for (int q = 0; q < LEVELS.length; q++) {
				// the arithmetic of Quantiles.at on the same two order statistics
				double position = LEVELS[q] * (n - 1);
				double fraction = position - (int) Math.floor(position);
				p[q] = values[j][2 * q] + fraction * (values[j][2 * q + 1] - values[j][2 * q]);
			}
			result.add(Optional.of(new Estimate.Percentiles(p[0], p[1], p[2])));
		}
		return result;
	}

	/**
	 * Moves a target into the bin of its region that holds its rank. {@code exact}: mins/maxs are the members'
	 * extremes (a bin whose members are all equal decides the value); otherwise they are only the bins' bounds.
	 */
	private void descend(Target t, long[] counts, double[] mins, double[] maxs, boolean exact,
			Map<Integer, Region> children) {
		long before = 0;
		int k = 0;
		while (t.rankInRegion >= before + counts[k]) {
			before += counts[k++];
		}
		if (exact && bits(mins[k]) == bits(maxs[k])) {
			t.resolve(mins[k]);
			return;
		}
		Region parent = t.region;
		int bin = k;
		Region child = children.computeIfAbsent(k, b -> {
			Region r = parent.child(bin, counts[bin], counts[bin] <= collectLimit || parent.depth() >= MAX_DEPTH);
			r.own(mins[bin], scale(subBins, mins[bin], maxs[bin]), subBins);
			return r;
		});
		t.region = child;
		t.rankInRegion -= before;
	}

	/** The bin of x: 0 below lo, 1..bins inside, bins+1 above; monotone in x for any positive finite scale. */
	static int bin(double x, double lo, double scale, int bins) {
		return Math.min(bins + 1, Math.max(0, (int) ((x - lo) * scale + 1.0)));
	}

	/** bins / (hi − lo), or a positive stand-in when that is not a positive finite number. */
	private static double scale(int bins, double lo, double hi) {
		double s = bins / (hi - lo);
		return s > 0 && s < Double.POSITIVE_INFINITY ? s : hi > lo ? Double.MIN_NORMAL : 1.0;
	}

	private static long bits(double x) {
		return Double.doubleToRawLongBits(x);
	}

	/** One of the six order statistics of a column, followed down the histograms. */
	private static final class Target {
		final double[] values;
		final int slot;
		Region region;
		long rankInRegion;
		boolean done;

		Target(double[] values, int slot, long rank, Region region) {
			this.values = values;
			this.slot = slot;
			this.rankInRegion = rank;
			this.region = region;
		}

		void resolve(double value) {
			values[slot] = value;
			done = true;
		}
	}

	/** Pass 1: one histogram per column over the pilot's range, and each column's extremes. */
	static final class Root {
		final double[] lo, scale, min, max;
		long[][] counts;

		Root(int width) {
			lo = new double[width];
			scale = new double[width];
			min = new double[width];
			max = new double[width];
		}

		/**
		 * Counts every sample into the column's histogram. Extremes are tracked only for columns that were constant
		 * in the pilot (a figure that does not vary is then decided without a second pass); elsewhere only NaNs are
		 * counted, which keeps the loop to one bin computation per value.
		 */
		void count(SampleStream stream, int n, int bins, boolean[] extremes, boolean parallel,
				Cancellation cancellation) {
			int width = lo.length;
			List<Partial> partials = Passes.run(stream, 0, n, parallel, cancellation, g -> new Partial(width, bins),
					(p, columns, first, size) -> {
						for (int j = 0; j < width; j++) {
							double[] column = columns[j];
							int[] count = p.counts[j];
							double l = lo[j], s = scale[j];
							if (extremes[j]) {
								double mn = p.min[j], mx = p.max[j];
								for (int i = 0; i < size; i++) {
									double x = column[i];
									mn = Math.min(mn, x); // Math.min/max propagate NaN
									mx = Math.max(mx, x);
									count[bin(x, l, s, bins)]++;
								}
								p.min[j] = mn;
								p.max[j] = mx;
							} else {
								int nan = 0;
								for (int i = 0; i < size; i++) {
									double x = column[i];
									nan += x != x ? 1 : 0;
									count[bin(x, l, s, bins)]++;
								}
								p.nan[j] += nan;
							}
						}
					});
			counts = new long[width][bins + 2];
			for (int j = 0; j < width; j++) {
				min[j] = extremes[j] ? Double.POSITIVE_INFINITY : -Double.MAX_VALUE;
				max[j] = extremes[j] ? Double.NEGATIVE_INFINITY : Double.MAX_VALUE;
			}
			for (Partial p : partials) {
				for (int j = 0; j < width; j++) {
					min[j] = p.nan[j] > 0 ? Double.NaN : Math.min(min[j], p.min[j]);
					max[j] = p.nan[j] > 0 ? Double.NaN : Math.max(max[j], p.max[j]);
					for (int b = 0; b < bins + 2; b++) {
						counts[j][b] += p.counts[j][b];
					}
				}
			}
		}

		/** Lower and upper bounds of every bin of column j (the outer bins end at the column's extremes). */
		double[][] binRanges(int j, int bins) {
			double[] from = new double[bins + 2], to = new double[bins + 2];
			from[0] = min[j];
			to[0] = lo[j];
			for (int b = 1; b <= bins; b++) {
				from[b] = lo[j] + (b - 1) / scale[j];
				to[b] = lo[j] + b / scale[j];
			}
			from[bins + 1] = lo[j] + bins / scale[j];
			to[bins + 1] = max[j];
			return new double[][] { from, to };
		}

		private static final class Partial {
			final int[][] counts;
			final double[] min, max;
			final long[] nan;

			Partial(int width, int bins) {
				counts = new int[width][bins + 2];
				nan = new long[width];
				min = new double[width];
				max = new double[width];
				Arrays.fill(min, Double.POSITIVE_INFINITY);
				Arrays.fill(max, Double.NEGATIVE_INFINITY);
			}
		}
	}
}

package org.jevons.analysis.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.IntStream;

import org.jevons.analysis.Cancellation;
import org.jevons.analysis.Estimate;

/**
 * Exact p05/p50/p95 of every column of a {@link SampleStream}, in memory that does not grow with the number of
 * samples: the samples are recomputed in each pass instead of kept.
 * <p>
 * A pilot of the first samples, held in memory, sets a histogram range per column; pass 1 counts every sample into
 * that histogram (plus one bin below and one above it) and finds the bin holding each of the six order statistics
 * needed (below and above each percentile). It also keeps the members of the bins the pilot predicts to hold them
 * ({@link RootPass}), so that in almost every run it is the only pass. A rank whose bin was not kept takes later
 * passes, each of which either keeps the members of such a bin — when there are few — and selects the order
 * statistic by sorting them, or counts them into a finer histogram of that bin alone. The bin of a value is a
 * monotone function of the value, so the k-th order statistic is exactly the (k − count of lower bins)-th member
 * of its bin: the result is bit-identical to sorting all samples (as {@link Quantiles#of} does), and counts and
 * sorted members do not depend on the number of threads. Small runs are kept in memory.
 */
public final class StreamQuantiles {
	private static final double[] LEVELS = { 0.05, 0.50, 0.95 };
	/** Finer histograms after this many levels stop refining (only a pathological column gets there). */
	private static final int MAX_DEPTH = 8;
	/** 4 Ki root bins: a column's counters (16 KiB) stay in a 32 KiB L1 cache while pass 1 increments them. */
	static final StreamQuantiles DEFAULT = new StreamQuantiles(1 << 21, Optional.empty(), 1 << 12, 1 << 12, 1 << 17);

	/** At most this many values (samples × columns) are kept in memory instead of recomputed. */
	private final long inMemory;
	/** The pilot and the members pass 1 may keep; empty: as a share of the heap when a run starts. */
	private final Optional<RootPass.Limits> limits;
	private final int rootBins;
	private final int subBins;
	/** A bin with at most this many members is kept and sorted instead of refined. */
	private final int collectLimit;

	/** A pilot of exactly {@code pilot} samples, and pass 1 keeps no members: every rank takes refinement passes. */
	StreamQuantiles(long inMemory, int pilot, int rootBins, int subBins, int collectLimit) {
		this(inMemory, Optional.of(new RootPass.Limits(pilot, pilot, Long.MAX_VALUE, 0)), rootBins, subBins,
				collectLimit);
	}

	StreamQuantiles(long inMemory, Optional<RootPass.Limits> limits, int rootBins, int subBins, int collectLimit) {
		this.inMemory = inMemory;
		this.limits = limits;
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
		long[] ranks = new long[2 * LEVELS.length];
		for (int r = 0; r < ranks.length; r++) {
			long below = (long) Math.floor(LEVELS[r / 2] * (n - 1));
			ranks[r] = r % 2 == 0 ? below : Math.min(below + 1, n - 1L);
		}
		RootPass root = RootPass.run(stream, n, rootBins, ranks, limits.orElseGet(() -> RootPass.Limits
				.ofHeap(Runtime.getRuntime().maxMemory())), parallel, cancellation);
		// each column's selection from its kept members is independent of the others'
		OptionalDouble[][] kept = new OptionalDouble[width][];
		IntStream columns = IntStream.range(0, width).filter(j -> root.scaling(j).isEmpty());
		(parallel ? columns.parallel() : columns).forEach(j -> kept[j] = root.orderStatistics(j, ranks));
		List<Target> targets = new ArrayList<>();
		double[][] values = new double[width][];
		for (int j = 0; j < width; j++) {
			if (root.scaling(j).isPresent() || Double.isNaN(root.min[j]) || Double.isNaN(root.max[j])) {
				continue;
			}
			values[j] = new double[ranks.length];
			if (bits(root.min[j]) == bits(root.max[j])) {
				Arrays.fill(values[j], root.min[j]);
				continue;
			}
			Map<Integer, Region> children = new HashMap<>();
			Region whole = new Region(j, new double[0], new double[0], new int[0], new int[0], n, false);
			whole.own(root.lo[j], root.scale[j], rootBins);
			double[][] range = root.binRanges(j);
			for (int r = 0; r < ranks.length; r++) {
				Target t = new Target(values[j], r, ranks[r], whole);
				if (kept[j][r].isPresent()) {
					t.resolve(kept[j][r].getAsDouble());
				} else {
					descend(t, root.counts[j], range[0], range[1], false, children);
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
		for (int j = 0; j < width; j++) {
			Optional<Scaling> scaling = root.scaling(j);
			if (scaling.isPresent() && values[scaling.get().original()] != null) {
				// rounding is monotone: the image of the original's k-th order statistic is this column's
				values[j] = Arrays.stream(values[scaling.get().original()]).map(scaling.get()::apply).toArray();
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
				p[q] = Quantiles.between(values[j][2 * q], values[j][2 * q + 1], fraction);
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
			r.own(mins[bin], RootPass.scale(subBins, mins[bin], maxs[bin]), subBins);
			return r;
		});
		t.region = child;
		t.rankInRegion -= before;
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
}

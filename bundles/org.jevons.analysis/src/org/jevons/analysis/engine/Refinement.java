package org.jevons.analysis.engine;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jevons.analysis.Cancellation;

/**
 * A later pass of {@link StreamQuantiles}: over all samples, each member of a region is either kept or counted
 * into the region's finer histogram (with the extremes of each bin). A sample finds its regions through the bin of
 * the column's first histogram, so samples outside every region cost one bin computation per column.
 */
final class Refinement {
	private final Region[] regions;
	private final int[][] head;
	private final int[] next;
	private final RootPass root;
	private final int rootBins;
	private List<Object[]> partials = List.of();
	private final Map<Region, Object> merged = new IdentityHashMap<>();

	Refinement(List<Region> active, RootPass root, int rootBins) {
		this.regions = active.toArray(Region[]::new);
		this.root = root;
		this.rootBins = rootBins;
		head = new int[root.lo.length][];
		next = new int[regions.length];
		for (int r = regions.length - 1; r >= 0; r--) {
			int j = regions[r].column;
			if (head[j] == null) {
				head[j] = new int[rootBins + 2];
				Arrays.fill(head[j], -1);
			}
			next[r] = head[j][regions[r].rootBin()];
			head[j][regions[r].rootBin()] = r;
		}
	}

	void run(SampleStream stream, int n, boolean parallel, Cancellation cancellation) {
		partials = Passes.run(stream, 0, n, parallel, cancellation, g -> newPartial(), (p, columns, first, size) -> {
			for (int j = 0; j < head.length; j++) {
				int[] first0 = head[j];
				if (first0 == null) {
					continue;
				}
				double[] column = columns[j];
				double l = root.lo[j], s = root.scale[j];
				for (int i = 0; i < size; i++) {
					double x = column[i];
					for (int r = first0[RootPass.bin(x, l, s, rootBins)]; r >= 0; r = next[r]) {
						if (regions[r].containsBelowRoot(x)) {
							accept(regions[r], p[r], x);
						}
					}
				}
			}
		});
	}

	private Object[] newPartial() {
		Object[] p = new Object[regions.length];
		for (int r = 0; r < regions.length; r++) {
			p[r] = regions[r].collect ? new Members() : new Histogram(regions[r].ownBins);
		}
		return p;
	}

	private static void accept(Region region, Object partial, double x) {
		if (partial instanceof Members m) {
			m.add(x);
		} else {
			Histogram h = (Histogram) partial;
			int b = RootPass.bin(x, region.ownLo, region.ownScale, region.ownBins);
			h.counts[b]++;
			h.mins[b] = Math.min(h.mins[b], x);
			h.maxs[b] = Math.max(h.maxs[b], x);
		}
	}

	/** The members of a kept region, sorted. */
	double[] members(Region region) {
		return (double[]) merged.computeIfAbsent(region, r -> {
			int index = indexOf(r);
			double[] all = new double[(int) r.count];
			int at = 0;
			for (Object[] p : partials) {
				Members m = (Members) p[index];
				System.arraycopy(m.values, 0, all, at, m.size);
				at += m.size;
			}
			Arrays.sort(all);
			return all;
		});
	}

	long[] counts(Region region) {
		return histogram(region).counts;
	}

	double[] mins(Region region) {
		return histogram(region).mins;
	}

	double[] maxs(Region region) {
		return histogram(region).maxs;
	}

	private Histogram histogram(Region region) {
		return (Histogram) merged.computeIfAbsent(region, r -> {
			int index = indexOf(r);
			Histogram sum = new Histogram(r.ownBins);
			for (Object[] p : partials) {
				Histogram h = (Histogram) p[index];
				for (int b = 0; b < sum.counts.length; b++) {
					sum.counts[b] += h.counts[b];
					sum.mins[b] = Math.min(sum.mins[b], h.mins[b]);
					sum.maxs[b] = Math.max(sum.maxs[b], h.maxs[b]);
				}
			}
			return sum;
		});
	}

	private int indexOf(Region region) {
		for (int r = 0; r < regions.length; r++) {
			if (regions[r] == region) {
				return r;
			}
		}
		throw new IllegalArgumentException("region not in this pass");
	}

	private static final class Histogram {
		final long[] counts;
		final double[] mins, maxs;

		Histogram(int bins) {
			counts = new long[bins + 2];
			mins = new double[bins + 2];
			maxs = new double[bins + 2];
			Arrays.fill(mins, Double.POSITIVE_INFINITY);
			Arrays.fill(maxs, Double.NEGATIVE_INFINITY);
		}
	}

	/** A growing array of kept values. */
	private static final class Members {
		double[] values = new double[64];
		int size;

		void add(double x) {
			if (size == values.length) {
				values = Arrays.copyOf(values, size * 2);
			}
			values[size++] = x;
		}
	}
}

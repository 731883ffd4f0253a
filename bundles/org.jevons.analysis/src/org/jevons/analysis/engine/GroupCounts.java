package org.jevons.analysis.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The counts, extremes and kept members of one group of samples in {@link RootPass}'s pass, counted by one thread
 * at a time. A column that is an image of another ({@link Scaling}) is checked block by block instead of counted,
 * and marked {@link #broken} at the first block where it is not; a column constant in the pilot is compared with
 * that constant, and counted one by one only in a block that departs from it.
 */
final class GroupCounts {
	private final RootPass root;
	/** Counts per bin; a {@link #flagged} bin's count starts at {@link Integer#MIN_VALUE}, so one load tells both. */
	final int[][] counts;
	final double[] min, max;
	final long[] nan;
	double[][] kept;
	int[] size;
	/** Each column keeps at most this many members in this group; beyond it, its members are dropped. */
	private final long[] cap;
	final boolean[] overflow;
	/** The columns this group counts; of the others, those with a scaling are checked. */
	private final boolean[] counted;
	private final List<Optional<Scaling>> images;
	/** Whether a column's scaling failed in some block of this group. */
	final boolean[] broken;
	/** The bins of a block of one column; the images of a block of one column. */
	private final int[] scratch = new int[Block.SIZE];
	private final double[] imageScratch = new double[Block.SIZE];

	/**
	 * @param share the part of all samples this group counts (its expected part of the kept members)
	 * @param counted the columns to count
	 * @param images per column not counted, the scaling to check, if any
	 */
	GroupCounts(RootPass root, double share, boolean[] counted, List<Optional<Scaling>> images) {
		this.root = root;
		this.counted = counted;
		this.images = images;
		int width = root.lo.length;
		counts = new int[width][root.bins + 2];
		nan = new long[width];
		min = new double[width];
		max = new double[width];
		Arrays.fill(min, Double.POSITIVE_INFINITY);
		Arrays.fill(max, Double.NEGATIVE_INFINITY);
		kept = new double[width][];
		size = new int[width];
		cap = new long[width];
		overflow = new boolean[width];
		broken = new boolean[width];
		for (int j = 0; j < width; j++) {
			long members = counted[j] ? (long) Math.ceil(root.expected[j] * share) : 0;
			cap[j] = Math.min(Integer.MAX_VALUE - 16, 2 * members + 4096);
			kept[j] = new double[(int) Math.min(cap[j], members + members / 4 + 16)];
			for (int b = 0; b < root.bins + 2; b++) {
				counts[j][b] = flagged(root.keep[j], b) ? Integer.MIN_VALUE : 0;
			}
		}
	}

	/**
	 * Counts every sample into the column's histogram and keeps those in kept bins. Extremes are tracked only
	 * for columns that were constant in the pilot (a figure that does not vary is then decided without a second
	 * pass); elsewhere only NaNs are counted.
	 */
	void count(double[][] columns, int n, boolean[] extremes) {
		for (int j = 0; j < columns.length; j++) {
			if (counted[j]) {
				double[] constant = root.constantBlock[j];
				// a vectorised compare instead of a histogram update per value, while the pilot's constant holds
				if (constant.length > 0 && Arrays.mismatch(constant, 0, n, columns[j], 0, n) < 0) {
					counts[j][root.constantBin[j]] += n;
					min[j] = Math.min(min[j], constant[0]);
					max[j] = Math.max(max[j], constant[0]);
				} else {
					count(j, columns[j], n, extremes[j], scratch);
				}
			} else if (!broken[j] && images.get(j).isPresent()) {
				Scaling s = images.get(j).get();
				broken[j] = !s.holds(columns[s.original()], columns[j], n, imageScratch);
			}
		}
	}

	/** Counts every value of column j (the pilot's), a block at a time; touches only column j's state. */
	void countAll(int j, double[] values, boolean extremes) {
		double[] block = new double[Block.SIZE];
		int[] bins = new int[Block.SIZE];
		for (int at = 0; at < values.length; at += Block.SIZE) {
			int size = Math.min(Block.SIZE, values.length - at);
			System.arraycopy(values, at, block, 0, size);
			count(j, block, size, extremes, bins);
		}
	}

	/**
	 * Counts the first n ≤ {@link Block#SIZE} values of column j in two loops: their bins, branch-free (the JIT
	 * unrolls and pipelines it; a NaN test in it would stop that, and so does a start other than index 0), then the
	 * counts. A flagged bin's count is negative, so the one sign test of the second loop finds
	 * both the values to keep and the NaNs (bin 0, the lowest).
	 */
	private void count(int j, double[] column, int n, boolean extremes, int[] bins) {
		int[] count = counts[j];
		double l = root.lo[j], s = root.scale[j];
		int binCount = root.bins;
		// the pass's and the order statistics' bins by one expression; its int clamp vectorises (a double one cost three
		// times as much)
		for (int i = 0; i < n; i++) {
			bins[i] = RootPass.bin(column[i], l, s, binCount);
		}
		int nans = 0;
		for (int i = 0; i < n; i++) {
			if (++count[bins[i]] < 0) {
				nans += inFlaggedBin(j, bins[i], column[i]);
			}
		}
		nan[j] += nans;
		if (extremes) {
			double mn = min[j], mx = max[j];
			for (int i = 0; i < n; i++) {
				mn = Math.min(mn, column[i]); // Math.min/max propagate NaN
				mx = Math.max(mx, column[i]);
			}
			min[j] = mn;
			max[j] = mx;
		}
	}

	/** A value in a flagged bin: kept if its bin is, and 1 if it is a NaN (else 0). */
	private int inFlaggedBin(int j, int bin, double x) {
		if (root.keep[j][bin]) {
			keep(j, x);
		}
		return x != x ? 1 : 0;
	}

	/** Whether bin b's counts start at {@link Integer#MIN_VALUE}: a kept bin, and bin 0, which holds the NaNs. */
	static boolean flagged(boolean[] keep, int b) {
		return b == 0 || keep[b];
	}

	private void keep(int j, double x) {
		if (size[j] == kept[j].length) {
			if (size[j] >= cap[j]) {
				overflow[j] = true;
				return;
			}
			kept[j] = Arrays.copyOf(kept[j], (int) Math.min(cap[j], 2L * size[j] + 16));
		}
		kept[j][size[j]++] = x;
	}
}

package org.jevons.analysis.engine;

import java.util.Arrays;

/**
 * The counts, extremes and kept members of one group of samples in {@link RootPass}'s pass, counted by one thread
 * at a time. A column that is a copy of an earlier one ({@code copyOf}) is compared with it block by block and
 * counted only from the first block where they differ.
 */
final class GroupCounts {
	private final RootPass root;
	/** Counts per bin; a kept bin's count starts at {@link Integer#MIN_VALUE}, so one load tells both. */
	final int[][] counts;
	final double[] min, max;
	final long[] nan;
	double[][] kept;
	int[] size;
	/** Each column keeps at most this many members in this group; beyond it, its members are dropped. */
	private final long[] cap;
	final boolean[] overflow;
	/** The column each column is a copy of ({@link RootPass#copies}), or −1. */
	private final int[] copyOf;
	/** Whether a column has equalled its original in every block so far: its state is then the original's. */
	final boolean[] copying;

	/**
	 * @param share the part of all samples this group counts (its expected part of the kept members)
	 * @param copyOf per column, the earlier column it is a copy of, or −1
	 */
	GroupCounts(RootPass root, double share, int[] copyOf) {
		this.root = root;
		this.copyOf = copyOf;
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
		copying = new boolean[width];
		for (int j = 0; j < width; j++) {
			copying[j] = copyOf[j] >= 0;
			long members = (long) Math.ceil(root.expected[j] * share);
			cap[j] = Math.min(Integer.MAX_VALUE - 16, 2 * members + 4096);
			// a copy takes its original's members when it separates
			kept[j] = copying[j] ? new double[0] : new double[(int) Math.min(cap[j], members + members / 4 + 16)];
			for (int b = 0; b < root.bins + 2; b++) {
				counts[j][b] = root.keep[j][b] ? Integer.MIN_VALUE : 0;
			}
		}
	}

	/**
	 * Counts every sample into the column's histogram and keeps those in kept bins. Extremes are tracked only
	 * for columns that were constant in the pilot (a figure that does not vary is then decided without a second
	 * pass); elsewhere only NaNs are counted, which keeps the loop to one bin computation per value.
	 */
	void count(double[][] columns, int n, boolean[] extremes) {
		for (int j = 0; j < columns.length; j++) {
			// a vectorised compare instead of a histogram update per value, while the copy holds
			if (copying[j] && Arrays.mismatch(columns[copyOf[j]], 0, n, columns[j], 0, n) >= 0) {
				separate(j);
			}
		}
		for (int j = 0; j < columns.length; j++) {
			if (!copying[j]) {
				count(j, columns[j], n, extremes[j]);
			}
		}
	}

	/**
	 * Column j stops being a copy: its state so far is its original's (equal values in every block counted, and
	 * the same bins and kept bins), and from now on it is counted itself.
	 */
	void separate(int j) {
		int original = copyOf[j];
		counts[j] = counts[original].clone();
		nan[j] = nan[original];
		min[j] = min[original];
		max[j] = max[original];
		size[j] = size[original];
		kept[j] = Arrays.copyOf(kept[original], size[original]);
		overflow[j] = overflow[original];
		copying[j] = false;
	}

	/** Counts the first n values of column j; touches only column j's state. */
	void count(int j, double[] column, int n, boolean extremes) {
		int bins = root.bins;
		int[] count = counts[j];
		double l = root.lo[j], s = root.scale[j];
		if (extremes) {
			double mn = min[j], mx = max[j];
			for (int i = 0; i < n; i++) {
				double x = column[i];
				mn = Math.min(mn, x); // Math.min/max propagate NaN
				mx = Math.max(mx, x);
				if (++count[RootPass.bin(x, l, s, bins)] < 0) {
					keep(j, x);
				}
			}
			min[j] = mn;
			max[j] = mx;
		} else {
			int nans = 0;
			for (int i = 0; i < n; i++) {
				double x = column[i];
				nans += x != x ? 1 : 0;
				if (++count[RootPass.bin(x, l, s, bins)] < 0) {
					keep(j, x);
				}
			}
			nan[j] += nans;
		}
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

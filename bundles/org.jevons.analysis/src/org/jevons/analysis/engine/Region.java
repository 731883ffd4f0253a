package org.jevons.analysis.engine;

import java.util.Arrays;

/**
 * A set of samples of one column of a {@link StreamQuantiles} run: those whose bins along a chain of ever finer
 * histograms are the given ones (level 0 is the column's first histogram). Membership is decided by the same bin
 * function that counted the samples, so members are exactly the samples counted in that bin.
 */
final class Region {
	final int column;
	private final double[] lo, scale;
	private final int[] bins, index;
	final long count;
	/** Whether the next pass keeps the members (few enough) instead of counting them into a finer histogram. */
	final boolean collect;
	double ownLo, ownScale;
	int ownBins;

	Region(int column, double[] lo, double[] scale, int[] bins, int[] index, long count, boolean collect) {
		this.column = column;
		this.lo = lo;
		this.scale = scale;
		this.bins = bins;
		this.index = index;
		this.count = count;
		this.collect = collect;
	}

	/** The histogram this region's members are counted into when it is refined. */
	void own(double histogramLo, double histogramScale, int histogramBins) {
		ownLo = histogramLo;
		ownScale = histogramScale;
		ownBins = histogramBins;
	}

	int depth() {
		return index.length;
	}

	/** The bin of the column's first histogram this region lies in. */
	int rootBin() {
		return index[0];
	}

	/** The members of one bin of this region's own histogram. */
	Region child(int bin, long members, boolean keep) {
		int d = index.length;
		double[] l = Arrays.copyOf(lo, d + 1), s = Arrays.copyOf(scale, d + 1);
		int[] b = Arrays.copyOf(bins, d + 1), i = Arrays.copyOf(index, d + 1);
		l[d] = ownLo;
		s[d] = ownScale;
		b[d] = ownBins;
		i[d] = bin;
		return new Region(column, l, s, b, i, members, keep);
	}

	/** Membership below level 0, for a sample already known to lie in {@link #rootBin()}. */
	boolean containsBelowRoot(double x) {
		for (int level = 1; level < index.length; level++) {
			if (RootPass.bin(x, lo[level], scale[level], bins[level]) != index[level]) {
				return false;
			}
		}
		return true;
	}
}

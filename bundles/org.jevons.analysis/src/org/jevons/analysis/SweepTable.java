package org.jevons.analysis;

/**
 * The rows of a sweep, row-major, in SI units. A sweep's table is computed when it is read — writers and charts
 * stream it in blocks — so a sweep of millions of points needs no memory for its rows.
 */
public interface SweepTable {
	/** Values per row. */
	int width();

	/** Writes rows {@code first .. first+n-1} to {@code out[0 .. n·width)}, row after row. */
	void fill(long first, int n, double[] out);

	/** A table held in memory (small sweeps, tests). */
	static SweepTable stored(double[] data, int width) {
		return new SweepTable() {
			@Override
			public int width() {
				return width;
			}

			@Override
			public void fill(long first, int n, double[] out) {
				System.arraycopy(data, (int) (first * width), out, 0, n * width);
			}
		};
	}
}

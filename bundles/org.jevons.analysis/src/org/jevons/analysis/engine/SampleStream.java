package org.jevons.analysis.engine;

/**
 * Columns of per-sample values (figures of a workload, or values derived from them) that are computed on demand
 * for any range of sample indices and never stored: the counter-based generator gives sample i the same draws
 * whenever it is recomputed, so statistics can take several passes over 10⁸ samples in constant memory.
 */
public interface SampleStream {
	/** A stream without columns (a declaration that was not sampled). */
	SampleStream EMPTY = new SampleStream() {
		@Override
		public int width() {
			return 0;
		}

		@Override
		public Cursor cursor() {
			return (first, n, out) -> {
				// no columns to fill
			};
		}
	};

	/** Number of columns. */
	int width();

	/** A cursor for one thread; cursors own their scratch space, streams are immutable and shared. */
	Cursor cursor();

	/**
	 * Columns {@code columns} of this stream, in that order, for the same samples. A stream computes only what they
	 * need where it can (a kernel only those figures, a derived column only its inputs); the values are the same.
	 */
	default SampleStream select(int[] columns) {
		return new DerivedStream(this, columns, java.util.List::of);
	}

	/** Computes samples for one thread. */
	@FunctionalInterface
	interface Cursor {
		/** Writes the values of samples {@code first .. first+n-1} (n ≤ {@link Block#SIZE}) to {@code out[j][0..n)}. */
		void fill(long first, int n, double[][] out);
	}

	/** The columns of {@code a} followed by those of {@code b}, for the same samples (e.g. the two sides of a comparison). */
	static SampleStream concat(SampleStream a, SampleStream b) {
		return new SampleStream() {
			@Override
			public int width() {
				return a.width() + b.width();
			}

			@Override
			public Cursor cursor() {
				Cursor ca = a.cursor(), cb = b.cursor();
				double[][] left = new double[a.width()][], right = new double[b.width()][];
				return (first, n, out) -> {
					System.arraycopy(out, 0, left, 0, left.length);
					System.arraycopy(out, left.length, right, 0, right.length);
					ca.fill(first, n, left);
					cb.fill(first, n, right);
				};
			}
		};
	}
}

package org.jevons.analysis.engine;

/**
 * A block of Monte Carlo samples in struct-of-arrays form: one column per parameter of the space. Columns of
 * constant parameters are filled with the nominal value once and never rewritten, so kernels read every input the
 * same way and their loops stay free of per-parameter branches (which lets the JIT vectorise them). One block
 * belongs to one thread; kernels may use its scratch columns for intermediate values.
 */
public final class Block {
	/** Samples per block: small enough that all columns of a kernel stay in the L1/L2 caches. */
	public static final int SIZE = 512;
	private static final int SCRATCH = 48;
	private static final double[] ZEROS = new double[SIZE], ONES = new double[SIZE];
	static {
		java.util.Arrays.fill(ONES, 1.0);
	}
	private final int capacity;
	private final double[][] in;
	private final boolean[] varies;
	private final double[][] scratch = new double[SCRATCH][];
	/** The {@link Sampler}'s 64-bit hashes of the samples, one column reused for every drawn parameter. */
	final long[] hashes;
	private int size;

	/** A block of {@link #SIZE} samples; {@code outputs} is not needed any more and kept for callers. */
	public Block(double[] nominal, int outputs) {
		this(SIZE, nominal);
	}

	private Block(int capacity, double[] nominal) {
		this.capacity = capacity;
		in = new double[nominal.length][capacity];
		varies = new boolean[nominal.length];
		hashes = new long[capacity];
		for (int p = 0; p < nominal.length; p++) {
			java.util.Arrays.fill(in[p], nominal[p]);
		}
	}

	/**
	 * A block of one sample holding the parameter vector {@code point}: how the nominal point, sensitivity bars and
	 * single sweep points are evaluated, so that they run the very code Monte Carlo runs.
	 */
	public static Block point(double[] point) {
		Block block = new Block(1, point);
		block.size = 1;
		return block;
	}

	/**
	 * A block of {@code width} parameters with no columns of its own: {@link #bind} points it at columns of another
	 * block. How a workload's kernel runs inside a larger space (the services of a projection) over a whole block,
	 * without copying its parameters. One view belongs to one thread; it is rebound for every block.
	 */
	public static Block view(int width) {
		return new Block(SIZE, new double[width][], new boolean[width]);
	}

	private Block(int capacity, double[][] columns, boolean[] varies) {
		this.capacity = capacity;
		this.in = columns;
		this.varies = varies;
		hashes = new long[0];
	}

	/** Points this view's columns at columns {@code from .. from + width - 1} of {@code source}, and takes its size. */
	public void bind(Block source, int from) {
		if (source.size > capacity) {
			throw new IllegalArgumentException("a view of " + capacity + " samples cannot show " + source.size);
		}
		for (int k = 0; k < in.length; k++) {
			in[k] = source.in[from + k];
			varies[k] = source.varies[from + k];
		}
		size = source.size;
	}

	/** Replaces one column of a view by a constant one (e.g. {@link #zeros()}) until the next {@link #bind}. */
	public void replace(int index, double[] constantColumn) {
		in[index] = constantColumn;
		varies[index] = false;
	}

	/** Number of valid samples in every column (the last block of a run may be short). */
	public int size() {
		return size;
	}

	/** Sets the number of valid samples, after writing the varied columns (Monte Carlo, sweeps). */
	public void size(int n) {
		if (n < 0 || n > capacity) {
			throw new IllegalArgumentException("block of " + capacity + " cannot hold " + n + " samples");
		}
		size = n;
	}

	/** The column of parameter {@code index}; entries {@code [0, size())} are valid. */
	public double[] in(int index) {
		return in[index];
	}

	/**
	 * Whether the column of parameter {@code index} holds draws. A column that does not vary holds its nominal value
	 * in every entry, so a kernel may decide a test on it (absent, zero) once per block from entry 0. A drawn column
	 * is never NaN (draws lie within finite bounds), so a NaN test on any column is decided by entry 0.
	 */
	public boolean varies(int index) {
		return varies[index];
	}

	/** Marks the column of parameter {@code index} as holding different values per entry; never undone. */
	public void vary(int index) {
		varies[index] = true;
	}

	/** A column of 0.0, for a term that is absent; shared, so kernels must never write to it. */
	public static double[] zeros() {
		return ZEROS;
	}

	/** A column of 1.0, for a factor that is absent; shared, so kernels must never write to it. */
	public static double[] ones() {
		return ONES;
	}

	/** A scratch column for intermediate values; its contents are undefined on entry. */
	public double[] scratch(int k) {
		double[] column = scratch[k];
		if (column == null) {
			column = new double[capacity];
			scratch[k] = column;
		}
		return column;
	}
}

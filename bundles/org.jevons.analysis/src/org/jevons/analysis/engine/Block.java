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
	private static final int SCRATCH = 24;
	private static final double[] ZEROS = new double[SIZE], ONES = new double[SIZE];
	static {
		java.util.Arrays.fill(ONES, 1.0);
	}
	private final double[][] in;
	private final boolean[] varies;
	private final double[][] scratch = new double[SCRATCH][SIZE];
	private final double[] row;
	private final double[] outRow;
	private int size;

	public Block(double[] nominal, int outputs) {
		in = new double[nominal.length][SIZE];
		varies = new boolean[nominal.length];
		for (int p = 0; p < nominal.length; p++) {
			java.util.Arrays.fill(in[p], nominal[p]);
		}
		row = nominal.clone();
		outRow = new double[outputs];
	}

	/** Number of valid samples in every column (the last block of a run may be short). */
	public int size() {
		return size;
	}

	/** Sets the number of valid samples (or rows: attribution fills the columns with logged requests). */
	public void size(int n) {
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
		return scratch[k];
	}

	/**
	 * The scalar fallback for kernels without a block implementation: gathers each sample into a parameter
	 * vector, evaluates it and scatters the wanted outputs.
	 */
	void evaluateRows(Kernel kernel, int[] figures, double[][] out, int offset) {
		for (int i = 0; i < size; i++) {
			for (int p = 0; p < row.length; p++) {
				row[p] = in[p][i];
			}
			kernel.evaluate(row, outRow);
			for (int j = 0; j < figures.length; j++) {
				out[j][offset + i] = outRow[figures[j]];
			}
		}
	}
}

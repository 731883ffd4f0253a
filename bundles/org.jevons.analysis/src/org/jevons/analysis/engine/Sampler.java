package org.jevons.analysis.engine;

import org.jevons.analysis.spec.Value;

/**
 * Writes Monte Carlo draws of every uncertain parameter, either into one parameter vector or into the columns of
 * a {@link Block}. The distributions are unpacked into primitive arrays once, so the per-sample loops touch no
 * objects. Both paths give the same value for the same (seed, parameter, sample), bit for bit.
 */
public final class Sampler {
	private static final int UNIFORM = 1, TRIANGULAR = 2;
	private final int[] index;
	private final long[] key;
	private final int[] shape;
	private final double[] low, mode, high;

	public Sampler(ParameterSpace space, long seed) {
		index = space.uncertainIndices();
		int n = index.length;
		key = new long[n];
		shape = new int[n];
		low = new double[n];
		mode = new double[n];
		high = new double[n];
		for (int j = 0; j < n; j++) {
			Parameter parameter = space.get(index[j]);
			Value value = parameter.value().orElseThrow();
			key[j] = CounterRandom.key(seed, parameter.stream());
			shape[j] = value.shape() == Value.Shape.TRIANGULAR ? TRIANGULAR : UNIFORM;
			low[j] = value.min();
			mode[j] = value.mode();
			high[j] = value.max();
		}
	}

	/** Overwrites the uncertain entries of {@code parameters} with their draws for {@code sample}. */
	public void fill(double[] parameters, long sample) {
		for (int j = 0; j < index.length; j++) {
			double u = CounterRandom.uniform(key[j], sample);
			parameters[index[j]] = shape[j] == TRIANGULAR ? Parameter.triangular(low[j], mode[j], high[j], u)
					: low[j] + u * (high[j] - low[j]);
		}
	}

	/** Overwrites the uncertain columns of {@code block} with the draws of samples {@code first .. first+n-1}. */
	public void fill(Block block, long first, int n) {
		block.size(n);
		for (int j = 0; j < index.length; j++) {
			double[] column = block.in(index[j]);
			block.vary(index[j]);
			uniforms(column, block.hashes, key[j], first, n);
			if (shape[j] == TRIANGULAR) {
				triangular(column, n, low[j], mode[j], high[j]);
			} else {
				scale(column, n, low[j], high[j] - low[j]);
			}
		}
	}

	/** i·γ for i in a block: the counter steps of SplitMix64, precomputed so the draw loop has no int-to-long step. */
	private static final long[] STEP = new long[Block.SIZE];
	static {
		for (int i = 0; i < STEP.length; i++) {
			STEP[i] = i * 0x9E3779B97F4A7C15L;
		}
	}

	/**
	 * {@link CounterRandom#uniform(long, long)} for samples {@code first .. first+n-1}, n ≤ {@link Block#SIZE}:
	 * key + (first + i)·γ = (key + first·γ) + i·γ in 64-bit arithmetic. Two loops the JIT vectorises with AVX2: the
	 * hash (plain long arithmetic over an array, no int-to-long conversion of the induction variable), then the
	 * conversion of its top 53 bits v to a double, exactly, as v = hi·2²² + lo with hi and lo ints (a long-to-double
	 * conversion does not vectorise without AVX-512, an int-to-double one does).
	 */
	static void uniforms(double[] column, long[] hashes, long key, long first, int n) {
		long base = key + first * 0x9E3779B97F4A7C15L;
		for (int i = 0; i < n; i++) {
			long z = base + STEP[i];
			z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
			z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
			hashes[i] = z ^ (z >>> 31);
		}
		for (int i = 0; i < n; i++) {
			long v = hashes[i] >>> 11;
			column[i] = ((double) (int) (v >>> 22) * 0x1p22 + (double) (int) (v & 0x3FFFFF) + 0.5) * 0x1.0p-53;
		}
	}

	/** low + u·range, as in {@link #fill(double[], long)}. */
	private static void scale(double[] column, int n, double low, double range) {
		for (int i = 0; i < n; i++) {
			column[i] = low + column[i] * range;
		}
	}

	/**
	 * {@link Parameter#triangular} over a column, with the same operations in the same order, and without branches so
	 * that the JIT vectorises it: {@code below} is 1 or 0 (from the sign of u − split, which is exact), and
	 * {@code below · x + (1 − below) · y} picks x or y exactly (both are finite), so each sample takes one square
	 * root, not two.
	 */
	private static void triangular(double[] column, int n, double a, double c, double b) {
		double width = b - a;
		if (width <= 0) {
			java.util.Arrays.fill(column, 0, n, c);
			return;
		}
		double split = (c - a) / width;
		double left = c - a, right = b - c;
		for (int i = 0; i < n; i++) {
			double u = column[i];
			double below = Math.max(0.0, -Math.signum(u - split));
			double above = 1 - below;
			double root = Math.sqrt(below * (u * width * left) + above * ((1 - u) * width * right));
			column[i] = below * (a + root) + above * (b - root);
		}
	}
}

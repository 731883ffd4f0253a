package org.jevons.analysis.engine;

import org.jevons.analysis.spec.Value;

/**
 * Writes one Monte Carlo draw of every uncertain parameter into a parameter vector. The distributions are unpacked
 * into primitive arrays once, so the per-sample loop touches no objects.
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
}

package org.jevons.analysis.engine;

import java.util.stream.IntStream;

/**
 * Seeded Monte Carlo over a kernel. Samples are processed in fixed chunks, each with its own parameter and
 * output vector; draws come from {@link CounterRandom}, so the result is identical for any number of threads.
 */
public final class MonteCarlo {
	private static final int CHUNK = 4096;

	private MonteCarlo() {
	}

	/**
	 * Evaluates {@code samples} random parameter vectors.
	 *
	 * @return columns[figure][sample]
	 */
	public static double[][] sample(ParameterSpace space, Kernel kernel, int samples, long seed, boolean parallel) {
		int outputs = kernel.figures().size();
		double[][] columns = new double[outputs][samples];
		double[] nominal = space.nominal();
		Sampler sampler = new Sampler(space, seed);
		int chunks = (samples + CHUNK - 1) / CHUNK;
		IntStream range = IntStream.range(0, chunks);
		(parallel ? range.parallel() : range).forEach(chunk -> {
			double[] parameters = nominal.clone();
			double[] out = new double[outputs];
			int end = Math.min(samples, (chunk + 1) * CHUNK);
			for (int i = chunk * CHUNK; i < end; i++) {
				sampler.fill(parameters, i);
				kernel.evaluate(parameters, out);
				for (int k = 0; k < outputs; k++) {
					columns[k][i] = out[k];
				}
			}
		});
		return columns;
	}
}

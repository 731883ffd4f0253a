package org.jevons.benchmarks;

import java.util.stream.IntStream;

import org.jevons.analysis.engine.Kernel;
import org.jevons.analysis.engine.ParameterSpace;
import org.jevons.analysis.engine.Sampler;

/** The Monte Carlo loop of the engine without storing the columns, to separate compute from memory traffic. */
final class KernelOnly {
	private KernelOnly() {
	}

	static double sampleAndSum(ParameterSpace space, Kernel kernel, int samples, long seed) {
		Sampler sampler = new Sampler(space, seed);
		double[] nominal = space.nominal();
		int outputs = kernel.figures().size();
		int chunk = 65_536;
		return IntStream.range(0, (samples + chunk - 1) / chunk).parallel().mapToDouble(c -> {
			double[] p = nominal.clone();
			double[] out = new double[outputs];
			double sum = 0;
			for (int i = c * chunk, end = Math.min(samples, i + chunk); i < end; i++) {
				sampler.fill(p, i);
				kernel.evaluate(p, out);
				sum += out[0];
			}
			return sum;
		}).sum();
	}
}

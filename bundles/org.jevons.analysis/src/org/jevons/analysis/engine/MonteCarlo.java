package org.jevons.analysis.engine;

import java.util.stream.IntStream;

import org.jevons.analysis.Cancellation;

/**
 * Seeded Monte Carlo over a kernel. Samples are split into fixed tasks (parallel over the common ForkJoin pool)
 * and each task walks its samples in {@link Block}s: draw every uncertain input into its column, then let the
 * kernel evaluate the wanted figures column-wise. Draws come from {@link CounterRandom} keyed by the sample's index,
 * and every sample is written to its own slot, so the result is identical for any number of threads and any task
 * or block size.
 */
public final class MonteCarlo {
	/** Samples per parallel task: large enough to amortise scheduling, small enough to balance two cores. */
	private static final int TASK = 64 * Block.SIZE;

	private MonteCarlo() {
	}

	/**
	 * Evaluates {@code samples} random parameter vectors for every output of the kernel.
	 *
	 * @return columns[figure][sample]
	 */
	public static double[][] sample(ParameterSpace space, Kernel kernel, int samples, long seed, boolean parallel) {
		return sample(space, kernel, IntStream.range(0, kernel.figures().size()).toArray(), samples, seed, parallel);
	}

	/**
	 * Evaluates {@code samples} random parameter vectors for the outputs {@code figures} only — e.g. the headline
	 * figure — which saves the kernel work and, above all, the memory traffic of the other columns.
	 *
	 * @return columns[j][sample] of output {@code figures[j]}
	 */
	public static double[][] sample(ParameterSpace space, Kernel kernel, int[] figures, int samples, long seed,
			boolean parallel) {
		return sample(space, kernel, figures, samples, seed, parallel, Cancellation.NONE);
	}

	/** As {@link #sample(ParameterSpace, Kernel, int[], int, long, boolean)}, stopping when cancelled. */
	public static double[][] sample(ParameterSpace space, Kernel kernel, int[] figures, int samples, long seed,
			boolean parallel, Cancellation cancellation) {
		double[][] columns = new double[figures.length][samples];
		double[] nominal = space.nominal();
		int outputs = kernel.figures().size();
		Sampler sampler = new Sampler(space, seed);
		int tasks = (samples + TASK - 1) / TASK;
		IntStream range = IntStream.range(0, tasks);
		(parallel ? range.parallel() : range).forEach(task -> {
			if (cancellation.isCancelled()) {
				return; // the remaining tasks end at once; check() below ends the run
			}
			Block block = new Block(nominal, outputs);
			int end = Math.min(samples, (task + 1) * TASK);
			for (int first = task * TASK; first < end; first += Block.SIZE) {
				sampler.fill(block, first, Math.min(Block.SIZE, end - first));
				kernel.evaluate(block, figures, columns, first);
			}
		});
		cancellation.check();
		return columns;
	}
}

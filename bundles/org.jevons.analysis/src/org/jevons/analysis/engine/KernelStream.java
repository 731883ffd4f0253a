package org.jevons.analysis.engine;

/**
 * The Monte Carlo samples of some outputs of a kernel: each block draws every uncertain input with the
 * {@link Sampler} (keyed by the sample index) and evaluates the kernel column-wise, exactly as
 * {@link MonteCarlo#sample} does, so a recomputed sample is bit-identical to a stored one.
 */
public final class KernelStream implements SampleStream {
	private final ParameterSpace space;
	private final Kernel kernel;
	private final int[] figures;
	private final Sampler sampler;

	public KernelStream(ParameterSpace space, Kernel kernel, int[] figures, long seed) {
		this.space = space;
		this.kernel = kernel;
		this.figures = figures.clone();
		this.sampler = new Sampler(space, seed);
	}

	@Override
	public int width() {
		return figures.length;
	}

	@Override
	public Cursor cursor() {
		Block block = new Block(space.nominal(), kernel.figures().size());
		return (first, n, out) -> {
			sampler.fill(block, first, n);
			kernel.evaluate(block, figures, out, 0);
		};
	}
}

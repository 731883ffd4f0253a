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
	private final long seed;
	private final Sampler sampler;

	public KernelStream(ParameterSpace space, Kernel kernel, int[] figures, long seed) {
		this.space = space;
		this.kernel = kernel;
		this.figures = figures.clone();
		this.seed = seed;
		this.sampler = new Sampler(space, seed);
	}

	/** The kernel asked for these figures only: the same draws, and none of the others' arithmetic. */
	@Override
	public SampleStream select(int[] columns) {
		int[] chosen = new int[columns.length];
		for (int k = 0; k < columns.length; k++) {
			chosen[k] = figures[columns[k]];
		}
		return new KernelStream(space, kernel, chosen, seed);
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

package org.jevons.analysis.engine;

import java.util.List;

/**
 * A model as a pure function from a flat parameter vector to a flat output vector. Implementations must not
 * allocate or keep state in {@link #evaluate}: it runs millions of times, on several threads at once.
 */
public interface Kernel {
	/** What each output slot holds; {@code out.length == figures().size()}. */
	List<FigureSpec> figures();

	/** Writes every output; an output that cannot be computed from these inputs is {@link Double#NaN}. */
	void evaluate(double[] parameters, double[] out);

	/**
	 * Evaluates the outputs {@code figures} for every sample of a block: {@code out[j][offset + i]} receives
	 * output {@code figures[j]} of sample {@code i}. Kernels that run in Monte Carlo override this with loops over
	 * the block's columns; the result must equal {@link #evaluate(double[], double[])} bit for bit.
	 */
	default void evaluate(Block block, int[] figures, double[][] out, int offset) {
		block.evaluateRows(this, figures, out, offset);
	}

	default int indexOf(String key) {
		List<FigureSpec> figures = figures();
		for (int i = 0; i < figures.size(); i++) {
			if (figures.get(i).key().equals(key)) {
				return i;
			}
		}
		throw new IllegalArgumentException("kernel has no figure " + key);
	}
}

package org.jevons.analysis.engine;

import java.util.List;

/**
 * A model as a pure function from a flat parameter vector to a flat output vector, written once, column-wise over
 * a {@link Block}: Monte Carlo evaluates blocks of samples, and a single point (the nominal values, a sensitivity
 * bar, a sweep point) is a block of one sample, so every figure comes from the same code. Implementations must not
 * keep state: blocks run on several threads at once.
 */
public interface Kernel {
	/** What each output slot holds; {@code out.length == figures().size()}. */
	List<FigureSpec> figures();

	/**
	 * Writes every output of one parameter vector, as a block of one sample; an output that cannot be computed from
	 * these inputs is {@link Double#NaN}.
	 */
	default void evaluate(double[] parameters, double[] out) {
		int outputs = figures().size();
		int[] all = new int[outputs];
		double[][] columns = new double[outputs][1];
		for (int k = 0; k < outputs; k++) {
			all[k] = k;
		}
		evaluate(Block.point(parameters), all, columns, 0);
		for (int k = 0; k < outputs; k++) {
			out[k] = columns[k][0];
		}
	}

	/**
	 * Evaluates the outputs {@code figures} for every sample of a block: {@code out[j][offset + i]} receives
	 * output {@code figures[j]} of sample {@code i}. Every test on an absent input (NaN) is decided from entry 0 of
	 * its column: a drawn value is never NaN, so the answer holds for every sample of the run.
	 */
	void evaluate(Block block, int[] figures, double[][] out, int offset);

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

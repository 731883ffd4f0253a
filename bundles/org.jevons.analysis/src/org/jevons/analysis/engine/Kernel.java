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

package org.jevons.analysis.engine;

import java.util.List;

import org.jevons.analysis.Dimension;

/**
 * Describes one output slot of a kernel.
 *
 * @param inputs paths of the parameters the figure depends on; their sources become the figure's sources
 */
public record FigureSpec(String key, String label, Dimension dimension, List<String> inputs) {
	public FigureSpec {
		inputs = List.copyOf(inputs);
	}
}

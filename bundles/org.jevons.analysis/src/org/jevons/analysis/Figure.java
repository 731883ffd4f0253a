package org.jevons.analysis;

import java.util.List;

/**
 * One labelled result value, the unit of generic rendering (tables, hovers, the results view, JSON).
 *
 * @param key       stable machine key, as in the JSON contract ({@code energy}, {@code implied_mfu}, ...)
 * @param label     human label
 * @param dimension physical kind; the estimate is in its SI unit
 * @param sources   the {@code source} texts of the inputs the figure was computed from (defaults included)
 */
public record Figure(String key, String label, Dimension dimension, Estimate estimate, List<String> sources) {
	public Figure {
		sources = List.copyOf(sources);
	}

	public double nominal() {
		return estimate.nominal();
	}
}

package org.jevons.analysis;

import java.util.List;

/**
 * One bar of a tornado chart: the output figure with one uncertain input at its low and at its high bound, all
 * other inputs nominal.
 *
 * @param input      the input's path as written ({@code mfu}, {@code model.active}, ...)
 * @param figureKey  the output figure the bar refers to
 * @param outputLow  the figure with the input at its lower bound
 * @param outputHigh the figure with the input at its upper bound
 */
public record SensitivityBar(String input, double inputLow, double inputHigh, String figureKey, double outputLow,
		double outputHigh, List<String> sources) {
	public SensitivityBar {
		sources = List.copyOf(sources);
	}

	/** The width of the bar, the ranking criterion. */
	public double swing() {
		return Math.abs(outputHigh - outputLow);
	}
}

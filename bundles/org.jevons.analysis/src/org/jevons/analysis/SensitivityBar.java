package org.jevons.analysis;

import java.util.List;
import java.util.Optional;

import org.jevons.analysis.spec.Value;

/**
 * One bar of a tornado chart: the output figure with one uncertain input at its low and at its high bound, all
 * other inputs nominal.
 *
 * @param input      the input's path as written ({@code mfu}, {@code model.active}, ...)
 * @param figureKey  the output figure the bar refers to
 * @param outputLow  the figure with the input at its lower bound
 * @param outputHigh the figure with the input at its upper bound
 * @param inputUnit  the unit the input was written in, to show its bounds in (empty: SI or a plain number)
 */
public record SensitivityBar(String input, double inputLow, double inputHigh, String figureKey, double outputLow,
		double outputHigh, List<String> sources, Optional<Value.Written> inputUnit) {
	public SensitivityBar {
		sources = List.copyOf(sources);
	}

	public SensitivityBar(String input, double inputLow, double inputHigh, String figureKey, double outputLow,
			double outputHigh, List<String> sources) {
		this(input, inputLow, inputHigh, figureKey, outputLow, outputHigh, sources, Optional.empty());
	}

	/** The width of the bar, the ranking criterion. */
	public double swing() {
		return Math.abs(outputHigh - outputLow);
	}
}

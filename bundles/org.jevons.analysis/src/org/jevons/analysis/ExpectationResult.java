package org.jevons.analysis;

import java.util.List;
import java.util.Optional;

import org.jevons.analysis.spec.Specs.Origin;

/**
 * The verdict of one {@code expect}: passed or failed on the value it tests ({@link #statistic()}: the central,
 * nominal value unless the {@code expect} names a percentile). An expectation that cannot be
 * evaluated (unknown target, metric without inputs) fails with a problem saying why.
 *
 * @param name   the expectation's source text
 * @param actual the metric's estimate, when it could be computed
 * @param limit  the limit, SI
 * @param passProbability share of Monte Carlo samples that meet the limit, when any input is uncertain
 * @param statistic which value of the actual estimate was compared with the limit
 */
public record ExpectationResult(String name, Origin origin, String analysisId, boolean passed,
		Optional<Figure> actual, double limit, Optional<Double> passProbability, List<Problem> problems,
		Estimate.Statistic statistic) implements AnalysisResult {
	public ExpectationResult {
		problems = List.copyOf(problems);
	}

	/** A verdict on the central (nominal) value. */
	public ExpectationResult(String name, Origin origin, String analysisId, boolean passed, Optional<Figure> actual,
			double limit, Optional<Double> passProbability, List<Problem> problems) {
		this(name, origin, analysisId, passed, actual, limit, passProbability, problems, Estimate.Statistic.NOMINAL);
	}

	/** The value that was compared with the limit, SI. */
	public Optional<Double> tested() {
		return actual.map(a -> statistic.of(a.estimate()));
	}

	@Override
	public List<Figure> figures() {
		return actual.map(List::of).orElse(List.of());
	}
}

package org.jevons.analysis;

import java.util.List;
import java.util.Optional;

import org.jevons.analysis.spec.Specs.Origin;

/**
 * The verdict of one {@code expect}: passed or failed on the nominal value. An expectation that cannot be
 * evaluated (unknown target, metric without inputs) fails with a problem saying why.
 *
 * @param name   the expectation's source text
 * @param actual the metric's estimate, when it could be computed
 * @param limit  the limit, SI
 * @param passProbability share of Monte Carlo samples that meet the limit, when any input is uncertain
 */
public record ExpectationResult(String name, Origin origin, String analysisId, boolean passed,
		Optional<Figure> actual, double limit, Optional<Double> passProbability, List<Problem> problems)
		implements AnalysisResult {
	public ExpectationResult {
		problems = List.copyOf(problems);
	}

	@Override
	public List<Figure> figures() {
		return actual.map(List::of).orElse(List.of());
	}
}

package org.jevons.analysis;

import java.util.List;

import org.jevons.analysis.spec.Specs.Origin;
import org.jevons.analysis.spec.Specs.Per;

/**
 * {@code compare left with right}: {@code ratio}, {@code difference} and the decomposition of the ratio into
 * factors whose product it is (inference: {@code token_ratio} × {@code per_token_ratio}; training:
 * {@code flops_ratio} × {@code energy_per_flop_ratio}).
 */
public record ComparisonResult(String name, Origin origin, String analysisId, String left, String right, Per per,
		List<Figure> figures, List<Problem> problems) implements AnalysisResult {
	public ComparisonResult {
		figures = List.copyOf(figures);
		problems = List.copyOf(problems);
	}
}

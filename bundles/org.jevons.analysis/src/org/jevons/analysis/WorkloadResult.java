package org.jevons.analysis;

import java.util.ArrayList;
import java.util.List;

import org.jevons.analysis.spec.Specs.Origin;

/**
 * The result for one training or inference declaration. Plugins add figures through
 * {@link AnalysisContext#derive}, which replaces the record with {@link #withFigure}.
 *
 * @param kind        training or inference
 * @param boundary    what the energy figures include
 * @param assumptions defaults and modelling choices used, in words
 * @param sensitivity one-at-a-time ranking of the uncertain inputs (empty without uncertain inputs)
 */
public record WorkloadResult(String name, Origin origin, String analysisId, Kind kind, Boundary boundary,
		List<Figure> figures, List<Problem> problems, List<String> assumptions, List<SensitivityBar> sensitivity)
		implements AnalysisResult {

	public enum Kind {
		TRAINING, INFERENCE
	}

	public WorkloadResult {
		figures = List.copyOf(figures);
		problems = List.copyOf(problems);
		assumptions = List.copyOf(assumptions);
		sensitivity = List.copyOf(sensitivity);
	}

	/** A copy with one more figure (or the figure of the same key replaced). */
	public WorkloadResult withFigure(Figure figure) {
		List<Figure> next = new ArrayList<>(figures.stream().filter(f -> !f.key().equals(figure.key())).toList());
		next.add(figure);
		return new WorkloadResult(name, origin, analysisId, kind, boundary, next, problems, assumptions, sensitivity);
	}

	public WorkloadResult withProblem(Problem problem) {
		List<Problem> next = new ArrayList<>(problems);
		next.add(problem);
		return new WorkloadResult(name, origin, analysisId, kind, boundary, figures, next, assumptions, sensitivity);
	}
}

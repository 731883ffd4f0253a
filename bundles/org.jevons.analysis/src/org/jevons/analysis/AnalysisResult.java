package org.jevons.analysis;

import java.util.List;

import org.jevons.analysis.spec.Specs.Origin;

/**
 * Any result an analysis contributes. Every result exposes its labelled figures, so a front end can render
 * results of plugins it does not know.
 */
public interface AnalysisResult {
	/** The declaration's name ({@code "<left> vs <right>"} for comparisons, the source text for expectations). */
	String name();

	Origin origin();

	/** The id of the analysis that produced it; also the JSON section for unknown result types. */
	String analysisId();

	List<Figure> figures();

	List<Problem> problems();

	default java.util.Optional<Figure> figure(String key) {
		return figures().stream().filter(f -> f.key().equals(key)).findFirst();
	}
}

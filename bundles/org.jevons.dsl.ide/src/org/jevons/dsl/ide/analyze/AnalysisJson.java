package org.jevons.dsl.ide.analyze;

import java.util.List;

import org.jevons.analysis.StudyResult;

import com.google.inject.ImplementedBy;

/**
 * The JSON body of the {@code jevons/analyze} response. The report bundle's contract renderer (the JSON of
 * {@code jevons analyze --format json}) is bound in its place when present, so editors and CI read the same document.
 */
@ImplementedBy(FiguresAnalysisJson.class)
public interface AnalysisJson {

	/** A JSON object (as text) for the result of analysing the given files. */
	String render(StudyResult result, List<String> files);
}

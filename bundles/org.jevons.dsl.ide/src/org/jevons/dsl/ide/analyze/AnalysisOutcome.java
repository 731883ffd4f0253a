package org.jevons.dsl.ide.analyze;

import java.util.List;
import java.util.Optional;

import org.jevons.analysis.StudyResult;

/** What {@link DocumentAnalysis} has for a document: figures, or a text saying why there are none yet. */
public sealed interface AnalysisOutcome {

	/** The analyses ran; {@code files} are the analysed files (paths for file URIs). */
	record Ready(StudyResult result, List<String> files) implements AnalysisOutcome {
		public Ready {
			files = List.copyOf(files);
		}
	}

	/** Still computing (a large sweep, say); a later request will find the result in the cache. */
	record Pending(String message) implements AnalysisOutcome {
	}

	/** No figures: no study builder, a failed analysis, a document outside the workspace. */
	record Unavailable(String message) implements AnalysisOutcome {
	}

	default Optional<StudyResult> study() {
		return this instanceof Ready ready ? Optional.of(ready.result()) : Optional.empty();
	}

	/** A text for the user when there is no result. */
	default String explanation() {
		return switch (this) {
		case Ready ready -> "";
		case Pending pending -> pending.message();
		case Unavailable unavailable -> unavailable.message();
		};
	}
}

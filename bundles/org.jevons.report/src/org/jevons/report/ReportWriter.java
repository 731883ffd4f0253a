package org.jevons.report;

import org.jevons.analysis.StudyResult;

/** Renders a study's results in one format. Implementations are stateless and thread-safe. */
@FunctionalInterface
public interface ReportWriter {
	String render(StudyResult result, ReportContext context);
}

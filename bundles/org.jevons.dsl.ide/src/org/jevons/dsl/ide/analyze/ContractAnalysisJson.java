package org.jevons.dsl.ide.analyze;

import java.util.List;

import org.jevons.analysis.Settings;
import org.jevons.analysis.StudyResult;
import org.jevons.report.ReportContext;
import org.jevons.report.json.JsonReport;

/**
 * The JSON contract of {@code jevons analyze --format json} (headless.md), so that an editor reads exactly what CI
 * reads. Diagnostics of parsing are the editor's own (publishDiagnostics); analysis problems are in the report.
 */
public class ContractAnalysisJson implements AnalysisJson {

	@Override
	public String render(StudyResult result, List<String> files) {
		return new JsonReport().render(result, ReportContext.of(files, Settings.defaults()));
	}
}

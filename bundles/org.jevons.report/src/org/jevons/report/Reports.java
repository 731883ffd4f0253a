package org.jevons.report;

import org.jevons.analysis.StudyResult;

/** The entry point of the CLI, the language server and the workbench's export. */
public final class Reports {
	private Reports() {
	}

	/** The report in one format. */
	public static String render(StudyResult result, ReportContext context, ReportFormat format) {
		return format.writer().render(result, context);
	}

	/** The report in one format, streamed to {@code out} (CSV and JSON stream the rows of large sweeps). */
	public static void write(StudyResult result, ReportContext context, ReportFormat format, Appendable out)
			throws java.io.IOException {
		format.writer().write(result, context, out);
	}

	/** The JUnit XML of the {@code expect} results ({@code --junit PATH}). */
	public static String junit(StudyResult result, ReportContext context) {
		return JunitXml.render(result, context);
	}
}

package org.jevons.report;

import java.io.IOException;
import java.io.OutputStream;

import org.jevons.analysis.StudyResult;
import org.jevons.analysis.SweepResult;
import org.jevons.report.csv.CsvReport;

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
			throws IOException {
		format.writer().write(result, context, out);
	}

	/**
	 * The report in one format, streamed to {@code out} as UTF-8 (flushed, not closed). For files: CSV writes a
	 * sweep's millions of rows as bytes, without a text encoder between.
	 */
	public static void write(StudyResult result, ReportContext context, ReportFormat format, OutputStream out)
			throws IOException {
		format.writer().write(result, context, out);
	}

	/**
	 * One sweep as a wide CSV table, streamed to {@code out} (flushed, not closed): a header naming each column
	 * with its unit, then one row per point ({@code jevons analyze --sweeps DIR}).
	 */
	public static void writeSweep(SweepResult sweep, OutputStream out) throws IOException {
		CsvReport.writeSweep(sweep, out);
	}

	/** The JUnit XML of the {@code expect} results ({@code --junit PATH}). */
	public static String junit(StudyResult result, ReportContext context) {
		return JunitXml.render(result, context);
	}
}

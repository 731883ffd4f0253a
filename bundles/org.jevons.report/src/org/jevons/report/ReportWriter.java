package org.jevons.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.jevons.analysis.StudyResult;

/** Renders a study's results in one format. Implementations are stateless and thread-safe. */
@FunctionalInterface
public interface ReportWriter {
	String render(StudyResult result, ReportContext context);

	/**
	 * Writes the report to {@code out}. Formats that may hold every row of a large sweep (CSV, JSON) override this
	 * to stream the rows, so a report of millions of points is never held in memory whole.
	 */
	default void write(StudyResult result, ReportContext context, Appendable out) throws IOException {
		out.append(render(result, context));
	}

	/**
	 * Writes the report to {@code out} as UTF-8 and flushes it (without closing it). This default encodes the
	 * {@link #write(StudyResult, ReportContext, Appendable) text}; CSV writes a sweep's rows as bytes directly.
	 */
	default void write(StudyResult result, ReportContext context, OutputStream out) throws IOException {
		Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
		write(result, context, writer);
		writer.flush();
	}

	/** The report as text, for a writer whose {@link #render} is its streaming {@link #write}. */
	static String written(ReportWriter writer, StudyResult result, ReportContext context) {
		StringBuilder out = new StringBuilder();
		try {
			writer.write(result, context, out);
		} catch (IOException e) {
			// a StringBuilder does not fail; should it, the caller must know
			throw new java.io.UncheckedIOException(e);
		}
		return out.toString();
	}
}

package org.jevons.report;

import java.util.Locale;

import org.jevons.analysis.Problem;

/**
 * A diagnostic as reports show it: from the parser and validator (the CLI passes them in) or from an analysis.
 *
 * @param file   path as given on the command line; empty when the diagnostic belongs to no file
 * @param line   1-based; 0 when unknown
 * @param column 1-based; 0 when unknown
 */
public record ReportDiagnostic(String file, int line, int column, Severity severity, String message) {

	public enum Severity {
		ERROR, WARNING, INFO;

		/** {@code error}, {@code warning}, {@code info}: the word of the compiler form and of the JSON. */
		public String word() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	public static ReportDiagnostic of(Problem problem) {
		Severity severity = switch (problem.severity()) {
		case ERROR -> Severity.ERROR;
		case WARNING -> Severity.WARNING;
		case INFO -> Severity.INFO;
		};
		return new ReportDiagnostic(problem.origin().file(), problem.origin().line(), problem.origin().column(),
				severity, problem.message());
	}

	/** The usual compiler form: {@code path:line:column: error: message}. */
	public String format() {
		String where = file.isEmpty() ? "jevons" : file + ":" + line + ":" + column;
		return where + ": " + severity.word() + ": " + message;
	}
}

package org.jevons.maven;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A diagnostic of the jevons CLI: {@code path:line:column: severity: message} on its stderr (check, analyze), or an
 * entry of the {@code diagnostics} array of {@code analyze --format json}.
 */
record Issue(String path, int line, int column, String severity, String message) {

	/** The CLI's line format; greedy path so that Windows drive letters ({@code C:\...}) survive. */
	private static final Pattern LINE = Pattern.compile("^(.+):(\\d+):(\\d+): (error|warning|info): (.*)$");

	static Optional<Issue> parse(String line) {
		Matcher m = LINE.matcher(line);
		if (!m.matches()) return Optional.empty();
		return Optional.of(new Issue(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
				m.group(4), m.group(5)));
	}

	/** From a JSON diagnostic object ({@code file, line, column, severity, message}). */
	static Issue fromJson(Map<String, Object> diagnostic) {
		return new Issue(String.valueOf(diagnostic.get("file")), Json.intValue(diagnostic.get("line")),
				Json.intValue(diagnostic.get("column")),
				String.valueOf(diagnostic.get("severity")).toLowerCase(Locale.ROOT),
				String.valueOf(diagnostic.get("message")));
	}

	boolean isError() {
		return severity.equals("error");
	}

	boolean isWarning() {
		return severity.equals("warning");
	}

	/** The CLI's own form, as in the text reports. */
	String format() {
		return path + ":" + line + ":" + column + ": " + severity + ": " + message;
	}
}

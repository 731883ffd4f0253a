package org.jevons.dsl.workspace;

import java.util.Locale;

/**
 * A diagnostic with its place: printed as {@code path:line:column: severity: message}, the usual compiler form.
 *
 * @param code the stable issue code, or empty
 */
public record Problem(String file, int line, int column, Severity severity, String message, String code) {

	public enum Severity {
		ERROR, WARNING, INFO
	}

	public boolean isError() {
		return severity == Severity.ERROR;
	}

	public String format() {
		return file + ":" + line + ":" + column + ": " + severity.name().toLowerCase(Locale.ROOT) + ": " + message;
	}
}

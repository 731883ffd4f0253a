package org.jevons.analysis;

import org.jevons.analysis.spec.Specs.Origin;

/** A diagnostic produced by an analysis instead of an exception: missing inputs, assumptions, failed checks. */
public record Problem(Severity severity, Origin origin, String message) {

	public enum Severity {
		ERROR, WARNING, INFO
	}

	public static Problem error(Origin origin, String message) {
		return new Problem(Severity.ERROR, origin, message);
	}

	public static Problem warning(Origin origin, String message) {
		return new Problem(Severity.WARNING, origin, message);
	}

	public static Problem info(Origin origin, String message) {
		return new Problem(Severity.INFO, origin, message);
	}
}

package org.jevons.attribution.duckdb;

/** A run that cannot start or finish (no such log, a column not in it, an output not writable); nothing written. */
public final class AttributionException extends Exception {
	private static final long serialVersionUID = 1L;

	public AttributionException(String message) {
		super(message);
	}

	public AttributionException(String message, Throwable cause) {
		super(message, cause);
	}
}

package org.jevons.analysis.spec;

import java.util.Optional;

/**
 * A numeric input in SI units: a fixed number, a uniform range or a triangular distribution, with the
 * {@code source} the user (or the built-in library) gave for it.
 *
 * @param min    lower bound (equal to {@code mode} and {@code max} for a fixed value)
 * @param mode   most likely value (triangular); for a uniform range the midpoint
 * @param max    upper bound
 * @param shape  how the value is distributed between the bounds
 * @param source provenance text, as written after {@code source}
 * @param identity the declaring element and property ({@code Llama33_chat.prompt}): a value inherited through
 *               {@code extends} keeps the identity of the declaration that wrote it, so both workloads draw it as
 *               one random variable
 * @param written  the unit the value was written in, to show its bounds as the user wrote them ({@code 1.2–4.6
 *                 kW}, not {@code 1200–4600}); empty for values not written by a user or scaled since
 */
public record Value(double min, double mode, double max, Shape shape, Optional<String> source,
		Optional<String> identity, Optional<Written> written) {

	/** A unit as written: its symbol and its factor to SI (kW: 1000). */
	public record Written(String symbol, double factor) {
		/** An SI amount in this unit. */
		public double of(double si) {
			return si / factor;
		}
	}

	public Value(double min, double mode, double max, Shape shape, Optional<String> source) {
		this(min, mode, max, shape, source, Optional.empty(), Optional.empty());
	}

	public Value(double min, double mode, double max, Shape shape, Optional<String> source,
			Optional<String> identity) {
		this(min, mode, max, shape, source, identity, Optional.empty());
	}

	/** How a value is distributed between its bounds. */
	public enum Shape {
		FIXED, UNIFORM, TRIANGULAR
	}

	public Value {
		if (!(min <= mode && mode <= max)) {
			throw new IllegalArgumentException("bounds out of order: " + min + " .. " + mode + " .. " + max);
		}
	}

	public static Value of(double x) {
		return new Value(x, x, x, Shape.FIXED, Optional.empty());
	}

	public static Value uniform(double min, double max) {
		return new Value(min, (min + max) / 2, max, Shape.UNIFORM, Optional.empty());
	}

	public static Value triangular(double min, double mode, double max) {
		return new Value(min, mode, max, Shape.TRIANGULAR, Optional.empty());
	}

	public Value withSource(String text) {
		return new Value(min, mode, max, shape, Optional.of(text), identity, written);
	}

	/** The same value, drawn as the random variable of {@code declaringElement.property}. */
	public Value withIdentity(String declaringElementAndProperty) {
		return new Value(min, mode, max, shape, source, Optional.of(declaringElementAndProperty), written);
	}

	/** The same value, written in {@code unit}. */
	public Value withWritten(Written unit) {
		return new Value(min, mode, max, shape, source, identity, Optional.of(unit));
	}

	/** The nominal value: the midpoint of a uniform range, the mode of a triangular one. */
	public double nominal() {
		return mode;
	}

	public boolean isUncertain() {
		return shape != Shape.FIXED && min < max;
	}

	/** The same distribution scaled by a positive factor (unit conversion, per-node counts): no longer as written. */
	public Value times(double factor) {
		return new Value(min * factor, mode * factor, max * factor, shape, source, identity);
	}
}

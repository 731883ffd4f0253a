package org.jevons.analysis.engine;

import java.util.Optional;

import org.jevons.analysis.spec.Value;

/**
 * One input of a kernel: a declared value, or a fallback when it was not declared (a documented default, or
 * {@link Double#NaN} meaning "absent" — kernels test for it, analyses report it as a problem before).
 *
 * @param path     the property path as a user writes it in {@code vary} ({@code mfu}, {@code model.active})
 * @param stream   identity of the random stream: the same declared value gets the same draws in every workload,
 *                 so comparisons of workloads that share an uncertain input are correlated, as they should be
 * @param value    the declared value
 * @param fallback used when nothing is declared
 * @param source   where the value comes from: its {@code source} text, or the default's justification
 */
public record Parameter(String path, long stream, Optional<Value> value, double fallback, Optional<String> source) {

	public static Parameter declared(String owner, String path, Value value) {
		return new Parameter(path, stream(owner, path, Optional.of(value)), Optional.of(value), Double.NaN,
				value.source());
	}

	public static Parameter optional(String owner, String path, Optional<Value> value) {
		return new Parameter(path, stream(owner, path, value), value, Double.NaN, value.flatMap(Value::source));
	}

	/**
	 * The random stream of a value: that of the element that declared it when known (a value inherited through
	 * {@code extends} is one random variable in parent and child), else that of the owner's property.
	 */
	private static long stream(String owner, String path, Optional<Value> value) {
		return value.flatMap(Value::identity).map(id -> streamOf(id, "")).orElse(streamOf(owner, path));
	}

	/** A value with a documented default; the default's source travels with every figure computed from it. */
	public static Parameter withDefault(String owner, String path, Optional<Value> value, double fallback,
			String defaultSource) {
		return new Parameter(path, stream(owner, path, value), value, fallback,
				value.isPresent() ? value.get().source() : Optional.of("default " + path + " = " + fallback
						+ ": " + defaultSource));
	}

	public static Parameter constant(String path, double x) {
		return new Parameter(path, streamOf("", path), Optional.empty(), x, Optional.empty());
	}

	public double nominal() {
		return value.map(Value::nominal).orElse(fallback);
	}

	public boolean isUncertain() {
		return value.map(Value::isUncertain).orElse(false);
	}

	public boolean isPresent() {
		return value.isPresent() || !Double.isNaN(fallback);
	}

	public double min() {
		return value.map(Value::min).orElse(fallback);
	}

	public double max() {
		return value.map(Value::max).orElse(fallback);
	}

	/** Inverse CDF: the value at cumulative probability {@code u} in (0, 1). */
	public double quantile(double u) {
		if (value.isEmpty()) {
			return fallback;
		}
		Value v = value.get();
		return switch (v.shape()) {
		case FIXED -> v.mode();
		case UNIFORM -> v.min() + u * (v.max() - v.min());
		case TRIANGULAR -> triangular(v.min(), v.mode(), v.max(), u);
		};
	}

	/** Inverse CDF of the triangular distribution (min a, mode c, max b) at u. */
	public static double triangular(double a, double c, double b, double u) {
		double width = b - a;
		if (width <= 0) {
			return c;
		}
		double split = (c - a) / width;
		return u < split ? a + Math.sqrt(u * width * (c - a)) : b - Math.sqrt((1 - u) * width * (b - c));
	}

	/** A stable 64-bit identity (FNV-1a) of an owner's property. */
	public static long streamOf(String owner, String path) {
		long hash = 0xcbf29ce484222325L;
		String text = owner + "." + path;
		for (int i = 0; i < text.length(); i++) {
			hash ^= text.charAt(i);
			hash *= 0x100000001b3L;
		}
		return hash;
	}
}

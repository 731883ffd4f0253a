package org.jevons.model.units;

/**
 * A parsed unit expression: the text as written, the factor that converts a value in it to SI (J, s, FLOP, B,
 * kg CO2e, L, USD, token) and its dimension. {@code 989 TFLOP/s} is 989 × 1e12 FLOP/s.
 */
public record Unit(String text, double factor, Dimension dimension) {

	/** The unit of a bare number. */
	public static final Unit ONE = new Unit("", 1, Dimension.NONE);

	public double toSi(double value) {
		return value * factor;
	}

	public double fromSi(double si) {
		return si / factor;
	}
}

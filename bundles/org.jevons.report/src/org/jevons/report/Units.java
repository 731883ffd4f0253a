package org.jevons.report;

import java.util.Locale;

import org.jevons.analysis.Dimension;

/**
 * The fixed units of the machine-readable formats (JSON, CSV), as headless.md fixes them: energy kWh (per
 * request Wh, per token J, projections TWh), carbon kgCO2e (projections MtCO2e), water L, time h (per request
 * s), compute
 * FLOP, ratios and MFU 1, cost USD. Dimensions the contract does not name stay SI.
 */
public final class Units {
	public static final Unit J = new Unit("J", 1), WH = new Unit("Wh", 3600), KWH = new Unit("kWh", 3.6e6),
			TWH = new Unit("TWh", 3.6e15), KG = new Unit("kgCO2e", 1), MT = new Unit("MtCO2e", 1e9),
			HOUR = new Unit("h", 3600), SECOND = new Unit("s", 1), ONE = new Unit("1", 1);

	private Units() {
	}

	/** The fixed unit of a figure with this key and dimension in this scope. */
	public static Unit fixed(String key, Dimension dimension, Scope scope) {
		return switch (dimension) {
		case ENERGY -> energy(key, scope);
		case MASS_CO2E -> scope == Scope.PROJECTION ? MT : KG;
		case TIME -> key.equals("request_time") || key.contains("per_request") ? SECOND : HOUR;
		case RATIO -> ONE;
		default -> new Unit(dimension.siUnit(), 1);
		};
	}

	private static Unit energy(String key, Scope scope) {
		return switch (scope) {
		case PROJECTION -> TWH;
		// a comparison's differences are in the unit of the compared figure ("per_token_effect" is per request)
		case COMPARE_REQUEST -> WH;
		case COMPARE_TOKEN -> J;
		case COMPARE_YEAR, COMPARE_TRAINING -> KWH;
		case WORKLOAD -> key.contains("per_token") ? J
				: key.contains("per_request") || key.equals("prefill_energy") ? WH : KWH;
		};
	}

	/** The dimension of an SI unit symbol as the analyses write it (sweep columns), if it is one. */
	public static java.util.Optional<Dimension> dimensionOf(String siUnit) {
		for (Dimension d : Dimension.values()) {
			if (d.siUnit().equals(siUnit)) {
				return java.util.Optional.of(d);
			}
		}
		return java.util.Optional.empty();
	}

	/**
	 * A guess of the dimension of an expectation whose actual value could not be computed, from its source text,
	 * so that its limit still gets a unit.
	 */
	public static Dimension guessDimension(String text) {
		String t = text.toLowerCase(Locale.ROOT);
		if (t.contains("cost")) {
			return Dimension.CURRENCY;
		} else if (t.contains("carbon")) {
			return Dimension.MASS_CO2E;
		} else if (t.contains("water")) {
			return Dimension.WATER;
		} else if (t.contains("hours")) {
			return Dimension.TIME;
		} else if (t.contains("energy")) {
			return Dimension.ENERGY;
		}
		return Dimension.RATIO;
	}

	/** The figure key an expectation's metric maps to, guessed from its text (for the unit of the limit). */
	public static String guessKey(String text) {
		String t = text.toLowerCase(Locale.ROOT);
		return t.contains("per token") ? "energy_per_token" : t.contains("per request") ? "energy_per_request" : "";
	}
}

package org.jevons.model.units;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The unit symbols the language accepts and the parser of unit expressions: symbols joined by {@code /},
 * optionally starting with {@code /} ({@code 10M /day}). Metric symbols take SI prefixes (k M G T P E, and
 * m µ u n p for small ones): {@code TFLOP/s}, {@code kWh}, {@code gCO2e/kWh}, {@code MtCO2e}, {@code mL}.
 */
public final class Units {

	private record Symbol(double factor, Dimension dimension, boolean prefixable) {
	}

	private static final double HOUR = 3600;
	private static final double DAY = 86_400;
	/** Julian year, the astronomers' and IEA's convention for annual rates. */
	private static final double YEAR = 365.25 * DAY;

	/** Seconds in the year used by every "per year" unit. */
	public static final double YEAR_SECONDS = YEAR;

	private static final Map<String, Symbol> SYMBOLS = new LinkedHashMap<>();
	private static final Map<String, Double> PREFIXES = new LinkedHashMap<>();

	static {
		metric("J", 1, Dimension.ENERGY);
		metric("Wh", HOUR, Dimension.ENERGY);
		metric("W", 1, Dimension.POWER);
		metric("FLOP", 1, Dimension.COMPUTE);
		metric("FLOPs", 1, Dimension.COMPUTE);
		metric("B", 1, Dimension.DATA);
		metric("gCO2e", 1e-3, Dimension.CO2E);
		metric("tCO2e", 1e3, Dimension.CO2E);
		metric("L", 1, Dimension.WATER);
		metric("s", 1, Dimension.TIME);
		plain("min", 60, Dimension.TIME);
		plain("h", HOUR, Dimension.TIME);
		plain("d", DAY, Dimension.TIME);
		plain("day", DAY, Dimension.TIME);
		plain("days", DAY, Dimension.TIME);
		plain("week", 7 * DAY, Dimension.TIME);
		plain("weeks", 7 * DAY, Dimension.TIME);
		plain("month", YEAR / 12, Dimension.TIME);
		plain("months", YEAR / 12, Dimension.TIME);
		plain("year", YEAR, Dimension.TIME);
		plain("years", YEAR, Dimension.TIME);
		plain("yr", YEAR, Dimension.TIME);
		plain("%", 0.01, Dimension.NONE);
		plain("USD", 1, Dimension.MONEY);
		plain("token", 1, Dimension.TOKEN);
		plain("tokens", 1, Dimension.TOKEN);
		plain("request", 1, Dimension.NONE);
		plain("requests", 1, Dimension.NONE);
		plain("query", 1, Dimension.NONE);
		plain("queries", 1, Dimension.NONE);
		PREFIXES.put("E", 1e18);
		PREFIXES.put("P", 1e15);
		PREFIXES.put("T", 1e12);
		PREFIXES.put("G", 1e9);
		PREFIXES.put("M", 1e6);
		PREFIXES.put("k", 1e3);
		PREFIXES.put("m", 1e-3);
		PREFIXES.put("µ", 1e-6);
		PREFIXES.put("μ", 1e-6);
		PREFIXES.put("u", 1e-6);
		PREFIXES.put("n", 1e-9);
		PREFIXES.put("p", 1e-12);
	}

	private Units() {
	}

	private static void metric(String symbol, double factor, Dimension dimension) {
		SYMBOLS.put(symbol, new Symbol(factor, dimension, true));
	}

	private static void plain(String symbol, double factor, Dimension dimension) {
		SYMBOLS.put(symbol, new Symbol(factor, dimension, false));
	}

	/**
	 * Parses a unit expression as written after a number ({@code ""} is the unit of a bare number).
	 *
	 * @return the unit, or empty with no reason when a symbol is unknown (see {@link #unknownSymbol(String)})
	 */
	public static Optional<Unit> parse(String text) {
		String t = text.strip();
		if (t.isEmpty()) {
			return Optional.of(Unit.ONE);
		}
		double factor = 1;
		Dimension dimension = Dimension.NONE;
		String[] parts = t.split("/", -1);
		for (int i = 0; i < parts.length; i++) {
			String part = parts[i];
			if (part.isEmpty()) {
				if (i == 0 && parts.length > 1) {
					continue; // "/day": a leading slash, the numerator is the bare number
				}
				return Optional.empty();
			}
			Optional<Symbol> symbol = symbol(part);
			if (symbol.isEmpty()) {
				return Optional.empty();
			}
			if (i == 0) {
				factor *= symbol.get().factor;
				dimension = dimension.multiply(symbol.get().dimension);
			} else {
				factor /= symbol.get().factor;
				dimension = dimension.divide(symbol.get().dimension);
			}
		}
		return Optional.of(new Unit(t, factor, dimension));
	}

	/** The first symbol of a unit expression that is not known, for error messages. */
	public static Optional<String> unknownSymbol(String text) {
		for (String part : text.strip().split("/")) {
			if (!part.isEmpty() && symbol(part).isEmpty()) {
				return Optional.of(part);
			}
		}
		return Optional.empty();
	}

	private static Optional<Symbol> symbol(String s) {
		Symbol exact = SYMBOLS.get(s);
		if (exact != null) {
			return Optional.of(exact);
		}
		for (Map.Entry<String, Double> p : PREFIXES.entrySet()) {
			if (s.startsWith(p.getKey()) && s.length() > p.getKey().length()) {
				Symbol base = SYMBOLS.get(s.substring(p.getKey().length()));
				if (base != null && base.prefixable) {
					return Optional.of(new Symbol(base.factor * p.getValue(), base.dimension, false));
				}
			}
		}
		return Optional.empty();
	}

	/** Typical units of a dimension, for messages ("write e.g. 700 W or 1.5 kW") and content assist. */
	public static List<String> examples(Dimension d) {
		if (d.equals(Dimension.POWER)) return List.of("W", "kW", "MW");
		if (d.equals(Dimension.ENERGY)) return List.of("J", "kJ", "Wh", "kWh", "MWh", "GWh", "TWh");
		if (d.equals(Dimension.COMPUTE_RATE)) return List.of("TFLOP/s", "PFLOP/s", "GFLOP/s");
		if (d.equals(Dimension.COMPUTE)) return List.of("FLOP", "PFLOP", "EFLOP");
		if (d.equals(Dimension.DATA)) return List.of("GB", "TB", "MB");
		if (d.equals(Dimension.DATA_RATE)) return List.of("GB/s", "TB/s");
		if (d.equals(Dimension.CO2E)) return List.of("kgCO2e", "tCO2e", "gCO2e");
		if (d.equals(Dimension.TIME)) return List.of("s", "h", "d", "year");
		if (d.equals(Dimension.CARBON_INTENSITY)) return List.of("gCO2e/kWh", "kgCO2e/kWh");
		if (d.equals(Dimension.WATER_INTENSITY)) return List.of("L/kWh");
		if (d.equals(Dimension.WATER)) return List.of("L", "kL", "ML");
		if (d.equals(Dimension.ENERGY_PRICE)) return List.of("USD/kWh", "USD/MWh");
		if (d.equals(Dimension.TIME_PRICE)) return List.of("USD/h");
		if (d.equals(Dimension.MONEY)) return List.of("USD");
		if (d.equals(Dimension.ENERGY_PER_TOKEN)) return List.of("J/token", "mJ/token", "mWh/token");
		if (d.equals(Dimension.DATA_PER_TOKEN)) return List.of("MB/token", "kB/token", "B/token");
		if (d.equals(Dimension.TOKEN)) return List.of("tokens");
		if (d.equals(Dimension.TOKEN_RATE)) return List.of("tokens/s");
		if (d.equals(Dimension.RATE)) return List.of("/day", "/s", "/year");
		if (d.equals(Dimension.NONE)) return List.of("%", "(a bare number)");
		return List.of(d.siUnit());
	}

	/** Every unit symbol (without prefixes), for content assist. */
	public static List<String> symbols() {
		return List.copyOf(SYMBOLS.keySet());
	}
}

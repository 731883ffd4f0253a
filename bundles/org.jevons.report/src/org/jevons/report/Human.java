package org.jevons.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

import org.jevons.analysis.Dimension;
import org.jevons.analysis.Estimate;
import org.jevons.analysis.Figure;

/**
 * Numbers for people (text, Markdown, HTML): three significant figures, a unit chosen for the magnitude (Wh …
 * TWh, gCO2e … MtCO2e), ranges as {@code p50 [p05–p95]}.
 */
public final class Human {
	private static final List<Unit> ENERGY = List.of(new Unit("mWh", 3.6), new Unit("Wh", 3600),
			new Unit("kWh", 3.6e6), new Unit("MWh", 3.6e9), new Unit("GWh", 3.6e12), new Unit("TWh", 3.6e15));
	private static final List<Unit> JOULES = List.of(new Unit("mJ", 1e-3), new Unit("J", 1), new Unit("kJ", 1e3),
			new Unit("MJ", 1e6));
	private static final List<Unit> CARBON = List.of(new Unit("gCO2e", 1e-3), new Unit("kgCO2e", 1),
			new Unit("tCO2e", 1e3), new Unit("ktCO2e", 1e6), new Unit("MtCO2e", 1e9));
	private static final List<Unit> WATER = List.of(new Unit("mL", 1e-3), new Unit("L", 1), new Unit("m³", 1e3),
			new Unit("thousand m³", 1e6), new Unit("million m³", 1e9));
	private static final List<Unit> TIME = List.of(new Unit("ms", 1e-3), new Unit("s", 1), new Unit("h", 3600),
			new Unit("k h", 3.6e6), new Unit("M h", 3.6e9));
	private static final List<Unit> COMPUTE = prefixed("FLOP", 1e3, "", "k", "M", "G", "T", "P", "E", "Z", "Y");
	private static final List<Unit> POWER = prefixed("W", 1e3, "m", "", "k", "M", "G");
	private static final List<Unit> BYTES = prefixed("B", 1e3, "", "k", "M", "G", "T", "P");
	private static final List<Unit> USD = List.of(new Unit("USD", 1), new Unit("k USD", 1e3),
			new Unit("M USD", 1e6), new Unit("B USD", 1e9));
	// plain counts stay plain up to 9 999 ("1650 tokens"), then k, M, B
	private static final List<Unit> TOKENS = List.of(new Unit("tokens", 1), new Unit("k tokens", 1e3),
			new Unit("M tokens", 1e6), new Unit("B tokens", 1e9));
	private static final List<Unit> COUNT = List.of(new Unit("", 1), new Unit("k", 1e3), new Unit("M", 1e6),
			new Unit("B", 1e9), new Unit("T", 1e12));

	private Human() {
	}

	private static List<Unit> prefixed(String symbol, double step, String... prefixes) {
		double first = symbol.equals("W") ? 1e-3 : 1;
		java.util.ArrayList<Unit> units = new java.util.ArrayList<>();
		for (int i = 0; i < prefixes.length; i++) {
			units.add(new Unit(prefixes[i] + symbol, first * Math.pow(step, i)));
		}
		return List.copyOf(units);
	}

	/** How a figure is shown. */
	public enum Style {
		QUANTITY, PERCENT, TIMES
	}

	public static Style style(String key, Dimension dimension) {
		if (dimension != Dimension.RATIO) {
			return Style.QUANTITY;
		}
		if (key.contains("mfu") || key.contains("fraction") || key.contains("probability") || key.contains("share")) {
			return Style.PERCENT;
		}
		return key.equals("ratio") || key.endsWith("_ratio") || key.equals("energy_growth") ? Style.TIMES
				: Style.QUANTITY;
	}

	/** The unit for values of this magnitude (SI): the largest of the ladder that keeps the number ≥ 1. */
	public static Unit unit(String key, Dimension dimension, double magnitude) {
		List<Unit> ladder = ladder(key, dimension);
		double m = Math.abs(magnitude);
		if (dimension == Dimension.TOKENS || (dimension == Dimension.RATIO && style(key, dimension) == Style.QUANTITY)) {
			m = m < 1e4 ? Math.min(m, 999) : m; // keep counts below 10 000 plain
		}
		if (dimension == Dimension.TIME && m >= 60 && m < 3600) {
			return ladder.get(1); // minutes read better as seconds than as 0.5 h
		}
		if (ladder == ENERGY && m >= 36 && m < 3600) {
			return ladder.get(1); // 0.924 Wh, as published per-prompt figures are written, rather than 924 mWh
		}
		Unit chosen = ladder.get(0);
		for (Unit u : ladder) {
			if (m >= u.size() * 0.9995) {
				chosen = u;
			}
		}
		return chosen;
	}

	private static List<Unit> ladder(String key, Dimension dimension) {
		return switch (dimension) {
		case ENERGY -> key.contains("per_token") && !key.contains("effect") ? JOULES : ENERGY;
		case MASS_CO2E -> CARBON;
		case WATER -> WATER;
		case TIME -> TIME;
		case COMPUTE -> COMPUTE;
		case POWER -> POWER;
		case CURRENCY -> USD;
		case TOKENS -> TOKENS;
		case DATA -> BYTES;
		case RATIO -> COUNT;
		};
	}

	/** A figure: its value, or {@code p50 [p05–p95]} when uncertain, with a unit. */
	public static String format(Figure figure) {
		return format(figure.key(), figure.dimension(), figure.estimate());
	}

	public static String format(String key, Dimension dimension, Estimate estimate) {
		return format(key, dimension, estimate, unitFor(key, dimension, estimate));
	}

	/** The unit {@link #format(String, Dimension, Estimate)} shows this estimate in (% and × for ratios). */
	public static Unit unitFor(String key, Dimension dimension, Estimate estimate) {
		double centre = estimate.percentiles().map(Estimate.Percentiles::p50).orElse(estimate.nominal());
		return switch (style(key, dimension)) {
		case PERCENT -> new Unit("%", 0.01);
		case TIMES -> new Unit("×", 1);
		case QUANTITY -> unit(key, dimension, centre);
		};
	}

	/** In a given unit, e.g. a limit in the unit of the actual value it is compared with. */
	public static String format(String key, Dimension dimension, Estimate estimate, Unit unit) {
		// a range that rounds to one number at three significant figures is shown as that number
		String number = estimate.percentiles()
				.map(p -> new String[] { sig(unit.of(p.p50())), sig(unit.of(p.p05())), sig(unit.of(p.p95())) })
				.filter(s -> !s[1].equals(s[2])).map(s -> s[0] + " [" + s[1] + "–" + s[2] + "]")
				.orElse(sig(unit.of(estimate.nominal())));
		return switch (style(key, dimension)) {
		case TIMES -> number + "×";
		case PERCENT -> number + " %";
		case QUANTITY -> unit.symbol().isEmpty() ? number : number + " " + unit.symbol();
		};
	}

	/** A range worth printing: not a constant that happens to be sampled (3.29 [3.29–3.29]). */
	/** An actual value and its limit, both in the actual value's unit. */
	public static String[] actualAndLimit(Figure actual, double limit) {
		Unit unit = unitFor(actual.key(), actual.dimension(), actual.estimate());
		return new String[] { format(actual.key(), actual.dimension(), actual.estimate(), unit),
				format(actual.key(), actual.dimension(), Estimate.exact(limit), unit) };
	}

	/** A nominal SI value with a unit for its magnitude. */
	public static String format(String key, Dimension dimension, double si) {
		return format(key, dimension, Estimate.exact(si));
	}

	/** Three significant figures, trailing zeros kept ({@code 1.00}); scientific beyond 10⁶ or below 10⁻³. */
	public static String sig(double x) {
		return sig(x, 3);
	}

	public static String sig(double x, int digits) {
		if (Double.isNaN(x)) {
			return "n/a";
		}
		if (Double.isInfinite(x)) {
			return x > 0 ? "∞" : "-∞";
		}
		if (x == 0) {
			return "0";
		}
		BigDecimal b = new BigDecimal(x).round(new MathContext(digits, RoundingMode.HALF_EVEN));
		double a = Math.abs(b.doubleValue());
		if (a >= 1e6 || a < 1e-3) {
			String s = String.format(Locale.ROOT, "%." + (digits - 1) + "e", b.doubleValue());
			return s.replace("e+0", "e").replace("e+", "e").replace("e-0", "e-");
		}
		int exponent = b.precision() - b.scale() - 1;
		int scale = digits - 1 - exponent;
		return (scale > 0 ? b.setScale(scale, RoundingMode.HALF_EVEN) : b).toPlainString();
	}

	/** Significant figures without trailing zeros ({@code ×42}, {@code 4.5}). */
	public static String trimmed(double x, int digits) {
		String s = sig(x, digits);
		return s.contains(".") && !s.contains("e") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
	}
}

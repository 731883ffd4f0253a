package org.jevons.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jevons.analysis.Dimension;
import org.jevons.analysis.Estimate;
import org.jevons.analysis.ExpectationResult;
import org.jevons.analysis.Figure;

/**
 * Numbers for people (text, Markdown, HTML, hovers, the workbench): three significant figures, a unit chosen for
 * the magnitude (Wh … TWh, gCO2e … MtCO2e), uncertain values as {@code nominal [p05–p95]}: the central value is
 * {@link Estimate#central()} everywhere (see {@link #CENTRAL_NOTE}).
 */
public final class Human {
	private static final List<Unit> ENERGY = List.of(new Unit("mWh", 3.6), new Unit("Wh", 3600),
			new Unit("kWh", 3.6e6), new Unit("MWh", 3.6e9), new Unit("GWh", 3.6e12), new Unit("TWh", 3.6e15));
	private static final List<Unit> JOULES = List.of(new Unit("mJ", 1e-3), new Unit("J", 1), new Unit("kJ", 1e3),
			new Unit("MJ", 1e6));
	private static final List<Unit> CARBON = List.of(new Unit("gCO2e", 1e-3), new Unit("kgCO2e", 1),
			new Unit("tCO2e", 1e3), new Unit("ktCO2e", 1e6), new Unit("MtCO2e", 1e9));
	// one family, litres, as the JSON's L
	private static final List<Unit> WATER = List.of(new Unit("mL", 1e-3), new Unit("L", 1), new Unit("kL", 1e3),
			new Unit("ML", 1e6), new Unit("GL", 1e9));
	private static final double HOUR = 3600, DAY = 24 * HOUR, YEAR = 365 * DAY;
	// hours up to two days, days up to two years, then years: never "4.36 k h"
	private static final List<Unit> TIME = List.of(new Unit("ms", 1e-3), new Unit("s", 1), new Unit("h", HOUR),
			new Unit("days", DAY), new Unit("years", YEAR));
	// no ZFLOP or YFLOP, which few readers know: beyond EFLOP the number goes scientific (3.14e23 FLOP)
	private static final List<Unit> COMPUTE = prefixed("FLOP", 1e3, "", "k", "M", "G", "T", "P", "E");
	private static final List<Unit> POWER = prefixed("W", 1e3, "m", "", "k", "M", "G");
	private static final List<Unit> BYTES = prefixed("B", 1e3, "", "k", "M", "G", "T", "P");
	private static final List<Unit> USD = List.of(new Unit("USD", 1), new Unit("k USD", 1e3),
			new Unit("M USD", 1e6), new Unit("B USD", 1e9));
	// plain counts stay plain up to 9 999 ("1650 tokens"), then k, M, B
	private static final List<Unit> TOKENS = List.of(new Unit("tokens", 1), new Unit("k tokens", 1e3),
			new Unit("M tokens", 1e6), new Unit("B tokens", 1e9));
	private static final List<Unit> COUNT = List.of(new Unit("", 1), new Unit("k", 1e3), new Unit("M", 1e6),
			new Unit("B", 1e9), new Unit("T", 1e12));

	/** The sentence every human format shows once, naming the central value policy. */
	public static final String CENTRAL_NOTE = "Values are " + Estimate.CENTRAL
			+ " (every input at its nominal value); [p05–p95] is the 90 % range of the Monte Carlo samples.";

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
		if (dimension == Dimension.TIME) {
			return time(m);
		}
		if (dimension == Dimension.COMPUTE && m >= 1e21) {
			return ladder.get(0);
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

	/** Seconds below an hour (minutes read better as seconds than as 0.5 h), hours below two days, then days
	 * below two years, then years. */
	private static Unit time(double seconds) {
		if (seconds < 1) {
			return TIME.get(0);
		} else if (seconds < HOUR) {
			return TIME.get(1);
		} else if (seconds < 2 * DAY) {
			return TIME.get(2);
		}
		return seconds < 2 * YEAR ? TIME.get(3) : TIME.get(4);
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

	/** A figure: its value, or {@code nominal [p05–p95]} when uncertain, with a unit. */
	public static String format(Figure figure) {
		return format(figure.key(), figure.dimension(), figure.estimate());
	}

	public static String format(String key, Dimension dimension, Estimate estimate) {
		return format(key, dimension, estimate, unitFor(key, dimension, estimate));
	}

	/** The unit {@link #format(String, Dimension, Estimate)} shows this estimate in (% and × for ratios). */
	public static Unit unitFor(String key, Dimension dimension, Estimate estimate) {
		double centre = estimate.central();
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
				.map(p -> new String[] { sig(unit.of(estimate.central())), sig(unit.of(p.p05())), sig(unit.of(p.p95())) })
				.filter(s -> !s[1].equals(s[2])).map(s -> s[0] + " [" + s[1] + "–" + s[2] + "]")
				.orElse(sig(unit.of(estimate.central())));
		return switch (style(key, dimension)) {
		case TIMES -> number + "×";
		case PERCENT -> number + " %";
		case QUANTITY -> unit.symbol().isEmpty() ? number : number + " " + unit.symbol();
		};
	}

	/** An actual value and its limit, both in the actual value's unit. */
	public static String[] actualAndLimit(Figure actual, double limit) {
		Unit unit = unitFor(actual.key(), actual.dimension(), actual.estimate());
		return new String[] { format(actual.key(), actual.dimension(), actual.estimate(), unit),
				format(actual.key(), actual.dimension(), Estimate.exact(limit), unit) };
	}

	/**
	 * The value an {@code expect} tested and its limit, in one unit: the central value with its range
	 * ({@code 0.924 [0.80–1.20] Wh}), or the named percentile ({@code p95 1.20 Wh}); empty when not computed.
	 */
	public static Optional<String[]> actualAndLimit(ExpectationResult e) {
		return e.actual().map(a -> {
			String[] values = actualAndLimit(a, e.limit());
			if (e.statistic() != Estimate.Statistic.NOMINAL) {
				Unit unit = unitFor(a.key(), a.dimension(), a.estimate());
				values[0] = e.statistic().word() + " "
						+ format(a.key(), a.dimension(), Estimate.exact(e.statistic().of(a.estimate())), unit);
			}
			return values;
		});
	}

	/** A nominal SI value with a unit for its magnitude. */
	public static String format(String key, Dimension dimension, double si) {
		return format(key, dimension, Estimate.exact(si));
	}

	/** A machine key as words for a heading: {@code reasoning_tokens} → {@code reasoning tokens}. */
	public static String words(String key) {
		return key.replace('_', ' ');
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

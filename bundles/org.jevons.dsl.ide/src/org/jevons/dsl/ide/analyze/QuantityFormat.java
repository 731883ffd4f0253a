package org.jevons.dsl.ide.analyze;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

import org.jevons.analysis.Dimension;
import org.jevons.analysis.Estimate;

/**
 * Figures in SI as people read them: three significant digits in the unit an analyst would use ({@code 0.93 Wh},
 * {@code 339 MWh}, {@code 540 tCO2e}, {@code 2.79M h}).
 */
public final class QuantityFormat {

	private static final String[] ENERGY_WH = { "Wh", "kWh", "MWh", "GWh", "TWh", "PWh" };
	private static final String[] POWER = { "W", "kW", "MW", "GW", "TW" };
	private static final String[] WATER = { "L", "kL", "ML", "GL" };
	private static final String[] CO2E = { "kgCO2e", "tCO2e", "ktCO2e", "MtCO2e", "GtCO2e" };
	private static final String[] COUNT = { "", "k", "M", "B", "T" };
	private static final String[] BYTES = { "B", "kB", "MB", "GB", "TB", "PB" };

	private QuantityFormat() {
	}

	/** The nominal value, and the 90 % interval when the estimate is uncertain. */
	public static String format(Estimate estimate, Dimension dimension) {
		String nominal = format(estimate.nominal(), dimension);
		return estimate.percentiles().map(p -> {
			String low = format(p.p05(), dimension);
			String high = format(p.p95(), dimension);
			// an input may be uncertain without this figure depending on it: no interval of width zero
			return low.equals(high) ? nominal : nominal + " (90 %: " + low + " – " + high + ")";
		}).orElse(nominal);
	}

	/** One value given in the SI unit of its dimension. */
	public static String format(double si, Dimension dimension) {
		if (!Double.isFinite(si)) {
			return "n/a";
		}
		return switch (dimension) {
		case ENERGY -> Math.abs(si) >= 36 ? scaled(si / 3600, ENERGY_WH) : small(si, "J");
		case POWER -> scaled(si, POWER);
		case WATER -> Math.abs(si) < 1 ? small(si, "L") : scaled(si, WATER);
		case MASS_CO2E -> Math.abs(si) < 1 ? number(si * 1000) + " gCO2e" : scaled(si, CO2E);
		case TIME -> Math.abs(si) < 3600 ? number(si) + " s" : scaled(si / 3600, COUNT) + "h";
		case COMPUTE -> scientific(si) + " FLOP";
		case RATIO -> number(si);
		case CURRENCY -> scaled(si, COUNT) + "USD";
		case TOKENS -> scaled(si, COUNT) + "tokens";
		case DATA -> scaled(si, BYTES);
		};
	}

	/** Steps of 1000 through the given units; {@link #COUNT} multipliers are glued to the number, others spaced. */
	private static String scaled(double value, String[] units) {
		int step = 0;
		double v = value;
		while (Math.abs(v) >= 999.5 && step < units.length - 1) {
			v /= 1000;
			step++;
		}
		String unit = units[step];
		if (units == COUNT) {
			return number(v) + unit + " ";
		}
		return number(v) + " " + unit;
	}

	private static String small(double value, String unit) {
		if (value != 0 && Math.abs(value) < 1) {
			return number(value * 1000) + " m" + unit;
		}
		return number(value) + " " + unit;
	}

	/** Three significant digits, plain notation for everyday magnitudes. */
	public static String number(double value) {
		if (!Double.isFinite(value)) {
			return "n/a";
		}
		if (value == 0) {
			return "0";
		}
		if (Math.abs(value) >= 1e6 || Math.abs(value) < 1e-3) {
			return scientific(value);
		}
		return new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toPlainString();
	}

	private static String scientific(double value) {
		// "3.65e+08" → "3.65e8", "2.50e-05" → "2.5e-5"
		return String.format(Locale.ROOT, "%.3g", value).replaceFirst("(\\.\\d*?)0+e", "$1e").replace(".e", "e")
				.replaceFirst("e\\+?(-?)0*(\\d)", "e$1$2");
	}
}

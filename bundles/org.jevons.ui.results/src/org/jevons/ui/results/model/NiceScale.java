package org.jevons.ui.results.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Round axis ticks (1, 2 or 5 × 10ⁿ apart) over a range widened to whole steps, and the choice of a logarithmic
 * axis when positive values span decades. Shared by the SWTChart charts and the SVG export, so both show the same
 * axis.
 *
 * @param lo   the axis' lower end, a multiple of {@code step} (or a power of ten on a log axis)
 * @param hi   the axis' upper end
 * @param step the distance of the ticks (a factor of ten on a log axis)
 */
public record NiceScale(double lo, double hi, double step, boolean logarithmic) {
	/** Positive values spanning this ratio or more get a logarithmic axis. */
	public static final double DECADES_FOR_LOG = 100;

	/** Ticks on a value axis, as in the reports' charts. */
	public static final int TICKS = 6;

	/**
	 * The value axis of a chart: every value, whisker and band edge, the baseline, and zero (except for sweeps, whose
	 * outputs rarely start at zero). Bars of declarations spanning decades get a logarithmic axis.
	 */
	public static NiceScale of(ChartModel model) {
		double lo = Double.POSITIVE_INFINITY;
		double hi = Double.NEGATIVE_INFINITY;
		double smallestPositive = Double.POSITIVE_INFINITY;
		for (ChartModel.Series s : model.series()) {
			for (List<Double> values : List.of(s.y(), s.low(), s.high())) {
				for (double v : values) {
					lo = Math.min(lo, v);
					hi = Math.max(hi, v);
					if (v > 0) {
						smallestPositive = Math.min(smallestPositive, v);
					}
				}
			}
		}
		boolean bars = model.kind() == ChartModel.Kind.TRAINING_BARS || model.kind() == ChartModel.Kind.INFERENCE_BARS;
		if (bars && lo > 0 && spansDecades(smallestPositive, hi)) {
			return log(smallestPositive, hi);
		}
		if (model.kind() != ChartModel.Kind.SWEEP) {
			lo = Math.min(lo, 0);
			hi = Math.max(hi, 0);
		}
		if (!Double.isNaN(model.baseline())) {
			lo = Math.min(lo, model.baseline());
			hi = Math.max(hi, model.baseline());
		}
		return linear(lo, hi, TICKS);
	}

	/** A tick's label: the round number without trailing zeros. */
	public static String label(double tick) {
		return org.jevons.report.Human.trimmed(tick, 4);
	}

	/** A linear axis over [lo, hi] with at most about {@code ticks} round ticks. */
	public static NiceScale linear(double lo, double hi, int ticks) {
		if (!(hi > lo) || !Double.isFinite(lo) || !Double.isFinite(hi)) {
			double v = Double.isFinite(lo) ? lo : 0;
			return linear(v - (v == 0 ? 1 : Math.abs(v) * 0.5), v + (v == 0 ? 1 : Math.abs(v) * 0.5), ticks);
		}
		double step = step((hi - lo) / Math.max(1, ticks));
		return new NiceScale(Math.floor(lo / step + 1e-9) * step, Math.ceil(hi / step - 1e-9) * step, step, false);
	}

	/** A logarithmic axis over whole decades around [lo, hi] (both positive). */
	public static NiceScale log(double lo, double hi) {
		return new NiceScale(Math.pow(10, Math.floor(Math.log10(lo))), Math.pow(10, Math.ceil(Math.log10(hi))), 10, true);
	}

	/** Whether positive values from {@code lo} to {@code hi} span enough decades for a log axis. */
	public static boolean spansDecades(double lo, double hi) {
		return lo > 0 && hi / lo >= DECADES_FOR_LOG;
	}

	/** 1, 2 or 5 × 10ⁿ, the smallest at least {@code raw}. */
	static double step(double raw) {
		double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
		for (double m : new double[] { 1, 2, 5, 10 }) {
			if (m * magnitude >= raw * (1 - 1e-9)) {
				return m * magnitude;
			}
		}
		return 10 * magnitude;
	}

	/** The tick values from lo to hi. */
	public List<Double> ticks() {
		List<Double> ticks = new ArrayList<>();
		if (logarithmic) {
			for (double v = lo; v <= hi * (1 + 1e-9); v *= 10) {
				ticks.add(v);
			}
		} else {
			long first = Math.round(lo / step);
			long last = Math.round(hi / step);
			for (long i = first; i <= last; i++) {
				ticks.add(clean(i * step));
			}
		}
		return ticks;
	}

	/** Where a value lies on the axis, 0 at lo and 1 at hi. */
	public double fraction(double v) {
		if (logarithmic) {
			return (Math.log10(Math.max(v, lo)) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo));
		}
		return (v - lo) / (hi - lo);
	}

	/** 0.30000000000000004 → 0.3: ticks print as round numbers. */
	private static double clean(double v) {
		return Double.parseDouble(String.format(java.util.Locale.ROOT, "%.12g", v));
	}
}

package org.jevons.report.html;

import java.util.ArrayList;
import java.util.List;

/**
 * A map from data to pixels, with "nice" ticks: linear (1, 2, 5 × 10ⁿ), or logarithmic for values that span
 * decades (1, 2, 5 × 10ⁿ, or powers of ten only over many decades).
 */
record Scale(double min, double max, double from, double to, boolean log) {

	/** Values spanning this ratio or more (and all positive) read better on a logarithmic axis. */
	static final double LOG_RATIO = 50;

	Scale(double min, double max, double from, double to) {
		this(min, max, from, to, false);
	}

	/** A logarithmic scale over [lo, hi], widened to whole decades' ticks; lo must be positive. */
	static Scale log(double lo, double hi, double from, double to) {
		return new Scale(lo, Math.max(hi, lo * 10), from, to, true);
	}

	static boolean spansDecades(double lo, double hi) {
		return lo > 0 && hi / lo >= LOG_RATIO;
	}

	/** A scale over the data's range, widened to nice ticks; a flat range gets some room. */
	static Scale of(double lo, double hi, double from, double to, boolean fromZero) {
		return of(lo, hi, from, to, fromZero, true);
	}

	/** @param nice widen the range to whole ticks; off for years, whose first and last are the data's */
	static Scale of(double lo, double hi, double from, double to, boolean fromZero, boolean nice) {
		double a = fromZero ? Math.min(0, lo) : lo;
		double b = hi;
		if (!(b > a)) {
			double pad = a == 0 ? 1 : Math.abs(a) * 0.1;
			a -= pad;
			b += pad;
		}
		if (!nice) {
			return new Scale(a, b, from, to);
		}
		double step = step(a, b);
		return new Scale(Math.floor(a / step) * step, Math.ceil(b / step) * step, from, to);
	}

	double map(double x) {
		if (log) {
			return from + (Math.log10(x) - Math.log10(min)) / (Math.log10(max) - Math.log10(min)) * (to - from);
		}
		return from + (x - min) / (max - min) * (to - from);
	}

	List<Double> ticks() {
		if (log) {
			return logTicks();
		}
		double step = step(min, max);
		List<Double> ticks = new ArrayList<>();
		for (double t = Math.ceil(min / step) * step; t <= max + step * 1e-9 && ticks.size() < 20; t += step) {
			ticks.add(Math.abs(t) < step * 1e-9 ? 0 : t);
		}
		return ticks;
	}

	private List<Double> logTicks() {
		double decades = Math.log10(max) - Math.log10(min);
		double[] mantissas = decades > 4 ? new double[] { 1 } : new double[] { 1, 2, 5 };
		List<Double> ticks = new ArrayList<>();
		for (int e = (int) Math.floor(Math.log10(min)); e <= Math.ceil(Math.log10(max)); e++) {
			for (double m : mantissas) {
				double t = m * Math.pow(10, e);
				if (t >= min * (1 - 1e-9) && t <= max * (1 + 1e-9)) {
					ticks.add(t);
				}
			}
		}
		return ticks;
	}

	private static double step(double a, double b) {
		double raw = (b - a) / 5;
		double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
		double f = raw / magnitude;
		return (f < 1.5 ? 1 : f < 3.5 ? 2 : f < 7.5 ? 5 : 10) * magnitude;
	}
}

package org.jevons.report.html;

import java.util.ArrayList;
import java.util.List;

/** A linear map from data to pixels, with "nice" ticks (1, 2, 5 × 10ⁿ). */
record Scale(double min, double max, double from, double to) {

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
		return from + (x - min) / (max - min) * (to - from);
	}

	List<Double> ticks() {
		double step = step(min, max);
		List<Double> ticks = new ArrayList<>();
		for (double t = Math.ceil(min / step) * step; t <= max + step * 1e-9 && ticks.size() < 20; t += step) {
			ticks.add(Math.abs(t) < step * 1e-9 ? 0 : t);
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

package org.jevons.report.html;

import java.util.function.DoubleFunction;

import org.jevons.report.Human;

/** The plotting area of a chart and its axes with ticks and labels. */
record Frame(int width, int height, double left, double right, double top, double bottom) {
	static final int WIDTH = 640, HEIGHT = 320;

	static Frame standard() {
		return new Frame(WIDTH, HEIGHT, 70, WIDTH - 20, 44, HEIGHT - 46);
	}

	Scale x(double lo, double hi, boolean fromZero) {
		return Scale.of(lo, hi, left, right, fromZero);
	}

	/** An x axis over the data's range, logarithmic when the values span decades (batch 1 … 256). */
	Scale xFor(double lo, double hi) {
		return Scale.spansDecades(lo, hi) ? Scale.log(lo, hi, left, right) : x(lo, hi, false);
	}

	/** An x axis over exactly the data's range (years). */
	Scale exactX(double lo, double hi) {
		return Scale.of(lo, hi, left, right, false, false);
	}

	Scale y(double lo, double hi, boolean fromZero) {
		return Scale.of(lo, hi, bottom, top, fromZero);
	}

	/** Both axes, grid lines at the ticks, the axis titles and the chart title. */
	void axes(Svg svg, String title, Scale x, String xLabel, DoubleFunction<String> xTick, Scale y, String yLabel) {
		svg.text(left, 16, title, "title", "start");
		for (double t : y.ticks()) {
			svg.line(left, y.map(t), right, y.map(t), "grid");
			svg.text(left - 6, y.map(t) + 4, Human.trimmed(t, 3), "tick", "end");
		}
		for (double t : x.ticks()) {
			svg.line(x.map(t), bottom, x.map(t), bottom + 4, "axis");
			svg.text(x.map(t), bottom + 16, xTick.apply(t), "tick", "middle");
		}
		svg.line(left, bottom, right, bottom, "axis");
		svg.line(left, top, left, bottom, "axis");
		svg.text((left + right) / 2, height - 8, xLabel, "label", "middle");
		svg.text(8, top - 12, yLabel, "label", "start");
	}
}

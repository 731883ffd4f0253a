package org.jevons.ui.results.model;

import java.util.List;

/**
 * One chart's data, in the units shown on its axes. Charts (SWTChart) and the SVG export draw the same series.
 *
 * @param id          stable id, {@code kind:declaration}
 * @param declaration the declaration the chart belongs to ({@code ""} for charts of several declarations)
 * @param categories  category labels of bar charts (empty for x/y charts)
 * @param horizontal  bars run along the x axis (tornado)
 * @param baseline    a reference value drawn as a line (1× for ratios, the nominal for a tornado), NaN for none
 */
public record ChartModel(String id, Kind kind, String declaration, String title, String xTitle, String yTitle,
		List<String> categories, List<Series> series, boolean horizontal, double baseline) {

	/** The chart types of the results views. */
	public enum Kind {
		TRAINING_BARS, INFERENCE_BARS, DECOMPOSITION, PROJECTION, SWEEP, TORNADO,
		/** floating bars: the first year's total, one bar per effect from {@code low} to {@code high}, the last year's */
		WATERFALL
	}

	/** How a series is drawn. */
	public enum Role {
		/** bars, with whiskers from {@code low} to {@code high} when given */
		BAR,
		/** a solid line */
		LINE,
		/** a dashed line (counterfactual) */
		DASHED,
		/** a shaded band between {@code low} and {@code high} (90 % range) */
		BAND,
		/** a shaded region between {@code low} and {@code high} (backfire) */
		REGION,
		/** published points of a reference scenario: markers at {@code y}, a bar from {@code low} to {@code high} */
		REFERENCE
	}

	/**
	 * @param x    x values (bar charts: 0, 1, 2... the category index)
	 * @param y    y values (bars: p50 or nominal; regions and bands: the upper edge)
	 * @param low  lower ends of whiskers, bands and regions (empty when none)
	 * @param high upper ends (empty when none)
	 */
	public record Series(String name, Role role, List<Double> x, List<Double> y, List<Double> low,
			List<Double> high) {
		public Series {
			x = List.copyOf(x);
			y = List.copyOf(y);
			low = List.copyOf(low);
			high = List.copyOf(high);
		}

		public boolean hasRange() {
			return !low.isEmpty() && low.size() == y.size() && high.size() == y.size();
		}

		public static double[] array(List<Double> values) {
			return values.stream().mapToDouble(Double::doubleValue).toArray();
		}
	}

	public ChartModel {
		categories = List.copyOf(categories);
		series = List.copyOf(series);
	}

	public boolean isCategorical() {
		return !categories.isEmpty();
	}
}

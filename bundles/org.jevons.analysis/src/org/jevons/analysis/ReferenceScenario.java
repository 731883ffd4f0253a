package org.jevons.analysis;

import java.util.List;

/**
 * A published trajectory a projection can be held against (data-centre electricity), with its source.
 *
 * @param name   as written after {@code reference} in a projection
 * @param title  the publication and case
 * @param scope  what the numbers cover (world data centres, US data centres)
 * @param source the publication, for the reports
 * @param points published years, in J per year
 */
public record ReferenceScenario(String name, String title, String scope, String source, List<Point> points) {
	public ReferenceScenario {
		points = List.copyOf(points);
	}

	/** One published year: a single value (low = central = high) or a range around a central value. */
	public record Point(int year, double low, double central, double high) {
		/** Relative distance of x from the band [low, high]: 0 inside, (low − x)/low below, (x − high)/high above. */
		public double deviation(double x) {
			return x < low ? (low - x) / low : x > high ? (x - high) / high : 0;
		}
	}
}

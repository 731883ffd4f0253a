package org.jevons.report;

import org.jevons.analysis.Estimate;

/**
 * A unit a value is shown in.
 *
 * @param symbol as printed ({@code kWh}, {@code 1})
 * @param size   how many SI units one of it is (kWh: 3.6e6 J)
 */
public record Unit(String symbol, double size) {

	/** The SI value in this unit. */
	public double of(double si) {
		return si / size;
	}

	public Estimate of(Estimate si) {
		return si.times(1 / size);
	}
}

package org.jevons.analysis;

import java.util.Optional;

/**
 * A computed value: the nominal figure (every input at its nominal value) and, when any input is uncertain, the
 * 5th, 50th and 95th percentiles of the Monte Carlo samples.
 */
public record Estimate(double nominal, Optional<Percentiles> percentiles) {

	/** p05 ≤ p50 ≤ p95 of the sampled distribution. */
	public record Percentiles(double p05, double p50, double p95) {
		public Percentiles {
			if (!(p05 <= p50 && p50 <= p95)) {
				throw new IllegalArgumentException("percentiles out of order: " + p05 + ", " + p50 + ", " + p95);
			}
		}
	}

	public static Estimate exact(double nominal) {
		return new Estimate(nominal, Optional.empty());
	}

	public static Estimate uncertain(double nominal, double p05, double p50, double p95) {
		return new Estimate(nominal, Optional.of(new Percentiles(p05, p50, p95)));
	}

	public boolean isUncertain() {
		return percentiles.isPresent();
	}

	/** The same estimate scaled by a factor (unit conversion); a negative factor swaps the tails. */
	public Estimate times(double factor) {
		return new Estimate(nominal * factor, percentiles.map(p -> factor >= 0
				? new Percentiles(p.p05() * factor, p.p50() * factor, p.p95() * factor)
				: new Percentiles(p.p95() * factor, p.p50() * factor, p.p05() * factor)));
	}
}

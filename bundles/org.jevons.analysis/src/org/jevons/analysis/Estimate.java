package org.jevons.analysis;

import java.util.Optional;

/**
 * A computed value: the nominal figure (every input at its nominal value) and, when any input is uncertain, the
 * 5th, 50th and 95th percentiles of the Monte Carlo samples.
 * <p>
 * The project has one central value policy: every view (reports, hovers, code minings, charts) shows
 * {@link #central()}, the nominal value, with the 90 % range {@code [p05–p95]} beside it, and every
 * {@code expect} tests the nominal value unless it names another {@link Statistic}. The nominal value is
 * reproducible without sampling and is what a hand calculation from the written inputs gives.
 */
public record Estimate(double nominal, Optional<Percentiles> percentiles) {

	/** The word every view uses for the central value ("nominal"). */
	public static final String CENTRAL = "nominal";

	/** Which value of an estimate is meant: the central (nominal) one, or a percentile of the samples. */
	public enum Statistic {
		NOMINAL("nominal"), P05("p05"), P50("p50"), P95("p95");

		private final String word;

		Statistic(String word) {
			this.word = word;
		}

		/** As written in an {@code expect} and in the reports. */
		public String word() {
			return word;
		}

		/** This value of an estimate; a percentile of an exact estimate is its nominal value. */
		public double of(Estimate e) {
			return switch (this) {
			case NOMINAL -> e.nominal();
			case P05 -> e.percentiles().map(Percentiles::p05).orElse(e.nominal());
			case P50 -> e.percentiles().map(Percentiles::p50).orElse(e.nominal());
			case P95 -> e.percentiles().map(Percentiles::p95).orElse(e.nominal());
			};
		}

		/** {@code p95} → P95; unknown words are empty. */
		public static Optional<Statistic> parse(String word) {
			for (Statistic s : values()) {
				if (s.word.equalsIgnoreCase(word.trim())) {
					return Optional.of(s);
				}
			}
			return Optional.empty();
		}
	}

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

	/** The value every view shows and every {@code expect} tests by default: the nominal value. */
	public double central() {
		return nominal;
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

package org.jevons.analysis.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;

import org.jevons.analysis.Cancellation;
import org.junit.jupiter.api.Test;

/**
 * {@code --samples auto} against distributions whose percentile errors are known by hand: the standard error of
 * the q-quantile of n samples is √(q(1−q)/n) / f(x_q), f the density. For U(a, b) that is (b − a)·√(q(1−q)/n).
 * The batch-means estimate of that error has 19 degrees of freedom (about ±30 % at 95 %), so the chosen count is
 * checked to lie within half and four times the hand-derived one (the search at least doubles per step).
 */
class AdaptiveSamplingTest {
	private static final AdaptiveSampling.Rule RULE = AdaptiveSampling.Rule.DEFAULT;

	/** Sample i of U(a, b), drawn by the counter-based generator as the engine draws any input. */
	static SampleStream uniform(double a, double b) {
		return map(u -> a + u * (b - a));
	}

	static SampleStream map(DoubleUnaryOperator f) {
		long key = CounterRandom.key(7, 11);
		return new SampleStream() {
			@Override
			public int width() {
				return 1;
			}

			@Override
			public Cursor cursor() {
				return (first, n, out) -> {
					for (int i = 0; i < n; i++) {
						out[0][i] = f.applyAsDouble(CounterRandom.uniform(key, first + i));
					}
				};
			}
		};
	}

	/** n at which the relative 95 % half-width of the q-quantile of U(a, b) is the rule's precision. */
	static double needed(double a, double b, double q) {
		double x = a + q * (b - a);
		double z = 1.96 * (b - a) * Math.sqrt(q * (1 - q)) / (RULE.precision() * x);
		return z * z;
	}

	static AdaptiveSampling.Choice choose(SampleStream stream, AdaptiveSampling.Rule rule) {
		return AdaptiveSampling.choose(List.of(new AdaptiveSampling.Target("X energy", stream)), rule, true,
				Cancellation.NONE);
	}

	@Test
	void nothingUncertainStopsAtTheMinimum() {
		AdaptiveSampling.Choice choice = AdaptiveSampling.choose(List.of(), RULE, true, Cancellation.NONE);
		assertEquals(10_000, choice.samples());
		assertEquals(Optional.empty(), choice.widest());
		assertEquals("10 000 samples (the minimum: no headline figure is uncertain)", choice.describe());
	}

	@Test
	void aConstantFigureStopsAtTheMinimum() {
		AdaptiveSampling.Choice choice = choose(map(u -> 3.0), RULE);
		assertEquals(10_000, choice.samples());
		assertEquals(0.0, choice.precision());
		assertFalse(choice.capped());
	}

	@Test
	void aNarrowDistributionNeedsAFewTimesTheMinimum() {
		// U(1, 2): the median needs the most, (1.96 · 0.5 / (0.005 · 1.5))² ≈ 17 100 samples
		assertEquals(17_074, needed(1, 2, 0.5), 1);
		AdaptiveSampling.Choice choice = choose(uniform(1, 2), RULE);
		assertTrue(choice.samples() > 10_000 && choice.samples() <= 4 * 17_074, choice.describe());
		assertTrue(choice.precision() <= 0.005, choice.describe());
		assertTrue(choice.describe().startsWith(String.format("%,d", choice.samples()).replace(',', ' ')
				+ " samples: p05, p50 and p95 of every headline figure within ±0.50 % at 95 % confidence (widest ±0."),
				choice.describe());
	}

	@Test
	void aWideDistributionNeedsMillions() {
		// U(1, 100): p05 = 5.95 has a standard error of 99 · √(0.05 · 0.95 / n), about 2.0 M samples
		assertEquals(2.02e6, needed(1, 100, 0.05), 0.01e6);
		AdaptiveSampling.Choice choice = choose(uniform(1, 100), RULE);
		assertTrue(choice.samples() >= 2.02e6 / 2 && choice.samples() <= 4 * 2.02e6, choice.describe());
		assertEquals(Optional.of("X energy p05"), choice.widest());
	}

	@Test
	void theMaximumEndsTheSearchAndSaysWhatIsMissing() {
		AdaptiveSampling.Choice choice = choose(uniform(1, 100), new AdaptiveSampling.Rule(0.005, 10_000, 50_000));
		assertEquals(50_000, choice.samples());
		assertTrue(choice.capped());
		assertTrue(choice.describe().startsWith("50 000 samples (the maximum): the widest percentile is ±"),
				choice.describe());
		assertTrue(choice.describe().endsWith("(X energy p05), not yet ±0.50 %"), choice.describe());
	}

	@Test
	void theChoiceDoesNotDependOnThreads() {
		AdaptiveSampling.Target t = new AdaptiveSampling.Target("X", uniform(1, 3));
		assertEquals(AdaptiveSampling.choose(List.of(t), RULE, true, Cancellation.NONE),
				AdaptiveSampling.choose(List.of(t), RULE, false, Cancellation.NONE));
	}

	@Test
	void aFigureThatIsNotANumberIsNotWaitedFor() {
		assertEquals(10_000, choose(map(u -> u < 0.5 ? Double.NaN : u), RULE).samples());
	}

	@Test
	void countsAreRoundedUpToTwoDigits() {
		assertEquals(99, AdaptiveSampling.roundUp(99));
		assertEquals(110, AdaptiveSampling.roundUp(101));
		assertEquals(19_000, AdaptiveSampling.roundUp(18_812));
		assertEquals(20_000, AdaptiveSampling.roundUp(20_000));
	}
}

package org.jevons.analysis.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Percentiles by histogram selection are exactly the interpolated order statistics of the sorted samples. */
class QuantilesTest {
	static void assertSameAsSorting(double[] samples) {
		double[] sorted = samples.clone();
		Arrays.sort(sorted);
		var p = Quantiles.of(samples).orElseThrow();
		assertEquals(Quantiles.at(sorted, 0.05), p.p05());
		assertEquals(Quantiles.at(sorted, 0.50), p.p50());
		assertEquals(Quantiles.at(sorted, 0.95), p.p95());
	}

	/** Between two infinite order statistics (∞ − ∞ is NaN) the nearer one; elsewhere the plain interpolation. */
	@org.junit.jupiter.api.Test
	void infiniteOrderStatisticsGiveInfinitePercentiles() {
		double inf = Double.POSITIVE_INFINITY;
		assertEquals(inf, Quantiles.between(inf, inf, 0.3));
		assertEquals(-inf, Quantiles.between(-inf, inf, 0.3));
		assertEquals(inf, Quantiles.between(-inf, inf, 0.7));
		assertEquals(inf, Quantiles.between(5, inf, 0.3));
		assertEquals(5.0, Quantiles.between(5, inf, 0));
		assertEquals(6.5, Quantiles.between(5, 10, 0.3));
		assertTrue(Double.isNaN(Quantiles.between(Double.NaN, 1, 0.5)));
		double[] samples = new double[2_000];
		Arrays.fill(samples, 100, 2_000, inf);
		assertSameAsSorting(samples);
		assertEquals(inf, Quantiles.of(samples).orElseThrow().p50());
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 1023, 1024, 1025, 10_000, 99_999, 2_000_003 })
	void equalsSortingForSkewedTiedAndSignedSamples(int n) {
		SplittableRandom random = new SplittableRandom(n);
		double[] skewed = new double[n], tied = new double[n], signed = new double[n];
		for (int i = 0; i < n; i++) {
			double u = random.nextDouble();
			skewed[i] = Math.exp(30 * u) * 1e-3; // heavy right tail: most samples fall in the first bins
			tied[i] = Math.floor(u * 7);
			signed[i] = u - 0.5 == 0 ? -0.0 : (u - 0.5) * 1e9;
		}
		double[] original = skewed.clone();
		assertSameAsSorting(skewed);
		assertSameAsSorting(tied);
		assertSameAsSorting(signed);
		assertTrue(Arrays.equals(original, skewed), "the samples are not reordered");
	}

	@ParameterizedTest
	@ValueSource(ints = { 5, 5000 })
	void edgeCases(int n) {
		double[] constant = new double[n];
		Arrays.fill(constant, 3.25);
		assertSameAsSorting(constant);
		double[] zeros = new double[n];
		zeros[n / 2] = -0.0;
		assertSameAsSorting(zeros);
		if (n > 100) {
			// infinities away from the interpolated positions (there the sorted path gives NaN, as it always did)
			double[] infinite = new double[n];
			Arrays.setAll(infinite, i -> i);
			infinite[0] = Double.NEGATIVE_INFINITY;
			infinite[n - 1] = Double.POSITIVE_INFINITY;
			assertSameAsSorting(infinite);
		}
		double[] huge = new double[n];
		Arrays.setAll(huge, i -> i % 2 == 0 ? -Double.MAX_VALUE / (i + 1) : Double.MAX_VALUE / (i + 1));
		assertSameAsSorting(huge);
		double[] nan = new double[n];
		nan[n - 2] = Double.NaN;
		assertTrue(Quantiles.of(nan).isEmpty());
	}
}

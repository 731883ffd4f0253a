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

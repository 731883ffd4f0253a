package org.jevons.analysis.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.jevons.analysis.spec.Value;
import org.junit.jupiter.api.Test;

class EngineTest {
	@Test
	void quantilesInterpolateBetweenOrderStatistics() {
		// 0..100: q·(n−1) = 5, 50, 95 exactly
		double[] values = new double[101];
		Arrays.setAll(values, i -> 100 - i);
		var p = Quantiles.of(values).orElseThrow();
		assertEquals(5, p.p05());
		assertEquals(50, p.p50());
		assertEquals(95, p.p95());
		assertEquals(2.5, Quantiles.at(new double[] { 0, 10 }, 0.25));
	}

	@Test
	void uniformDrawsAreUniform() {
		double sum = 0;
		int n = 200_000;
		for (int i = 0; i < n; i++) {
			double u = CounterRandom.uniform(5, 77, i);
			assertTrue(u > 0 && u < 1);
			sum += u;
		}
		assertEquals(0.5, sum / n, 0.003);
	}

	@Test
	void triangularInverseCdf() {
		// min 0, mode 1, max 4: F(mode) = 1/4; median solves 1 − (4 − x)²/12 = 1/2 → x = 4 − √6 = 1.550510
		Parameter p = Parameter.declared("o", "x", Value.triangular(0, 1, 4));
		assertEquals(1, p.quantile(0.25), 1e-12);
		assertEquals(4 - Math.sqrt(6), p.quantile(0.5), 1e-12);
		assertEquals(0, p.quantile(0), 1e-12);
		assertEquals(4, p.quantile(1), 1e-12);
	}

	@Test
	void sameDeclaredValueSameStream() {
		assertEquals(Parameter.streamOf("Llama", "model.active"), Parameter.streamOf("Llama", "model.active"));
		assertTrue(Parameter.streamOf("Llama", "model.active") != Parameter.streamOf("R1", "model.active"));
	}
}

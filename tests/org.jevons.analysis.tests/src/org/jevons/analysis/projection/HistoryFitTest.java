package org.jevons.analysis.projection;

import static org.jevons.analysis.Fixtures.origin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;

import org.jevons.analysis.spec.Specs.Observation;
import org.jevons.analysis.spec.Value;
import org.junit.jupiter.api.Test;

/** Least squares in logs: ln D = a + τ·ln(1 + G) − ε·ln P. */
class HistoryFitTest {
	static Observation point(int year, double demand, double price) {
		return new Observation(origin(year - 2000), year, demand, price);
	}

	@Test
	void exactDataIsRecoveredWithoutUncertainty() {
		// D = 100·1.3^τ·P^−1.4 with prices that do not fall at a constant rate
		double[] prices = { 10, 6, 4.5, 2, 1.5 };
		List<Observation> history = new java.util.ArrayList<>();
		for (int t = 0; t < prices.length; t++) {
			history.add(point(2021 + t, 100 * Math.pow(1.3, t) * Math.pow(prices[t], -1.4), prices[t]));
		}
		HistoryFit.Fit fit = assertFit(history, Optional.empty());
		assertEquals(1.4, fit.elasticity().nominal(), 1e-9);
		assertEquals(0.3, fit.growth().nominal(), 1e-9);
		assertEquals(1, fit.rSquared(), 1e-12);
		assertEquals(0, fit.elasticitySe(), 1e-6);
	}

	@Test
	void twoPointsWithStatedGrowthGiveTheElasticity() {
		// ε = −(ln(D1/D0) − ln 1.3)/ln(P1/P0) = −(ln 5 − ln 1.3)/ln 0.25 = 0.971708
		HistoryFit.Fit fit = assertFit(List.of(point(2023, 1, 20), point(2024, 5, 5)), Optional.of(Value.of(0.3)));
		assertEquals(0.971708, fit.elasticity().nominal(), 1e-6);
		assertEquals(0.3, fit.growth().nominal());
	}

	@Test
	void noisyDataHasAStandardError() {
		// y = ln D regressed on ln P with growth 0 stated: points (ln P, y) = (0, 0), (ln 2, −ln 2·1.2 + 0.05),
		// (ln 4, −ln 4·1.2 − 0.05), (ln 8, −ln 8·1.2 + 0.02). Slope and its SE computed by hand in the comment below.
		double l2 = Math.log(2);
		double[] x = { 0, l2, 2 * l2, 3 * l2 };
		double[] noise = { 0, 0.05, -0.05, 0.02 };
		List<Observation> history = new java.util.ArrayList<>();
		for (int i = 0; i < 4; i++) {
			history.add(point(2020 + i, Math.exp(-1.2 * x[i] + noise[i]), Math.exp(x[i])));
		}
		// slope = Sxy/Sxx; x̄ = 1.5·l2, Sxx = 5·l2²; residual noise adds Σ(x − x̄)·noise = l2·(−1.5·0 − 0.5·0.05
		// + 0.5·(−0.05) + 1.5·0.02) = −0.02·l2 → slope = −1.2 − 0.004/l2
		double slope = -1.2 - 0.004 / l2;
		HistoryFit.Fit fit = assertFit(history, Optional.of(Value.of(0)));
		assertEquals(-slope, fit.elasticity().nominal(), 1e-12);
		double intercept = 0 - slope * 1.5 * l2; // ȳ − slope·x̄ with ȳ = (Σ(−1.2x) + 0.02)/4 + 1.8·l2 … computed:
		double ybar = 0, rss = 0;
		double[] y = new double[4];
		for (int i = 0; i < 4; i++) {
			y[i] = -1.2 * x[i] + noise[i];
			ybar += y[i] / 4;
		}
		intercept = ybar - slope * 1.5 * l2;
		for (int i = 0; i < 4; i++) {
			double r = y[i] - intercept - slope * x[i];
			rss += r * r;
		}
		assertEquals(Math.sqrt(rss / 2 / (5 * l2 * l2)), fit.elasticitySe(), 1e-12);
		assertEquals(Math.sqrt(6) * fit.elasticitySe(), fit.elasticity().max() - fit.elasticity().nominal(), 1e-12);
	}

	@Test
	void constantPriceDeclineCannotSeparateGrowthFromElasticity() {
		List<Observation> history = List.of(point(2021, 1, 8), point(2022, 2, 4), point(2023, 4, 2));
		assertThrows(HistoryFit.Unidentified.class, () -> HistoryFit.fit(history, Optional.empty()));
	}

	@Test
	void tooFewPoints() {
		assertThrows(HistoryFit.Unidentified.class,
				() -> HistoryFit.fit(List.of(point(2021, 1, 8), point(2022, 2, 4)), Optional.empty()));
	}

	private static HistoryFit.Fit assertFit(List<Observation> history, Optional<Value> growth) {
		try {
			return HistoryFit.fit(history, growth);
		} catch (HistoryFit.Unidentified e) {
			throw new AssertionError(e.getMessage(), e);
		}
	}
}

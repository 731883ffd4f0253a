package org.jevons.analysis.projection;

import static org.jevons.analysis.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.jevons.analysis.ProjectionResult;
import org.jevons.analysis.StudyResult;
import org.jevons.analysis.spec.Specs.Pricing;
import org.jevons.analysis.spec.Specs.Projection;
import org.jevons.analysis.spec.Value;
import org.junit.jupiter.api.Test;

/**
 * The price model of issue 12, 10 years at 20 %/year efficiency gain (η = 0.8¹⁰ = 0.1073742), ε = 1.5. Energy
 * cost share φ = 0.3, decoupled: P/P_cf = φη + 1 − φ = 0.7322123, D/D_cf = 0.7322123^−1.5 = 1.596043,
 * E/E_cf = η·1.596043 = 0.1713738, R = 1 − (1 − 0.1713738)/(1 − η) = 0.0716981, break-even
 * ε = ln η / ln 0.7322123 = 7.159269. Coupled (price tracks energy per request): R = 3.298564, break-even 1.
 */
class PriceModelTest {
	static Projection projection(String name, Pricing pricing, Optional<Value> saturation) {
		return new Projection(name, origin(20), ProjectionAcceptanceTest.CHAT, 2025, 2035, Optional.of(v(0.30)),
				v(0.20), Optional.of(v(1.5)), Optional.empty(), pricing, List.of(), saturation, Optional.empty(),
				Optional.empty(), Optional.empty(), List.of());
	}

	static ProjectionResult run(Projection projection) {
		StudyResult result = analyze(study(List.of(), List.of(ProjectionAcceptanceTest.CHAT), List.of(),
				List.of(projection), List.of(), List.of()));
		return result.projections().get(0);
	}

	@Test
	void decoupledEnergyShareGivesSmallRebound() {
		ProjectionResult p = run(projection("Decoupled", new Pricing(v(0.3), v(0), false), Optional.empty()));
		assertEquals(0.7322123, nominal(p, "price_ratio"), 1e-7);
		assertEquals(1.596043, nominal(p, "demand_ratio"), 1e-6);
		assertEquals(0.1713738, nominal(p, "energy_ratio"), 1e-7);
		assertEquals(0.0716981, nominal(p, "rebound"), 1e-7);
		assertEquals(7.159269, nominal(p, "break_even_elasticity"), 1e-6);
		assertFalse(p.backfire());
	}

	@Test
	void coupledIsTodaysModel() {
		ProjectionResult p = run(projection("Coupled", new Pricing(v(0.3), v(0), true), Optional.empty()));
		assertEquals(0.1073742, nominal(p, "price_ratio"), 1e-7);
		assertEquals(3.298564, nominal(p, "rebound"), 1e-6);
		assertEquals(1.0, nominal(p, "break_even_elasticity"), 1e-12);
		assertTrue(p.backfire());
	}

	@Test
	void otherCostTrendFallsInTheCounterfactualToo() {
		// c = −20 %/year: other = 0.7·0.8¹⁰ = 0.0751619; P = 0.3η + other = 0.1073742, P_cf = 0.3 + other
		// = 0.3751619, ratio 0.2862076; E/E_cf = η·0.2862076^−1.5 = 0.7012586; R = 0.6653229; break-even
		// ln η / ln 0.2862076 = 1.783667
		ProjectionResult p = run(projection("Trend", new Pricing(v(0.3), v(-0.2), false), Optional.empty()));
		assertEquals(0.2862076, nominal(p, "price_ratio"), 1e-7);
		assertEquals(0.6653229, nominal(p, "rebound"), 1e-7);
		assertEquals(1.783667, nominal(p, "break_even_elasticity"), 1e-6);
	}

	@Test
	void saturationCapsDemandLogistically() {
		// coupled, ceiling S = 1000·A0: x = D_u/A0; D/A0 = 1000x/(x + 999). Counterfactual x = 1.3¹⁰ = 13.78585 →
		// 13.61168; actual x = 13.78585·η^−1.5 → E(2035)/E(2025) = η·D/A0 = 30.24917, R = 2.369301; break-even
		// solves η·1000x/(x + 999) = 13.61168 with x = 13.78585·η^−ε: ε = 1.054606
		Value ceiling = v(1000 * 1e9 / 86_400);
		ProjectionResult p = run(projection("Saturating", new Pricing(v(1), v(0), false), Optional.of(ceiling)));
		assertEquals(30.24917, p.growth(), 1e-4);
		assertEquals(2.369301, nominal(p, "rebound"), 1e-6);
		assertEquals(1.054606, nominal(p, "break_even_elasticity"), 1e-6);
	}

	@Test
	void tightSaturationMakesBackfireImpossible() {
		// S = 3·A0: even unbounded demand reaches only 3·A0, and η·3 < E_cf/E(2025) = 3·13.78585/15.78585:
		// no elasticity breaks even, so the figure is absent and an info says why
		ProjectionResult p = run(projection("Ceiling", new Pricing(v(1), v(0), false), Optional.of(v(3e9 / 86_400))));
		assertTrue(p.figure("break_even_elasticity").isEmpty());
		assertTrue(p.problems().stream().anyMatch(x -> x.message().contains("no break-even")));
	}

	@Test
	void solverIsExactForLinearFunctions() {
		assertEquals(0.25, ReboundModel.solve(e -> 4 * e - 1), 1e-15);
		assertEquals(-3, ReboundModel.solve(e -> -(e + 3)), 1e-12);
		assertTrue(Double.isNaN(ReboundModel.solve(e -> 1 + e * e)));
	}
}

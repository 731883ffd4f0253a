package org.jevons.analysis.projection;

import static org.jevons.analysis.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.jevons.analysis.Fixtures.InferenceBuilder;
import org.jevons.analysis.ProjectionResult;
import org.jevons.analysis.Settings;
import org.jevons.analysis.StudyResult;
import org.jevons.analysis.spec.Specs.Adoption;
import org.jevons.analysis.spec.Specs.Inference;
import org.jevons.analysis.spec.Specs.Precision;
import org.jevons.analysis.spec.Specs.Projection;
import org.jevons.analysis.spec.Value;
import org.junit.jupiter.api.Test;

/** projection_closed_form.energy: E(t)/E(t0) = (1+G)^τ · (1−g)^(τ·(1−ε)). */
class ProjectionAcceptanceTest {
	static final Inference CHAT = InferenceBuilder.of("Chat", dense("M", 70e9, Precision.BF16),
			on(1, h100(), datacenter("DC", 1.0, 400)), 100, 0, 500, 8).energyPerToken(v(1.0)).requestsPerDay(1e9)
			.build();

	static Projection projection(String name, Inference workload, Value elasticity, Optional<Adoption> share) {
		return new Projection(name, origin(20), workload, 2025, 2035, v(0.30), v(0.20), elasticity, share);
	}

	static final StudyResult RESULT = analyze(study(List.of(), List.of(CHAT), List.of(),
			List.of(projection("Backfire", CHAT, v(1.5), Optional.empty()),
					projection("Partial", CHAT, v(0.5), Optional.empty())),
			List.of(), List.of()));

	static ProjectionResult result(StudyResult study, String name) {
		return study.projections().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
	}

	@Test
	void backfireGrowth() {
		// 1.3^10 · 0.8^(10·(1 − 1.5)) = 13.785849 · 3.0517578 = 42.071; checks.py 41.6 .. 42.5
		ProjectionResult p = result(RESULT, "Backfire");
		assertEquals(11, p.years().size());
		assertEquals(42.0711, p.growth(), 1e-4);
		assertTrue(p.backfire());
	}

	@Test
	void partialReboundGrowth() {
		// 1.3^10 · 0.8^5 = 13.785849 · 0.32768 = 4.51735; checks.py 4.47 .. 4.57
		ProjectionResult p = result(RESULT, "Partial");
		assertEquals(4.51735, p.growth(), 1e-5);
		assertFalse(p.backfire());
	}

	@Test
	void firstYearEnergyIsEnergyPerRequestTimesRequests() {
		// prefill 2 · 70e9 · 100 / (989e12 · 0.5) = 0.0283114 s at 0.27 · 700 + 0.73 · 700 · 0.87 = 633.57 W (no idle
		// stated: idle fraction) → 17.9373 J; e0 = 17.9373 + 500 · 1 J = 517.9373 J; A0 = 1e9 · 365.25 → E(2025)
		// = 1.891766e14 J
		assertEquals(1.891766e14, result(RESULT, "Partial").energy().get(0).nominal(), 1e8);
	}

	@Test
	void reboundFigures() {
		// R = 1 − (1 − 0.8^(10(1−ε))) / (1 − 0.8^10): ε = 1.5 → 3.298564; ε = 0.5 → 0.246806.
		// Break-even ε (R = 1) is 1 when price tracks energy per request; flat total energy needs
		// ε = 1 + ln(1.3)/ln(0.8) = −0.175764 (demand growth alone outpaces the efficiency gain).
		assertEquals(3.298564, nominal(result(RESULT, "Backfire"), "rebound"), 1e-6);
		assertEquals(0.246806, nominal(result(RESULT, "Partial"), "rebound"), 1e-6);
		assertEquals(1.0, nominal(result(RESULT, "Partial"), "break_even_elasticity"), 1e-12);
		assertEquals(-0.175764, nominal(result(RESULT, "Partial"), "flat_energy_elasticity"), 1e-6);
	}

	@Test
	void counterfactualHasNoEfficiencyGain() {
		// E_0(2035) = E(2025) · 1.3^10
		ProjectionResult p = result(RESULT, "Partial");
		assertEquals(p.energy().get(0).nominal() * Math.pow(1.3, 10), p.counterfactualEnergy().get(10).nominal(),
				1e3);
	}

	@Test
	void carbonSeriesUsesTheWorkloadGrid() {
		// 400 g/kWh: carbon(2025) = 1.891766e14 J / 3.6e6 · 0.4 kg = 2.101962e7 kg
		assertEquals(2.101962e7, result(RESULT, "Partial").carbon().get(0).nominal(), 10);
	}

	@Test
	void reasoningShareMovesTheMixLogistically() {
		// R1-like workload: 150 prompt, 1100 reasoning, 550 answer at 2 J/token; share 10 % → 60 %, midpoint 2030.
		// The normalised logistic gives exactly 10 % in 2025, 60 % in 2035, 35 % in 2030 (symmetric).
		// With no efficiency gain and ε irrelevant: E(t) = e_mix(t) · A(t); e_plain = p + 1100 J,
		// e_reasoning = p + 3300 J with p = prefill 26.4739 J.
		Inference r1 = InferenceBuilder.of("R1", dense("L", 70.6e9, Precision.BF16),
				on(1, accelerator("H100", Precision.BF16, 989, o(700), o(70), 3.35), datacenter("DC", 1.0, 400)),
				150, 1100, 550, 8).energyPerToken(v(2.0)).requestsPerDay(1e6).build();
		Projection mix = new Projection("Mix", origin(21), r1, 2025, 2035, v(0), v(0), v(1),
				Optional.of(new Adoption(v(0.10), v(0.60), Optional.of(v(2030)))));
		ProjectionResult p = result(analyze(study(List.of(), List.of(r1), List.of(), List.of(mix), List.of(),
				List.of())), "Mix");
		double prefill = 26.473929;
		double requests = 1e6 * 365.25;
		assertEquals((0.9 * (prefill + 1100) + 0.1 * (prefill + 3300)) * requests, p.energy().get(0).nominal(),
				requests * 1e-3);
		assertEquals((0.65 * (prefill + 1100) + 0.35 * (prefill + 3300)) * requests, p.energy().get(5).nominal(),
				requests * 1e-3);
		assertEquals((0.4 * (prefill + 1100) + 0.6 * (prefill + 3300)) * requests, p.energy().get(10).nominal(),
				requests * 1e-3);
	}

	@Test
	void uncertainElasticityGivesPercentilesAndBackfireProbability() {
		// ε ~ U(0.6, 1.4): backfire iff ε > 1, probability 0.5; growth at ε: 13.785849 · 0.8^(10(1−ε)),
		// p05 at ε = 0.64: 13.785849 · 0.8^3.6 = 6.17387; p95 at ε = 1.36: 13.785849 · 0.8^-3.6 = 30.78290
		StudyResult uncertain = analyze(study(List.of(), List.of(CHAT), List.of(),
				List.of(projection("Range", CHAT, Value.uniform(0.6, 1.4), Optional.empty())), List.of(), List.of()),
				new Settings(20_000, 11, 2));
		ProjectionResult p = result(uncertain, "Range");
		assertEquals(0.5, nominal(p, "backfire_probability"), 0.02);
		var growth = p.figure("energy_growth").orElseThrow().estimate().percentiles().orElseThrow();
		assertEquals(6.17387, growth.p05(), 6.17387 * 0.01);
		assertEquals(30.78290, growth.p95(), 30.78290 * 0.01);
	}
}

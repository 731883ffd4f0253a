package org.jevons.analysis.expect;

import static org.jevons.analysis.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.jevons.analysis.ExpectationResult;
import org.jevons.analysis.Fixtures.TrainingBuilder;
import org.jevons.analysis.StudyResult;
import org.jevons.analysis.inference.InferenceAcceptanceTest;
import org.jevons.analysis.spec.Specs.Expectation;
import org.jevons.analysis.spec.Specs.Inference;
import org.jevons.analysis.spec.Specs.Operator;
import org.jevons.analysis.spec.Specs.Precision;
import org.jevons.analysis.spec.Specs.Projection;
import org.jevons.analysis.spec.Specs.Training;
import org.jevons.analysis.spec.Value;
import org.junit.jupiter.api.Test;

class ExpectationTest {
	static final Inference R1 = InferenceAcceptanceTest.r1Chat();

	static ExpectationResult check(Expectation e) {
		Projection p = new Projection("Growth", origin(9), R1, 2025, 2030, v(0.3), v(0.2), v(0.5), Optional.empty());
		StudyResult result = analyze(study(List.of(), List.of(R1), List.of(), List.of(p), List.of(), List.of(e)));
		return result.expectations().get(0);
	}

	@Test
	void aBrokenBudgetIsAFailedResultWithActualAndLimit() {
		ExpectationResult e = check(expect("R1_chat energy per request <= 0.5 Wh", "R1_chat", "energy per request",
				Operator.LE, 0.5 * WH));
		assertFalse(e.passed());
		assertEquals(3326.4739, e.actual().orElseThrow().nominal(), 1e-3);
		assertEquals(0.5 * WH, e.limit());
		assertEquals(List.of(), e.problems(), "a missed budget is a verdict, not a problem of the model");
	}

	@Test
	void annualEnergyMetric() {
		// 337 349.5 kWh per year > 300 MWh
		assertTrue(check(expect("R1_chat energy per year > 300 MWh", "R1_chat", "energy per year", Operator.GT,
				300e3 * KWH)).passed());
	}

	@Test
	void unknownTargetFailsWithAReason() {
		ExpectationResult e = check(expect("Nobody energy <= 1 Wh", "Nobody", "energy", Operator.LE, 1));
		assertFalse(e.passed());
		assertTrue(e.actual().isEmpty());
		assertTrue(e.problems().get(0).message().contains("Nobody"));
	}

	@Test
	void aMetricWithoutInputsFailsWithAReason() {
		ExpectationResult e = check(expect("R1_chat cost per year <= 1 USD", "R1_chat", "cost per year", Operator.LE,
				1));
		assertFalse(e.passed());
		assertTrue(e.problems().get(0).message().contains("has no cost per year"), e.problems().toString());
	}

	/**
	 * A percentile budget tests the workload's Monte Carlo percentile, which is computed after the workload
	 * analyses and plugins and before expectations run. energy = 10⁶ accelerator-hours × P × PUE 1.1 with
	 * P ~ U(500, 1000) W: p95 = 975 W → 1.0725 · 10⁶ kWh (the nominal 750 W would give 0.825 · 10⁶ kWh).
	 */
	@Test
	void aPercentileBudgetTestsTheWorkloadsPercentile() {
		Training training = TrainingBuilder.of("Uncertain", dense("D", 70e9, Precision.BF16),
				on(1024, h100(), datacenter("DC", 1.1, 400)), Precision.BF16).acceleratorHours(1e6)
				.averagePower(Value.uniform(500, 1000)).build();
		StudyResult result = analyze(study(List.of(training), List.of(), List.of(), List.of(), List.of(),
				List.of(expect("Uncertain p95 energy <= 1 GWh", "Uncertain", "p95 energy", Operator.LE, 1e6 * KWH))));
		ExpectationResult e = result.expectations().get(0);
		assertEquals(1.0725e6 * KWH, e.tested().orElseThrow(), 0.005 * 1.0725e6 * KWH);
		assertFalse(e.passed(), "the nominal value would pass, its p95 does not");
	}

	@Test
	void projectionEnergyInAYear() {
		// E(2030) = E(2025) · 1.3^5 · 0.8^(5 · 0.5) = 1.214995e12 J · 3.712930 · 0.572433 = 2.582356e12 J (365.25 d)
		ExpectationResult e = check(new Expectation(origin(41), "Growth energy in 2030 <= 1 GWh", "Growth",
				"energy in", OptionalInt.of(2030), Operator.LE, 1e6 * KWH));
		assertTrue(e.passed());
		assertEquals(2.582356e12, e.actual().orElseThrow().nominal(), 1e7);
	}
}

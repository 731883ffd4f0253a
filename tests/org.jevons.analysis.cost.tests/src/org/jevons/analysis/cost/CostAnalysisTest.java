package org.jevons.analysis.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.jevons.analysis.AnalysisRegistry;
import org.jevons.analysis.Settings;
import org.jevons.analysis.StudyAnalysis;
import org.jevons.analysis.StudyResult;
import org.jevons.analysis.WorkloadResult;
import org.jevons.analysis.spec.Specs.Accelerator;
import org.jevons.analysis.spec.Specs.Architecture;
import org.jevons.analysis.spec.Specs.Datacenter;
import org.jevons.analysis.spec.Specs.Deployment;
import org.jevons.analysis.spec.Specs.Expectation;
import org.jevons.analysis.spec.Specs.Inference;
import org.jevons.analysis.spec.Specs.Model;
import org.jevons.analysis.spec.Specs.Operator;
import org.jevons.analysis.spec.Specs.Origin;
import org.jevons.analysis.spec.Specs.Precision;
import org.jevons.analysis.spec.Specs.Study;
import org.jevons.analysis.spec.Specs.Training;
import org.jevons.analysis.spec.Value;
import org.junit.jupiter.api.Test;

/** The cost plugin, found through ServiceLoader only (training_predicted.energy, V3_reported cost). */
class CostAnalysisTest {
	static final double HOUR = 3600, KWH = 3.6e6;

	static Optional<Value> o(double x) {
		return Optional.of(Value.of(x));
	}

	static Accelerator h800(Optional<Value> rental) {
		return new Accelerator("H800", Map.of(Precision.BF16, Value.of(989e12)), o(700), Optional.empty(),
				o(80e9), o(3.35e12), Optional.empty(), Optional.empty(), rental);
	}

	static Datacenter dc(Optional<Value> price) {
		return new Datacenter("DC", o(1.0), o(0.560 / KWH), Optional.empty(), Optional.empty(), price);
	}

	static final Model V3 = new Model("DeepSeek_V3", Architecture.MOE, Value.of(671e9), Value.of(37e9),
			Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Precision.FP8, Optional.empty());

	static Training v3(String name, Accelerator a, Datacenter d, Optional<Value> mfu, Optional<Value> hours) {
		return new Training(name, new Origin("t.energy", 1, 1), V3, new Deployment(Value.of(2048), a, Optional.empty(),
				Optional.of(d)), Precision.BF16, o(14.8e12), mfu, Optional.empty(), hours, Optional.empty(),
				Optional.empty());
	}

	static StudyResult analyze(List<Training> trainings, List<Inference> inferences, List<Expectation> expectations) {
		AnalysisRegistry registry = AnalysisRegistry.discover();
		assertTrue(registry.contains("cost") && registry.contains("training"), "ServiceLoader finds cost and core");
		return new StudyAnalysis(registry).run(new Study(trainings, inferences, List.of(), List.of(), List.of(),
				expectations), new Settings(10_000, 5, 2));
	}

	static WorkloadResult first(StudyResult result) {
		return result.trainings().get(0);
	}

	@Test
	void v3ReportedRentalCost() {
		// 2.788e6 accelerator-hours × 2 USD/h = 5.576e6 USD; checks.py 5.57e6 .. 5.58e6
		Training t = v3("V3_reported", h800(o(2 / HOUR)), dc(Optional.empty()), Optional.empty(), o(2.788e6 * HOUR));
		WorkloadResult result = first(analyze(List.of(t), List.of(), List.of()));
		assertEquals(5.576e6, result.figure("cost").orElseThrow().nominal(), 1e-3);
		assertFalse(result.figure("energy_cost").isPresent());
	}

	@Test
	void aRentalAlreadyPaysForThePowerSoElectricityIsShownApartNotAdded() {
		// 2.788e6 h × 700 W × 0.8 = 1.56128e6 kWh × 0.08 USD/kWh = 124 902.4 USD, shown as the electricity cost;
		// the cost is the 5.576e6 USD rental alone, and the workload says why
		Training t = v3("Priced", h800(o(2 / HOUR)), dc(o(0.08 / KWH)), Optional.empty(), o(2.788e6 * HOUR));
		WorkloadResult result = first(analyze(List.of(t), List.of(), List.of()));
		assertEquals(124_902.4, result.figure("energy_cost").orElseThrow().nominal(), 1e-3);
		assertEquals(5.576e6, result.figure("cost").orElseThrow().nominal(), 1e-3);
		assertTrue(result.problems().stream().anyMatch(p -> p.message().equals("Priced: the rental price of H800"
				+ " already includes power, so the cost counts the rental only; the electricity cost is shown apart")),
				result.problems().toString());
	}

	@Test
	void withoutARentalTheCostIsTheElectricityBill() {
		Training t = v3("Owned", h800(Optional.empty()), dc(o(0.08 / KWH)), Optional.empty(), o(2.788e6 * HOUR));
		WorkloadResult result = first(analyze(List.of(t), List.of(), List.of()));
		assertEquals(124_902.4, result.figure("cost").orElseThrow().nominal(), 1e-3);
	}

	@Test
	void uncertainMfuPropagatesToCostPerSample() {
		// cost = 2 USD/h × H; H p05/p95 = 2.33624e6 / 3.02563e6 h (see the training acceptance test)
		Training t = v3("V3_uncertain", h800(o(2 / HOUR)), dc(Optional.empty()), Optional.of(Value.uniform(0.3, 0.4)),
				Optional.empty());
		var cost = first(analyze(List.of(t), List.of(), List.of())).figure("cost").orElseThrow().estimate();
		assertEquals(2 * 2.63662e6, cost.nominal(), 20);
		assertEquals(2 * 2.33624e6, cost.percentiles().orElseThrow().p05(), 2 * 2.33624e6 * 0.005);
		assertEquals(2 * 3.02563e6, cost.percentiles().orElseThrow().p95(), 2 * 3.02563e6 * 0.005);
	}

	@Test
	void unpricedWorkloadsHaveNoCostAndAnExpectationOnCostFails() {
		Training t = v3("Unpriced", h800(Optional.empty()), dc(Optional.empty()), Optional.empty(), o(1e6 * HOUR));
		Expectation e = new Expectation(new Origin("t.energy", 9, 1), "Unpriced cost <= 1 USD", "Unpriced", "cost",
				OptionalInt.empty(), Operator.LE, 1);
		StudyResult result = analyze(List.of(t), List.of(), List.of(e));
		assertFalse(first(result).figure("cost").isPresent());
		assertFalse(result.expectations().get(0).passed());
	}

	@Test
	void expectationsSeePluginFigures() {
		// cost 5.576e6 USD <= 6 M USD
		Training t = v3("V3_reported", h800(o(2 / HOUR)), dc(Optional.empty()), Optional.empty(), o(2.788e6 * HOUR));
		Expectation e = new Expectation(new Origin("t.energy", 9, 1), "V3_reported cost <= 6M USD", "V3_reported",
				"cost", OptionalInt.empty(), Operator.LE, 6e6);
		assertTrue(analyze(List.of(t), List.of(), List.of(e)).expectations().get(0).passed());
	}

	@Test
	void inferenceCostPerRequestAndPerYear() {
		// 8 × H800 rental 2 USD/h, batch 256, 500 answer tokens, compute-bound decode (like the Epoch case):
		// t_step = 2 · 100e9 · 256 / (8 · 989e12 · 0.1) = 0.0647118 s; accelerator time per request
		// = 8 · 500 · t_step / 256 = 1.011122 s → 2/3600 · 1.011122 = 5.61735e-4 USD per request
		Model m = new Model("M", Architecture.DENSE, Value.of(100e9), Value.of(100e9), Optional.empty(),
				Optional.empty(), Optional.empty(), Optional.empty(), Precision.BF16, Optional.empty());
		Inference i = new Inference("Q", new Origin("t.energy", 3, 1), m, new Deployment(Value.of(8),
				h800(o(2 / HOUR)), Optional.empty(), Optional.of(dc(Optional.empty()))), Precision.BF16, Value.of(0),
				Value.of(0), Value.of(500), Value.of(256), o(1e6 / 86_400), Optional.empty(), o(0.1), Optional.empty(),
				o(892.5), Optional.empty());
		WorkloadResult result = analyze(List.of(), List.of(i), List.of()).inferences().get(0);
		assertEquals(5.61735e-4, result.figure("cost_per_request").orElseThrow().nominal(), 1e-9);
		assertEquals(5.61735e-4 * 365.25e6, result.figure("annual_cost").orElseThrow().nominal(), 1);
	}
}

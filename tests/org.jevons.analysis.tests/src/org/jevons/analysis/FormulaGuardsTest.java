package org.jevons.analysis;

import static org.jevons.analysis.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.jevons.analysis.Fixtures.InferenceBuilder;
import org.jevons.analysis.Fixtures.TrainingBuilder;
import org.jevons.analysis.spec.Specs.Accelerator;
import org.jevons.analysis.spec.Specs.Inference;
import org.jevons.analysis.spec.Specs.Per;
import org.jevons.analysis.spec.Specs.Precision;
import org.jevons.analysis.spec.Specs.Training;
import org.jevons.analysis.spec.Value;
import org.junit.jupiter.api.Test;

/**
 * Hand-derived figures chosen so that plausible slips in a formula change them: each test names the mutation it
 * guards against. Also: one year everywhere, and one random variable per declared value.
 */
class FormulaGuardsTest {
	static final Accelerator A100 = accelerator("A100", Precision.BF16, 312, o(400), Optional.empty(), 2.039);

	static Training reported(String name, double hours, double flops) {
		return TrainingBuilder.of(name, dense("M", 70e9, Precision.BF16), on(100, A100, datacenter("DC", 1.0, 400)),
				Precision.BF16).acceleratorHours(hours).averagePower(v(400)).flops(flops).build();
	}

	@Test
	void energyPerFlopRatioDividesEachSideByItsOwnCompute() {
		// guards: the right side divided by the left side's flops. A: 1000 h × 400 W = 1.44e9 J for 1e23 FLOP;
		// B: 3000 h × 400 W = 4.32e9 J for 2e23 FLOP → (1.44e9 / 1e23) / (4.32e9 / 2e23) = 2/3
		Training a = reported("A", 1000, 1e23), b = reported("B", 3000, 2e23);
		ComparisonResult c = analyze(study(List.of(a, b), List.of(), List.of(compare(a, b, Per.REQUEST)), List.of(),
				List.of(), List.of())).comparisons().get(0);
		assertEquals(2.0 / 3, nominal(c, "energy_per_flop_ratio"), 1e-12);
		assertEquals(0.5, nominal(c, "flops_ratio"), 1e-12);
	}

	@Test
	void predictedAcceleratorHoursAreAllAcceleratorsTogether() {
		// guards: predicted time divided by n when the time is also reported. C = 6 · 37e9 · 14.8e12 = 3.2856e24;
		// C / (989e12 · 0.35) = 9.491837e9 s = 2 636 621.9 accelerator-hours over the 2048 accelerators together
		Accelerator h800 = accelerator("H800", Precision.BF16, 989, o(700), Optional.empty(), 3.35);
		Training t = TrainingBuilder.of("V3", moe("V3", 671e9, 37e9, Precision.FP8),
				on(2048, h800, datacenter("DC", 1.0, 560)), Precision.BF16).tokens(v(14.8e12)).mfu(v(0.35))
				.duration(57 * DAY).build();
		WorkloadResult r = analyze(study(List.of(t), List.of())).trainings().get(0);
		assertEquals(2_636_621.9, nominal(r, "predicted_accelerator_hours") / HOUR, 0.1);
		assertEquals(2048 * 57 * DAY, nominal(r, "accelerator_hours"), 1e-3);
	}

	@Test
	void requestsRatioOfAPerYearComparisonIsLeftOverRight() {
		// guards: the ratio inverted. 2M /day vs 1M /day → 2
		Inference busy = InferenceBuilder.of("Busy", dense("L", 70e9, Precision.BF16), on(2, A100,
				datacenter("DC", 1.0, 400)), 100, 0, 500, 8).energyPerToken(v(2)).requestsPerDay(2e6).build();
		Inference quiet = InferenceBuilder.of("Quiet", dense("L", 70e9, Precision.BF16), on(2, A100,
				datacenter("DC", 1.0, 400)), 100, 0, 500, 8).energyPerToken(v(2)).requestsPerDay(1e6).build();
		ComparisonResult c = analyze(study(List.of(), List.of(busy, quiet), List.of(compare(busy, quiet, Per.YEAR)),
				List.of(), List.of(), List.of())).comparisons().get(0);
		assertEquals(2.0, nominal(c, "requests_ratio"), 1e-12);
		assertEquals(2.0, nominal(c, "ratio"), 1e-12);
	}

	@Test
	void oneYearEverywhere() {
		// the language's /year unit is the Julian year; per-year figures use the same year
		assertEquals(365.25 * 86_400, Defaults.YEAR);
		Inference daily = InferenceBuilder.of("Daily", dense("L", 70e9, Precision.BF16), on(2, A100,
				datacenter("DC", 1.0, 400)), 100, 0, 500, 8).energyPerToken(v(2)).requestsPerDay(1e6).build();
		WorkloadResult r = analyze(study(List.of(), List.of(daily))).inferences().get(0);
		assertEquals(365.25e6, nominal(r, "requests_per_year"), 1e-3);
	}

	@Test
	void aValueInheritedThroughExtendsIsOneRandomVariable() {
		// B extends A and inherits A's uncertain reasoning length: the same draws on both sides, so the comparison
		// of B with A has no spread at all
		Value reasoning = Value.triangular(600, 1100, 3000).withIdentity("file.energy#A.reasoning");
		Inference a = InferenceBuilder.of("A", dense("L", 70e9, Precision.BF16), on(2, A100, datacenter("DC", 1.0,
				400)), 150, 0, 550, 8).with(v(150), reasoning, v(550), v(8)).energyPerToken(v(2)).build();
		Inference b = InferenceBuilder.of("B", dense("L", 70e9, Precision.BF16), on(2, A100, datacenter("DC", 1.0,
				400)), 150, 0, 550, 8).with(v(150), reasoning, v(550), v(8)).energyPerToken(v(2)).build();
		ComparisonResult c = analyze(study(List.of(), List.of(a, b), List.of(compare(b, a, Per.REQUEST)), List.of(),
				List.of(), List.of())).comparisons().get(0);
		Estimate ratio = c.figure("ratio").orElseThrow().estimate();
		assertEquals(1.0, ratio.nominal(), 1e-12);
		ratio.percentiles().ifPresent(p -> {
			assertEquals(1.0, p.p05(), 1e-12);
			assertEquals(1.0, p.p95(), 1e-12);
		});
	}

	@Test
	void aDenseModelsActiveParametersAreItsParameters() {
		// one input, one tornado bar: varying the parameters moves compute and memory together
		Value parameters = Value.uniform(60e9, 80e9);
		org.jevons.analysis.spec.Specs.Model dense = new org.jevons.analysis.spec.Specs.Model("L",
				org.jevons.analysis.spec.Specs.Architecture.DENSE, parameters, parameters, Optional.empty(),
				Optional.empty(), Optional.empty(), Optional.empty(), Precision.BF16, Optional.empty());
		Inference i = InferenceBuilder.of("I", dense, on(2, A100, datacenter("DC", 1.0, 400)), 150, 0, 550, 8).build();
		WorkloadResult r = analyze(study(List.of(), List.of(i))).inferences().get(0);
		List<String> bars = r.sensitivity().stream().map(SensitivityBar::input).toList();
		assertEquals(List.of("model.parameters"), bars.stream().filter(p -> p.startsWith("model.")).toList());
		assertFalse(bars.contains("model.active"));
		assertTrue(new org.jevons.analysis.inference.InferenceModel(i).space().indexOf("model.active").isPresent(),
				"model.active still names the input in a sweep");
	}

	@Test
	void attentionInclusiveTrainingComputeUsesTheTrainingsSequenceLength() {
		// 6 · N · D = 6 · 7e9 · 1e12 = 4.2e22; attention 6 · 32 layers · 4096 width · 4096 tokens · 1e12 = 3.2212e21
		org.jevons.analysis.spec.Specs.Model shaped = shaped(dense("S", 7e9, Precision.BF16), o(32), Optional.empty(),
				new org.jevons.analysis.spec.Specs.Shape(Optional.empty(), Optional.empty(), o(4096), Optional.empty(),
						Optional.empty(), Optional.empty()));
		Training t = new Training("S", origin(1), shaped, on(8, A100, datacenter("DC", 1.0, 400)), Precision.BF16,
				o(1e12), o(0.4), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), o(4096),
				org.jevons.analysis.spec.Specs.Lifecycle.NONE);
		WorkloadResult r = analyze(study(List.of(t), List.of())).trainings().get(0);
		assertEquals(4.2e22, nominal(r, "flops"), 1e9);
		assertEquals(4.2e22 + 6.0 * 32 * 4096 * 4096 * 1e12, nominal(r, "flops_with_attention"), 1e9);
		// without the training's sequence length there is no attention-inclusive figure
		Training unstated = new Training("U", origin(2), shaped, on(8, A100, datacenter("DC", 1.0, 400)),
				Precision.BF16, o(1e12), o(0.4), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
		assertFalse(analyze(study(List.of(unstated), List.of())).trainings().get(0).figure("flops_with_attention")
				.isPresent());
	}
}

package org.jevons.analysis.training;

import static org.jevons.analysis.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jevons.analysis.Estimate;
import org.jevons.analysis.Fixtures.TrainingBuilder;
import org.jevons.analysis.StudyResult;
import org.jevons.analysis.WorkloadResult;
import org.jevons.analysis.spec.Specs.Accelerator;
import org.jevons.analysis.spec.Specs.Precision;
import org.jevons.analysis.spec.Specs.Training;
import org.jevons.analysis.spec.Value;
import org.junit.jupiter.api.Test;

/** The training lines of acceptance/checks.py (training_reported.energy, training_predicted.energy). */
class TrainingAcceptanceTest {
	static final Accelerator V100 = accelerator("V100", Precision.FP16, 125, o(300), Optional.empty(), 0.9);
	static final Accelerator TPU_V3 = accelerator("TPUv3", Precision.BF16, 123, Optional.empty(), Optional.empty(),
			0.9);
	static final Accelerator A100 = accelerator("A100", Precision.BF16, 312, o(400), Optional.empty(), 2.039);

	static Training gpt3() {
		return TrainingBuilder.of("GPT3", dense("GPT3_175B", 175e9, Precision.FP16),
				on(10_000, V100, datacenter("Azure_2020", 1.1, 429)), Precision.FP16).duration(14.8 * DAY)
				.averagePower(v(330).withSource("Patterson et al. 2021, Table 4")).flops(3.14e23).build();
	}

	static Training t5() {
		return TrainingBuilder.of("T5", dense("T5_11B", 11e9, Precision.BF16),
				on(512, TPU_V3, datacenter("Google_T5", 1.12, 545)), Precision.BF16).duration(20 * DAY)
				.averagePower(v(310)).build();
	}

	static Training llama2() {
		return TrainingBuilder.of("Llama2_70B", dense("Llama_2_70B", 70e9, Precision.BF16),
				on(2048, A100, datacenter("Meta_RSC", 1.0, 423.5)), Precision.BF16).acceleratorHours(1_720_320)
				.averagePower(v(400).withSource("Llama 2 model card: TDP used")).build();
	}

	static Accelerator h800() {
		Map<Precision, Value> peak = new EnumMap<>(Precision.class);
		peak.put(Precision.BF16, v(989 * TERA));
		peak.put(Precision.FP8, v(1979 * TERA));
		return withRental(new Accelerator("H800", peak, o(700), Optional.empty(), o(80 * GIGA), o(3.35 * TERA),
				Optional.empty(), Optional.empty(), Optional.empty()), 2);
	}

	static TrainingBuilder v3(String name) {
		return TrainingBuilder.of(name, moe("DeepSeek_V3", 671e9, 37e9, Precision.FP8),
				on(2048, h800(), datacenter("DC", 1.0, 560)), Precision.BF16).tokens(v(14.8e12));
	}

	static final StudyResult REPORTED = analyze(study(List.of(gpt3(), t5(), llama2()), List.of()));
	static final StudyResult PREDICTED = analyze(study(List.of(v3("V3_predicted").mfu(v(0.35)).build(),
			v3("V3_reported").acceleratorHours(2.788e6).build(), v3("V3_uncertain").mfu(Value.uniform(0.30, 0.40))
					.build()),
			List.of()));

	static WorkloadResult training(StudyResult result, String name) {
		return result.trainings().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
	}

	@Test
	void gpt3AcceleratorHoursAreNodesTimesDuration() {
		// 10 000 V100 × 14.8 d × 24 h = 3 552 000 h; checks.py: 3.54e6 .. 3.56e6 h
		assertEquals(3.552e6, nominal(training(REPORTED, "GPT3"), "accelerator_hours") / HOUR, 1);
	}

	@Test
	void gpt3EnergyIsHoursTimesAveragePowerTimesPue() {
		// 3.552e6 h × 330 W = 1172.16 MWh (IT); × PUE 1.1 = 1289.38 MWh = 1.28938e6 kWh; checks.py 1.274e6..1.300e6
		WorkloadResult gpt3 = training(REPORTED, "GPT3");
		assertEquals(1172.16e3, nominal(gpt3, "it_energy") / KWH, 0.01);
		assertEquals(1289.376e3, nominal(gpt3, "energy") / KWH, 0.01);
	}

	@Test
	void gpt3CarbonUsesTheGridIntensity() {
		// 1 289 376 kWh × 0.429 kg/kWh = 553 142 kg; checks.py 545e3 .. 560e3
		assertEquals(553_142.3, nominal(training(REPORTED, "GPT3"), "carbon"), 0.5);
	}

	@Test
	void gpt3ImpliedMfuCrossCheck() {
		// C / (H · F) = 3.14e23 / (3.552e6 h × 3600 s × 125e12 FLOP/s) = 3.14e23 / 1.5984e24 = 0.19645
		assertEquals(0.19645, nominal(training(REPORTED, "GPT3"), "implied_mfu"), 1e-5);
	}

	@Test
	void t5EnergyWithPue() {
		// 512 × 20 d × 24 h = 245 760 h × 310 W = 76 185.6 kWh; × 1.12 = 85 327.9 kWh; checks.py 84.5e3..86.5e3
		assertEquals(85_327.87, nominal(training(REPORTED, "T5"), "energy") / KWH, 0.01);
	}

	@Test
	void t5WithoutComputeHasNoImpliedMfu() {
		assertFalse(training(REPORTED, "T5").figure("implied_mfu").isPresent());
	}

	@Test
	void llama2CarbonFromAcceleratorHours() {
		// 1 720 320 h × 400 W = 688 128 kWh; × PUE 1.0 × 0.4235 kg/kWh = 291 422 kg; checks.py 289e3..294e3
		assertEquals(291_422.2, nominal(training(REPORTED, "Llama2_70B"), "carbon"), 0.1);
	}

	@Test
	void sourcesTravelWithTheFigures() {
		assertTrue(training(REPORTED, "GPT3").figure("energy").orElseThrow().sources()
				.contains("Patterson et al. 2021, Table 4"));
	}

	@Test
	void v3PredictedHoursFromSixNDOverPeakAndMfu() {
		// C = 6 × 37e9 × 14.8e12 = 3.2856e24 FLOP; H = C / (F · MFU) = 3.2856e24 / (989e12 × 0.35)
		// = 9.49184e9 accelerator-seconds = 2.636622e6 h; checks.py 2.61e6 .. 2.66e6
		assertEquals(2.63662e6, nominal(training(PREDICTED, "V3_predicted"), "accelerator_hours") / HOUR, 10);
		assertEquals(3.2856e24, nominal(training(PREDICTED, "V3_predicted"), "flops"), 1e19);
	}

	@Test
	void v3PredictedEnergyUsesDefaultUtilisation() {
		// no average power: 700 W × 0.8 = 560 W; 2.63662e6 h × 560 W = 1.476508e6 kWh; checks.py 0.8e6..2.6e6
		WorkloadResult v3 = training(PREDICTED, "V3_predicted");
		assertEquals(1.476508e6, nominal(v3, "energy") / KWH, 10);
		assertTrue(v3.figure("energy").orElseThrow().sources().stream().anyMatch(s -> s.contains("utilisation")));
	}

	@Test
	void v3ReportedImpliedMfu() {
		// 3.2856e24 / (2.788e6 h × 3600 × 989e12) = 3.2856e24 / 9.92645e24 = 0.33099; checks.py 0.325..0.337
		assertEquals(0.33099, nominal(training(PREDICTED, "V3_reported"), "implied_mfu"), 1e-5);
	}

	@Test
	void v3UncertainMfuGivesPercentilesOfHours() {
		// H(mfu) = 2.63662e6 h × 0.35 / mfu with mfu ~ U(0.30, 0.40): H is decreasing in mfu, so
		// p05(H) = H(q95(mfu) = 0.395) = 2.33624e6 h and p95(H) = H(q05 = 0.305) = 3.02563e6 h;
		// checks.py p05 2.29e6..2.39e6, p95 2.96e6..3.08e6. 10 000 samples: within ~0.3 %.
		Estimate hours = training(PREDICTED, "V3_uncertain").figure("accelerator_hours").orElseThrow().estimate()
				.times(1 / HOUR);
		assertEquals(2.63662e6, hours.nominal(), 10);
		assertEquals(2.33624e6, hours.percentiles().orElseThrow().p05(), 2.33624e6 * 0.005);
		assertEquals(3.02563e6, hours.percentiles().orElseThrow().p95(), 3.02563e6 * 0.005);
	}

	@Test
	void uncertainTrainingRanksMfuInTheTornado() {
		WorkloadResult v3 = training(PREDICTED, "V3_uncertain");
		assertEquals("mfu", v3.sensitivity().get(0).input());
		// energy at mfu 0.30 is 0.35/0.30 of the nominal 1.476508e6 kWh
		assertEquals(1.476508e6 * 0.35 / 0.30, v3.sensitivity().get(0).outputLow() / KWH, 20);
	}

	@Test
	void boundaryIsStated() {
		assertTrue(training(REPORTED, "GPT3").boundary().measuredPower());
		assertTrue(training(REPORTED, "GPT3").boundary().facility());
		assertFalse(training(PREDICTED, "V3_predicted").boundary().host());
	}
}

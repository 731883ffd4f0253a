package org.jevons.analysis.inference;

import static org.jevons.analysis.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.jevons.analysis.Defaults;
import org.jevons.analysis.Fixtures.InferenceBuilder;
import org.jevons.analysis.StudyResult;
import org.jevons.analysis.WorkloadResult;
import org.jevons.analysis.spec.Specs.Accelerator;
import org.jevons.analysis.spec.Specs.Inference;
import org.jevons.analysis.spec.Specs.Model;
import org.jevons.analysis.spec.Specs.Precision;
import org.junit.jupiter.api.Test;

/** The inference lines of acceptance/checks.py (inference_compute_bound.energy, seed_87_percent.energy). */
public class InferenceAcceptanceTest {
	public static final Accelerator H100_WITH_IDLE = accelerator("H100", Precision.BF16, 989, o(700), o(70), 3.35);
	public static final Model LLAMA = dense("Llama_3_3_70B", 70.6e9, Precision.BF16);

	public static Inference llamaChat() {
		return InferenceBuilder.of("Llama_chat", LLAMA, on(1, H100_WITH_IDLE, datacenter("Lab", 1.0, 384)), 150, 0,
				880, 8).energyPerToken(v(2.0)).requestsPerDay(1e6).build();
	}

	public static Inference r1Chat() {
		return InferenceBuilder.of("R1_chat", LLAMA, on(1, H100_WITH_IDLE, datacenter("Lab", 1.0, 384)), 150, 1100,
				550, 8).energyPerToken(v(2.0)).requestsPerDay(1e6).build();
	}

	public static Inference gpt4oQuery() {
		return InferenceBuilder.of("GPT4o_query", moe("GPT4o_guess", 200e9, 100e9, Precision.BF16),
				on(8, h100(), datacenter("Cloud", 1.2, 384)), 0, 0, 500, 256).mfu(v(0.10)).averagePower(v(892.5))
				.build();
	}

	static final StudyResult SEED = analyze(study(List.of(), List.of(r1Chat(), llamaChat())));

	static WorkloadResult inference(StudyResult result, String name) {
		return result.inferences().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
	}

	@Test
	void epochGpt4oQueryIsComputeBound() {
		// Decode step, compute: 2 · 100e9 · 256 / (8 · 989e12 · 0.10) = 5.12e13 / 7.912e14 = 0.0647118 s;
		// memory: MoE without expert counts reads all 200e9 × 2 B = 4e11 B / (8 · 3.35e12 · 0.61) = 0.0245 s
		// → compute-bound. e_tok = n · P · t_step / B = 8 · 892.5 W · 0.0647118 / 256 = 1.804853 J
		// (= 2 · N_a · P / (F · MFU), independent of n and B). 500 tokens → 902.427 J, × PUE 1.2 = 1082.912 J
		// = 0.300809 Wh. checks.py 0.29 .. 0.31 Wh.
		WorkloadResult query = inference(analyze(study(List.of(), List.of(gpt4oQuery()))), "GPT4o_query");
		assertEquals(1.804853, nominal(query, "decode_energy_per_token"), 1e-6);
		assertEquals(0.300809, nominal(query, "energy_per_request") / WH, 1e-6);
		// compute share of the step's compute and memory time: 0.0647118 / (0.0647118 + 0.0244678) = 0.7256344
		assertEquals(0.7256344, nominal(query, "decode_compute_fraction"), 1e-7);
		assertTrue(query.boundary().measuredPower() && query.boundary().facility());
	}

	/** Prefill of the seed's 150-token prompt: 2 · 70.6e9 · 150 FLOP at the default prefill MFU, compute-bound power. */
	static double seedPrefillJoules() {
		double time = 2 * 70.6e9 * 150 / (989e12 * Defaults.PREFILL_MFU);
		return (70 + 630 * Defaults.POWER_FRACTION_COMPUTE_BOUND) * time;
	}

	@Test
	void seedR1EnergyPerRequestIsPrefillPlusMeasuredDecode() {
		// Prefill (defaults 0.5, 0.87): t = 2 · 70.6e9 · 150 / (989e12 · 0.5) = 0.0428311 s at P = 70 + 630 · 0.87
		// = 618.1 W → 26.4739 J. Decode: (1100 + 550) tokens × 2.0 J/token (measured) = 3300 J. PUE 1.0.
		// E_req = 3326.474 J = 0.924021 Wh; checks.py 0.90 .. 0.95 Wh.
		WorkloadResult r1 = inference(SEED, "R1_chat");
		assertEquals(seedPrefillJoules(), nominal(r1, "prefill_energy"), 1e-9);
		assertEquals((seedPrefillJoules() + 3300) / WH, nominal(r1, "energy_per_request") / WH, 1e-9);
		assertEquals(1650, nominal(r1, "tokens_per_request"));
	}

	@Test
	void seedR1AnnualEnergy() {
		// E_req × 1e6 requests/day × 365.25 d (one year everywhere); 3326.474 J → 337 498.5 kWh;
		// checks.py 328e3 .. 347e3 kWh
		double expected = (seedPrefillJoules() + 3300) * 1e6 * 365.25 / KWH;
		assertEquals(expected, nominal(inference(SEED, "R1_chat"), "annual_energy") / KWH, 1e-6);
		assertTrue(expected > 328e3 && expected < 347e3);
	}

	@Test
	void seedAnnualCarbon() {
		double expected = (seedPrefillJoules() + 3300) * 1e6 * 365.25 / KWH * 0.384;
		assertEquals(expected, nominal(inference(SEED, "R1_chat"), "annual_carbon"), 1e-6);
	}

	@Test
	void energyPerTokenTimesTokensIsEnergyPerRequest() {
		WorkloadResult r1 = inference(SEED, "R1_chat");
		assertEquals(nominal(r1, "energy_per_request"),
				nominal(r1, "energy_per_token") * nominal(r1, "tokens_per_request"), 1e-9);
	}

	@Test
	void moeExpertCoverage() {
		// DeepSeek V3: 671B, 37B active, 256 experts, 8 routed. experts = (671 − 37)/(1 − 8/256) = 654.4516B,
		// shared 16.5484B. B = 1 reads the active 37B; B = 8: coverage 1 − (248/256)^8 = 0.2243001 →
		// 16.5484 + 654.4516 · 0.2243001 = 163.3420B; B = 512 reads almost everything.
		DecodeStep step = new DecodeStep(org.jevons.analysis.engine.Block.point(new double[0]));
		double[] one = { 1 };
		step.flopRate = one;
		step.byteRate = one;
		step.weightBytes = one;
		step.tile = new double[] { 0 };
		step.imbalance = one;
		step.overhead = new double[] { 0 };
		step.overlap = new double[] { 0 };
		step.trafficPerSequence = new double[] { 0 };
		step.total = new double[] { 671e9 };
		step.active = new double[] { 37e9 };
		step.denseFlopsPerToken = new double[] { 0 };
		step.moe(new double[] { 256 }, new double[] { 8 }, 1, true);
		double[] time = new double[1];
		step.times(new double[] { 1 }, time, 1);
		assertEquals(37e9, step.memory[0], 1e3);
		step.times(new double[] { 8 }, time, 1);
		assertEquals(163.3420e9, step.memory[0], 1e5);
		step.times(new double[] { 512 }, time, 1);
		assertEquals(671e9, step.memory[0], 671e9 * 1e-6);
	}

	@Test
	void hostPowerOfANodeIsAddedPerTokenSharedByTheBatch() {
		// a node host of 1.6 kW adds 1600 W × step / batch to every token: at batch 4, a quarter of a step's worth
		Accelerator a = H100_WITH_IDLE;
		var hostedOn = new org.jevons.analysis.spec.Specs.Deployment(v(2), a, o(1600),
				Optional.of(datacenter("Lab", 1.0, 384)));
		Inference hosted = InferenceBuilder.of("Hosted", LLAMA, hostedOn, 0, 0, 100, 4).mfu(v(0.4)).requestsPerDay(1e6)
				.build();
		Inference bare = InferenceBuilder.of("Bare", LLAMA, on(2, a, datacenter("Lab", 1.0, 384)), 0, 0, 100, 4)
				.mfu(v(0.4)).requestsPerDay(1e6).build();
		StudyResult both = analyze(study(List.of(), List.of(hosted, bare)));
		WorkloadResult h = inference(both, "Hosted");
		double step = nominal(h, "decode_step_time");
		assertEquals(1600 * step / 4, nominal(h, "decode_energy_per_token")
				- nominal(inference(both, "Bare"), "decode_energy_per_token"), 1e-9);
		assertTrue(h.boundary().host());
	}

	@Test
	void hostShareIsDividedByTheBatchInEveryMonteCarloSample() {
		// an uncertain input sends the figure through Monte Carlo; every sample divides the host share by the batch
		var hostedOn = new org.jevons.analysis.spec.Specs.Deployment(v(2), H100_WITH_IDLE, o(1600),
				Optional.of(datacenter("Lab", 1.0, 384)));
		Accelerator vague = accelerator("H100", Precision.BF16, 989, o(700),
				Optional.of(org.jevons.analysis.spec.Value.uniform(69.999, 70.001)), 3.35);
		var vagueOn = new org.jevons.analysis.spec.Specs.Deployment(v(2), vague, o(1600),
				Optional.of(datacenter("Lab", 1.0, 384)));
		Inference hosted = InferenceBuilder.of("Hosted", LLAMA, hostedOn, 0, 0, 100, 4).mfu(v(0.4)).build();
		Inference uncertain = InferenceBuilder.of("Hosted", LLAMA, vagueOn, 0, 0, 100, 4).mfu(v(0.4)).build();
		WorkloadResult fixed = inference(analyze(study(List.of(), List.of(hosted))), "Hosted");
		WorkloadResult drawn = inference(analyze(study(List.of(), List.of(uncertain))), "Hosted");
		double median = drawn.figure("decode_energy_per_token").orElseThrow().estimate().percentiles().orElseThrow()
				.p50();
		assertEquals(nominal(fixed, "decode_energy_per_token"), median, 1e-4);
	}
}

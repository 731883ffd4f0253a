package org.jevons.analysis.inference;

import static org.jevons.analysis.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

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
		// memory: MoE without expert counts reads all 200e9 × 2 B = 4e11 B / (8 · 3.35e12 · 0.7) = 0.0213 s
		// → compute-bound. e_tok = n · P · t_step / B = 8 · 892.5 W · 0.0647118 / 256 = 1.804853 J
		// (= 2 · N_a · P / (F · MFU), independent of n and B). 500 tokens → 902.427 J, × PUE 1.2 = 1082.912 J
		// = 0.300809 Wh. checks.py 0.29 .. 0.31 Wh.
		WorkloadResult query = inference(analyze(study(List.of(), List.of(gpt4oQuery()))), "GPT4o_query");
		assertEquals(1.804853, nominal(query, "decode_energy_per_token"), 1e-6);
		assertEquals(0.300809, nominal(query, "energy_per_request") / WH, 1e-6);
		assertEquals(1.0, nominal(query, "decode_compute_fraction"), 1e-12);
		assertTrue(query.boundary().host() && query.boundary().facility());
	}

	@Test
	void seedR1EnergyPerRequestIsPrefillPlusMeasuredDecode() {
		// Prefill: t = 2 · 70.6e9 · 150 / (989e12 · 0.5 default prefill MFU) = 0.0428311 s at
		// P = idle + (TDP − idle) · 0.9 = 70 + 630 · 0.9 = 637 W → 27.2834 J.
		// Decode: (1100 + 550) tokens × 2.0 J/token (measured) = 3300 J. PUE 1.0.
		// E_req = 3327.283 J = 0.924245 Wh; checks.py 0.90 .. 0.95 Wh.
		WorkloadResult r1 = inference(SEED, "R1_chat");
		assertEquals(27.2834, nominal(r1, "prefill_energy"), 1e-4);
		assertEquals(0.924245, nominal(r1, "energy_per_request") / WH, 1e-6);
		assertEquals(1650, nominal(r1, "tokens_per_request"));
	}

	@Test
	void seedR1AnnualEnergy() {
		// 3327.283 J × 1e6 requests/day × 365 d = 1.214458e12 J = 337 349.5 kWh; checks.py 328e3 .. 347e3 kWh
		assertEquals(337_349.5, nominal(inference(SEED, "R1_chat"), "annual_energy") / KWH, 0.5);
	}

	@Test
	void seedAnnualCarbon() {
		// 337 349.5 kWh × 0.384 kg/kWh = 129 542.2 kg
		assertEquals(129_542.2, nominal(inference(SEED, "R1_chat"), "annual_carbon"), 0.5);
	}

	@Test
	void energyPerTokenTimesTokensIsEnergyPerRequest() {
		WorkloadResult r1 = inference(SEED, "R1_chat");
		assertEquals(nominal(r1, "energy_per_request"),
				nominal(r1, "energy_per_token") * nominal(r1, "tokens_per_request"), 1e-9);
	}

	@Test
	void memoryBoundDecodeAtBatchOne() {
		// 70.6B dense bf16 on 2 H100 (idle 70 W), batch 1, defaults MBU 0.7, decode MFU 0.4:
		// t_mem = 141.2e9 B / (2 · 3.35e12 · 0.7) = 0.03010661 s; t_comp = 2 · 70.6e9 / (2 · 989e12 · 0.4)
		// = 1.784631e-4 s; compute fraction c = 0.00592770;
		// P = 70 + 630 · (0.6 + 0.3 · c) = 449.1203 W; e_tok = 2 · 449.1203 · 0.03010661 / 1 = 27.04297 J
		Inference single = InferenceBuilder.of("Batch1", LLAMA, on(2, H100_WITH_IDLE, datacenter("Lab", 1.0, 384)),
				0, 0, 100, 1).build();
		WorkloadResult result = inference(analyze(study(List.of(), List.of(single))), "Batch1");
		assertEquals(0.00592770, nominal(result, "decode_compute_fraction"), 1e-8);
		assertEquals(449.1203, nominal(result, "decode_power"), 1e-4);
		assertEquals(27.04297, nominal(result, "decode_energy_per_token"), 1e-4);
	}

	@Test
	void kvCacheTrafficAddsToTheMemoryTime() {
		// kv 327 680 B/token (Llama 70B: 80 layers · 8 KV heads · 128 · 2 · 2 B), batch 8, prompt 1000,
		// answer 1000 → mean context 1500; KV traffic 8 · 327680 · 1500 = 3.93216e9 B;
		// t_mem = (141.2e9 + 3.93216e9) / 4.69e12 = 0.03094502 s; t_comp = 8 · 1.784631e-4 = 1.427705e-3 s;
		// c = 0.04613684; P = 70 + 630 · (0.6 + 0.3 · c) = 456.7199 W; e_tok = 2 · P · t_mem / 8 = 3.533302 J
		Model withKv = new Model("Llama_kv", LLAMA.architecture(), LLAMA.parameters(), LLAMA.active(),
				Optional.empty(), Optional.empty(), o(80), o(327_680), LLAMA.precision(), Optional.empty());
		Inference longer = InferenceBuilder.of("Kv", withKv, on(2, H100_WITH_IDLE, datacenter("Lab", 1.0, 384)), 1000,
				0, 1000, 8).build();
		assertEquals(3.533302, nominal(inference(analyze(study(List.of(), List.of(longer))), "Kv"),
				"decode_energy_per_token"), 1e-5);
	}

	@Test
	void moeExpertCoverage() {
		// DeepSeek V3: 671B, 37B active, 256 experts, 8 routed. experts = (671 − 37)/(1 − 8/256) = 654.4516B,
		// shared 16.5484B. B = 1 reads the active 37B; B = 8: coverage 1 − (248/256)^8 = 0.2243001 →
		// 16.5484 + 654.4516 · 0.2243001 = 163.3420B; B = 512 reads almost everything.
		assertEquals(37e9, InferenceKernel.parametersRead(671e9, 37e9, 8.0 / 256, 1), 1e3);
		assertEquals(0.2243001, InferenceKernel.expertCoverage(8.0 / 256, 8), 1e-7);
		assertEquals(163.3420e9, InferenceKernel.parametersRead(671e9, 37e9, 8.0 / 256, 8), 1e5);
		assertEquals(671e9, InferenceKernel.parametersRead(671e9, 37e9, 8.0 / 256, 512), 671e9 * 1e-6);
	}

	@Test
	void hostPowerOfANodeIsAddedAndStated() {
		// same as the batch-1 case plus a node host of 1.6 kW: + 1600 W · 0.03010661 s / 1 = 48.17058 J per token
		Accelerator a = H100_WITH_IDLE;
		var deployment = new org.jevons.analysis.spec.Specs.Deployment(v(2), a, o(1600),
				Optional.of(datacenter("Lab", 1.0, 384)));
		Inference hosted = InferenceBuilder.of("Hosted", LLAMA, deployment, 0, 0, 100, 1).build();
		WorkloadResult result = inference(analyze(study(List.of(), List.of(hosted))), "Hosted");
		assertEquals(27.04297 + 48.17058, nominal(result, "decode_energy_per_token"), 1e-4);
		assertTrue(result.boundary().host());
	}
}

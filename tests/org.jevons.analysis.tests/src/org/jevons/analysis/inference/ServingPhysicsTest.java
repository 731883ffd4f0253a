package org.jevons.analysis.inference;

import static org.jevons.analysis.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.jevons.analysis.Defaults;
import org.jevons.analysis.Fixtures.InferenceBuilder;
import org.jevons.analysis.Problem;
import org.jevons.analysis.WorkloadResult;
import org.jevons.analysis.spec.Specs.Accelerator;
import org.jevons.analysis.spec.Specs.Inference;
import org.jevons.analysis.spec.Specs.Model;
import org.jevons.analysis.spec.Specs.Precision;
import org.jevons.analysis.spec.Specs.Shape;
import org.junit.jupiter.api.Test;

/**
 * Serving physics against hand computations (docs/methodology.md, Inference). Cases that pin exact numbers state
 * `mfu` (the effective utilisation: the step is the roofline max) and `average power`, so the calibrated defaults
 * cannot move them; the calibrated step is checked against the formula with the defaults' values.
 */
class ServingPhysicsTest {
	static final Accelerator H100 = InferenceAcceptanceTest.H100_WITH_IDLE;
	static final Model LLAMA = InferenceAcceptanceTest.LLAMA;

	static WorkloadResult run(Inference inference) {
		return analyze(study(List.of(), List.of(inference))).inferences().get(0);
	}

	static InferenceBuilder pinned(String name, Model model, double n, double prompt, double answer, double batch) {
		return InferenceBuilder.of(name, model, on(n, H100, datacenter("Lab", 1.0, 384)), prompt, 0, answer, batch)
				.mfu(v(0.4)).mbu(0.7).averagePower(v(450));
	}

	@Test
	void statedMfuIsTheEffectiveUtilisationOfARooflineStep() {
		// 70.6B bf16 on 2 H100, batch 1: t_mem = 141.2e9 B / (2 · 3.35e12 · 0.7) = 0.03010661 s > t_comp
		// = 2 · 70.6e9 / (2 · 989e12 · 0.4) = 1.784631e-4 s; step = max = 0.03010661 s;
		// e_tok = 2 · 450 W · 0.03010661 s / 1 = 27.09595 J
		WorkloadResult r = run(pinned("Roofline", LLAMA, 2, 0, 100, 1).build());
		assertEquals(0.03010661, nominal(r, "decode_step_time"), 1e-8);
		assertEquals(27.09595, nominal(r, "decode_energy_per_token"), 1e-5);
	}

	@Test
	void calibratedStepAddsComputeAndMemoryLessTheirOverlapPlusOverhead() {
		// defaults: step = overhead + C + M − overlap · min(C, M); C at the default decode MFU, M at the stated MBU
		Inference i = InferenceBuilder.of("Calibrated", LLAMA, on(2, H100, datacenter("Lab", 1.0, 384)), 0, 0, 100, 8)
				.mbu(0.7).averagePower(v(450)).build();
		double compute = 8 * 2 * 70.6e9 / (2 * 989e12 * Defaults.DECODE_MFU);
		double memory = 141.2e9 / (2 * 3.35e12 * 0.7);
		double step = Defaults.STEP_OVERHEAD + compute + memory - Defaults.OVERLAP * Math.min(compute, memory);
		WorkloadResult r = run(i);
		assertEquals(step, nominal(r, "decode_step_time"), step * 1e-12);
		assertEquals(2 * 450 * step / 8, nominal(r, "decode_energy_per_token"), 1e-9);
		assertTrue(nominal(r, "decode_step_time") > Math.max(compute, memory), "slower than the roofline");
	}

	@Test
	void kvTrafficIsIntegratedOverTheGrowingContext() {
		// kv 327 680 B/token, prompt 1000, answer 1000: the mean context over the generation is 1000 + 1000/2 = 1500;
		// t_mem = (141.2e9 + 8 · 327680 · 1500) / (2 · 3.35e12 · 0.7) = 0.03094502 s; e_tok = 2 · 450 · t / 8
		// = 3.481315 J
		// (no `layers`: no collectives between the two accelerators to add)
		Model withKv = shaped(LLAMA, Optional.empty(), o(327_680), Shape.UNKNOWN);
		WorkloadResult r = run(pinned("Kv", withKv, 2, 1000, 1000, 8).build());
		assertEquals(0.03094502, nominal(r, "decode_step_time"), 1e-8);
		assertEquals(3.481315, nominal(r, "decode_energy_per_token"), 1e-5);
	}

	@Test
	void attentionFlopsGrowWithContextAndPrefillIsQuadratic() {
		// attention width 8192 over 80 layers. Prefill of 1000 tokens: 2 · 70.6e9 · 1000 + 2 · 80 · 8192 · 1000² / 2
		// = 1.4185536e14 FLOP, t = / (2 · 989e12 · 0.4) = 0.1792914 s, energy 2 · 450 W · t = 161.3623 J.
		// Decode at batch 256 is compute-bound: (2 · 70.6e9 + 2 · 80 · 8192 · 1500) · 256 / (2 · 989e12 · 0.4)
		// = 143.16608e9 · 256 / 7.912e14 = 0.04632270 s > t_mem = 0.03010661 s
		Model shaped = shaped(LLAMA, Optional.empty(), Optional.empty(), new Shape(Optional.empty(), o(80), o(8192),
				Optional.empty(), Optional.empty(), Optional.empty()));
		WorkloadResult r = run(pinned("Attention", shaped, 2, 1000, 1000, 256).build());
		assertEquals(161.3623, nominal(r, "prefill_energy"), 1e-3);
		assertEquals(0.04632270, nominal(r, "decode_step_time"), 1e-8);
		// compute share: 0.04632270 / (0.04632270 + 0.03010661) = 0.6060855
		assertEquals(0.6060855, nominal(r, "decode_compute_fraction"), 1e-6);
	}

	@Test
	void aSlidingWindowHoldsAtMostItsSpan() {
		// ∫ min(c, 1024) dc from 0 to 2000 = 1024² / 2 + (2000 − 1024) · 1024 = 1 523 712
		assertEquals(1_523_712, InferenceKernel.held(2000, 1024), 1e-9);
		assertEquals(800 * 800 / 2.0, InferenceKernel.held(800, 1024), 1e-9);
	}

	@Test
	void batchFromMemoryIsTheLargestWholeBatchWhoseKvCacheFits() {
		// 8B bf16 on one 80 GB H100: 0.9 · 80e9 − 16e9 = 56e9 B free; kv 147 456 B/token at the mean context 1500
		// = 221.184e6 B per sequence → 253.18 → 253 sequences (below the cap of 256)
		Model small = shaped(dense("Small", 8e9, Precision.BF16), o(36), o(147_456), Shape.UNKNOWN);
		WorkloadResult r = run(InferenceBuilder.of("Derived", small, on(1, H100, datacenter("Lab", 1.0, 384)), 1000, 0,
				1000, 1).derivedBatch().build());
		assertEquals(56e9, nominal(r, "kv_cache_memory"), 1);
		assertEquals(253, nominal(r, "max_batch"));
		assertEquals(253, nominal(r, "batch"));
		assertTrue(r.assumptions().stream().anyMatch(a -> a.startsWith("batch 253: the largest whose KV cache fits")),
				r.assumptions().toString());
	}

	@Test
	void aLatencyTargetCapsTheDerivedBatch() {
		Model small = shaped(dense("Small", 8e9, Precision.BF16), o(36), o(147_456), Shape.UNKNOWN);
		InferenceBuilder b = InferenceBuilder.of("Fast", small, on(1, H100, datacenter("Lab", 1.0, 384)), 1000, 0,
				1000, 1).derivedBatch().latency(0.012);
		WorkloadResult r = run(b.build());
		double batch = nominal(r, "batch");
		assertTrue(batch >= 1 && batch < 253, "latency binds: " + batch);
		assertTrue(nominal(r, "decode_step_time") <= 0.012);
		double next = nominal(run(b.with(v(1000), v(0), v(1000), v(batch + 1)).build()), "decode_step_time");
		assertTrue(next > 0.012, "one more sequence misses the target: " + next);
	}

	@Test
	void aLatencyBelowTheSingleSequenceStepIsAnError() {
		Model small = shaped(dense("Small", 8e9, Precision.BF16), o(36), o(147_456), Shape.UNKNOWN);
		WorkloadResult r = run(InferenceBuilder.of("TooFast", small, on(1, H100, datacenter("Lab", 1.0, 384)), 1000, 0,
				1000, 1).derivedBatch().latency(0.001).build());
		assertTrue(r.problems().stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR && p.message()
				.startsWith("inference TooFast: latency 1.0 ms per token is below the step time of a single sequence")),
				r.problems().toString());
	}

	@Test
	void aStatedBatchThatDoesNotFitIsAWarningWithTheNumbers() {
		Model small = shaped(dense("Small", 8e9, Precision.BF16), o(36), o(147_456), Shape.UNKNOWN);
		WorkloadResult r = run(InferenceBuilder.of("Crowded", small, on(1, H100, datacenter("Lab", 1.0, 384)), 1000, 0,
				1000, 300).build());
		assertTrue(r.problems().contains(Problem.warning(origin(2), "inference Crowded: batch 300 does not fit: the KV"
				+ " cache of at most 253 sequences fits beside the weights (56.0 GB free); use batch 253 or more"
				+ " accelerators")), r.problems().toString());
	}

	@Test
	void weightsStoredInFp4AreReadAtHalfAByte() {
		// memory-bound at batch 1: fp4 weights read a quarter of the bf16 bytes, so a quarter of the energy per token
		double bf16 = nominal(run(pinned("Bf16", LLAMA, 2, 0, 100, 1).build()), "decode_energy_per_token");
		double fp4 = nominal(run(pinned("Fp4", LLAMA, 2, 0, 100, 1).weights(Precision.FP4).build()),
				"decode_energy_per_token");
		assertEquals(0.25, fp4 / bf16, 1e-12);
	}

	@Test
	void expertParallelCollectivesCostLatencyAndInterconnectTime() {
		// 671B MoE (37B active, 256 experts, 8 routed), hidden 7168, 61 layers, on 8 H100 with 900 GB/s NVLink, batch
		// 16: per layer one all-reduce and two all-to-alls: 3 · latency + 16 · (2 · 7/8 · 7168 + 2 · 7/8 · 8 · 7168)
		// values · 2 B / 450e9 B/s = 3 · latency + 8.028160e-6 s; over 61 layers
		Model v3 = new Model("V3", org.jevons.analysis.spec.Specs.Architecture.MOE, v(671e9), v(37e9), o(256), o(8),
				o(61), Optional.empty(), Precision.FP8, Optional.empty(), new Shape(o(7168), Optional.empty(),
						Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
		Model unlayered = new Model("V3", v3.architecture(), v3.parameters(), v3.active(), v3.experts(), v3.routed(),
				Optional.empty(), Optional.empty(), Precision.FP8, Optional.empty(), v3.shape());
		Accelerator nvlink = withInterconnect(h100(), 900e9);
		double with = nominal(run(InferenceBuilder.of("EP", v3, on(8, nvlink, datacenter("Lab", 1.0, 384)), 0, 0, 100,
				16).mfu(v(0.4)).build()), "decode_step_time");
		double without = nominal(run(InferenceBuilder.of("EP", unlayered, on(8, nvlink, datacenter("Lab", 1.0, 384)), 0,
				0, 100, 16).mfu(v(0.4)).build()), "decode_step_time");
		assertEquals(61 * (3 * Defaults.COLLECTIVE_LATENCY + 8.028160e-6), with - without, 1e-12);
	}

	@Test
	void expertGemmsPayAtLeastATilePerExpertHit() {
		DecodeStep step = new DecodeStep(org.jevons.analysis.engine.Block.point(new double[0]));
		step.flopRate = new double[] { 1e15 };
		step.byteRate = new double[] { 1e12 };
		step.total = new double[] { 671e9 };
		step.active = new double[] { 37e9 };
		step.weightBytes = new double[] { 1 };
		step.imbalance = new double[] { 1.5 };
		step.tile = new double[] { 16 };
		step.overhead = new double[] { 0 };
		step.overlap = new double[] { 0 };
		step.trafficPerSequence = new double[] { 0 };
		step.moe(new double[] { 256 }, new double[] { 8 }, 1, true);
		step.denseFlopsPerToken = new double[] { 2 * step.shared[0] };
		// batch 2: coverage 1 − (248/256)² = 0.0615234; tokens max(2 · 8/256, 16 · 0.0615234) = 0.984375;
		// expert compute = 2 · 654.4516e9 · 0.984375 · 1.5 / 1e15 = 1.932677e-3 s
		step.times(new double[] { 2 }, new double[1], 1);
		double shared = 2 * 2 * step.shared[0] / 1e15;
		assertEquals(1.932677e-3, step.compute[0] - shared, 1e-9);
	}

	@Test
	void aMeasuredEnergyImpliesAMemoryBandwidthUtilisation() {
		// 70.6B fp8 on one H100, batch 8, 450 W: the memory-bound step reads 70.6e9 B; 2.0 J/token allows a step of
		// 2.0 · 8 / 450 = 0.0355556 s → implied MBU = 70.6e9 / (3.35e12 · 0.0355556) = 0.5927239
		Model fp8 = dense("Llama_fp8", 70.6e9, Precision.FP8);
		Accelerator h100 = h100();
		WorkloadResult r = run(InferenceBuilder.of("Measured", fp8, on(1, h100, datacenter("Lab", 1.0, 384)), 0, 0, 880,
				8).mfu(v(0.4)).mbu(0.7).averagePower(v(450)).energyPerToken(v(2.0)).build());
		assertEquals(0.5927239, nominal(r, "implied_mbu"), 1e-7);
	}
}

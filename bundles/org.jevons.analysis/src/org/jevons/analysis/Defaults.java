package org.jevons.analysis;

import org.jevons.analysis.spec.Specs.Precision;

/**
 * Every built-in default of the engine, with the reason for its value. docs/methodology.md explains the
 * calibration; each default's text travels as the source of every figure computed from it.
 */
public final class Defaults {
	private Defaults() {
	}

	/** Where the calibrated inference defaults come from. */
	private static final String FITTED = "fitted to ML.ENERGY v3.0 (316 vLLM runs of 15 models on H100 and B200: GPU"
			+ " energy per output token and power per GPU; held-out error in docs/methodology.md, Calibration)";

	/**
	 * Seconds in a year: the Julian year of 365.25 days, the same year as the language's {@code /year} unit, so
	 * {@code 1M /day} is 365.25 M requests per year and {@code 365.25M /year} is the same rate.
	 */
	public static final double YEAR = 365.25 * 86_400.0;

	/** Average accelerator power during training as a fraction of TDP. */
	public static final double TRAINING_UTILISATION = 0.8;
	public static final String TRAINING_UTILISATION_SOURCE = "training draws ~0.8 of TDP: an 8-H100 node training"
			+ " Llama2-13B peaked at 8.4 of 10.2 kW (Latif et al. 2024, arXiv:2412.08602) and compute-heavy"
			+ " training averaged 76 % of rated power (Newkirk et al. 2025, arXiv:2506.14551); model cards that use"
			+ " TDP (Llama 2) are an upper bound";

	/** Model FLOPs utilisation of the prefill phase (large matrix products, compute-bound). */
	public static final double PREFILL_MFU = 0.5;
	public static final String PREFILL_MFU_SOURCE = "prefill is compute-bound (large matrix products), like"
			+ " training, whose MFU is 0.35-0.55 (PaLM 46 %, Llama 3 38-43 %, DeepSeek-V3 implied 33 %)";

	/** MFU of the decode step when it is compute-bound (large batch). */
	public static final double DECODE_MFU = 0.30;
	public static final String DECODE_MFU_SOURCE = "compute-bound decode reaches less of peak than prefill"
			+ " (smaller GEMMs, attention): " + FITTED;

	/** Memory-bandwidth utilisation of the decode step when it is memory-bound. */
	public static final double MBU = 0.61;
	public static final String MBU_SOURCE = "achieved/peak HBM bandwidth in decode, 0.6-0.8 (Databricks,"
			+ " LLM Inference Performance Engineering, 2023); 0.61 " + FITTED;

	/** Idle power as a fraction of TDP when the accelerator does not state {@code idle}. */
	public static final double IDLE_FRACTION = 0.27;
	public static final String IDLE_SOURCE = "the floor of power while serving, for accelerators that state no idle"
			+ " power (a bare H100 SXM idles at ~60-70 W of 700 W; a serving GPU never falls that low): " + FITTED;

	/** Power between idle and TDP: fraction of (TDP − idle) above idle when memory-bound ... */
	public static final double POWER_FRACTION_MEMORY_BOUND = 0.54;
	/** ... and when compute-bound (prefill, large-batch decode). */
	public static final double POWER_FRACTION_COMPUTE_BOUND = 0.87;
	public static final String POWER_SOURCE = "prompt phases reach TDP, token phases draw less (Patel et al.,"
			+ " Characterizing Power Management Opportunities for LLMs in the Cloud, ASPLOS 2024; Splitwise, ISCA"
			+ " 2024); Epoch AI (Feb 2025) assumes 70 % of peak server power; 0.54 and 0.87 " + FITTED;

	/**
	 * Share of the decode step during which compute and memory traffic overlap: step = compute + memory − overlap ·
	 * min(compute, memory). 0 is the sum (measured at moderate batch), 1 the roofline's max (very large batch).
	 */
	public static final double OVERLAP = 0;
	public static final String OVERLAP_SOURCE = "measured decode steps are close to compute time plus memory time,"
			+ " not the larger of the two (ML.ENERGY v3.0 median inter-token latency against batch); 0 (the sum) "
			+ FITTED;

	/** Fixed time of every decode step outside the model's kernels (scheduling, sampling, kernel launches), s. */
	public static final double STEP_OVERHEAD = 0.0034;
	public static final String STEP_OVERHEAD_SOURCE = "per-step time the roofline does not see (vLLM scheduler,"
			+ " sampler, launches): 3.4 ms " + FITTED;

	/**
	 * Tokens an expert's matrix product costs at least when the batch hits it (the GEMM tile height): a batch that
	 * sends each expert fewer tokens pays for a whole tile; expert compute = 2 · expert parameters ·
	 * max(B · k/E, tile · share of experts hit).
	 */
	public static final double EXPERT_TILE_TOKENS = 1;
	public static final String EXPERT_TILE_SOURCE = "grouped expert GEMMs pad each expert's tokens to a tile of"
			+ " 16-128 rows (MegaBlocks, Gale et al. 2023; vLLM fused-MoE block sizes), but the measurements show no"
			+ " such cost at small batch: 1 (no padding, the lower end of its range) " + FITTED;

	/**
	 * Expert-time factor: the time of the busiest expert over the mean expert (routing is never perfectly balanced)
	 * times the lower efficiency of small expert GEMMs against the dense MFU.
	 */
	public static final double MOE_IMBALANCE = 3;
	public static final String MOE_IMBALANCE_SOURCE = "expert load imbalance of 1.1-1.5 x at inference batch sizes"
			+ " (DeepSeek-V3 report: redundant experts for load balance; Switch Transformer capacity factor 1.25);"
			+ " with small expert GEMMs less efficient than dense ones, 3 (the upper end of its range) " + FITTED;

	/** Latency of one collective (all-reduce or all-to-all) between accelerators, s. */
	public static final double COLLECTIVE_LATENCY = 42e-6;
	public static final String COLLECTIVE_LATENCY_SOURCE = "NCCL small-message all-reduce latency over NVLink is"
			+ " ~10-30 us (NCCL tests on DGX H100); 42 us " + FITTED;

	/** Bytes per activation value exchanged between accelerators (bf16 activations, also for fp8 weights). */
	public static final double ACTIVATION_BYTES = 2;

	/** Share of accelerator memory the server may fill with weights and KV cache. */
	public static final double MEMORY_UTILISATION = 0.9;
	public static final String MEMORY_UTILISATION_SOURCE = "vLLM --gpu-memory-utilization default 0.9 (the rest:"
			+ " activations, CUDA graphs, fragmentation)";

	/** Upper bound of a batch derived from memory: the server's cap on concurrent sequences. */
	public static final double BATCH_CAP = 256;
	public static final String BATCH_CAP_SOURCE = "vLLM --max-num-seqs default 256: a server never runs more"
			+ " sequences at once unless configured to";

	/** Bytes per weight at a precision, for the weight traffic of a decode step. */
	public static double bytesPerParameter(Precision precision) {
		return switch (precision) {
		case FP32, TF32 -> 4;
		case BF16, FP16 -> 2;
		case FP8, INT8 -> 1;
		case FP4 -> 0.5;
		};
	}
}

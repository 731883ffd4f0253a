package org.jevons.analysis;

import org.jevons.analysis.spec.Specs.Precision;

/**
 * Every built-in default of the engine, with the reason for its value. docs/methodology.md explains the
 * calibration; each default's text travels as the source of every figure computed from it.
 */
public final class Defaults {
	private Defaults() {
	}

	/** Seconds in a year of 365 days: "per year" figures are daily rates × 365. */
	public static final double YEAR = 365 * 86_400.0;

	/** Average accelerator power during training as a fraction of TDP. */
	public static final double TRAINING_UTILISATION = 0.8;
	public static final String TRAINING_UTILISATION_SOURCE = "training draws ~0.8 of TDP: GPT-3 on V100 measured"
			+ " 330 W incl. host share vs 300 W TDP (Patterson et al. 2021), Llama 2/3 cards use TDP (upper"
			+ " bound), BLOOM measured ~0.75-0.9 of TDP (Luccioni et al. 2023)";

	/** Model FLOPs utilisation of the prefill phase (large matrix products, compute-bound). */
	public static final double PREFILL_MFU = 0.5;
	public static final String PREFILL_MFU_SOURCE = "prefill is compute-bound GEMM; 0.4-0.6 of dense peak in"
			+ " vLLM/TensorRT-LLM prefill (Splitwise, Patel et al. ISCA 2024)";

	/** MFU of the decode step when it is compute-bound (large batch). */
	public static final double DECODE_MFU = 0.4;
	public static final String DECODE_MFU_SOURCE = "compute-bound decode reaches less of peak than prefill"
			+ " (smaller GEMMs, attention); calibrated so that Llama 3.3 70B on one H100 gives ~2 J/token at"
			+ " batch 8 (Neuralwatt/Chamberlin 2025) and large-batch energy per token matches ML.ENERGY H100 data";

	/** Memory-bandwidth utilisation of the decode step when it is memory-bound. */
	public static final double MBU = 0.7;
	public static final String MBU_SOURCE = "achieved/peak HBM bandwidth in decode, 0.6-0.8 (Databricks,"
			+ " LLM Inference Performance Engineering, 2023)";

	/** Idle power as a fraction of TDP when the accelerator does not state {@code idle}. */
	public static final double IDLE_FRACTION = 0.1;
	public static final String IDLE_SOURCE = "H100 SXM idles at ~60-70 W of 700 W (nvidia-smi; ML.ENERGY)";

	/** Power between idle and TDP: fraction of (TDP − idle) above idle when memory-bound ... */
	public static final double POWER_FRACTION_MEMORY_BOUND = 0.6;
	/** ... and when compute-bound (prefill, large-batch decode). */
	public static final double POWER_FRACTION_COMPUTE_BOUND = 0.9;
	public static final String POWER_SOURCE = "prefill draws near TDP, memory-bound decode ~0.6 of it"
			+ " (Splitwise, Patel et al. ISCA 2024; POLCA, Patel et al. 2024); Epoch AI (Feb 2025) assumes 0.7"
			+ " of max power overall";

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

package org.jevons.analysis.calibration;

import java.util.List;
import java.util.Map;

import org.jevons.analysis.inference.InferenceModel;

/**
 * The defaults calibration fits: the engine's calibrated paths ({@link InferenceModel#CALIBRATED}, the one list
 * of them), each with the range a fit may move it in, except those {@link #NOT_FITTED} with their reason.
 */
public final class Knobs {
	/** A calibrated default and its admissible range. */
	public record Knob(String path, double lower, double upper) {
	}

	/**
	 * Physical ranges: utilisations and power shares are fractions, times in seconds, the expert tile in tokens (GEMM tiles are 16-128 rows; 1 is no
	 * padding), the expert-time factor at most 3 (load imbalance, 1.1-1.5 published for inference batches, times the
	 * lower efficiency of small expert GEMMs).
	 */
	static final Map<String, double[]> RANGES = Map.ofEntries(Map.entry("decode mfu", range(0.05, 1)),
			Map.entry("mbu", range(0.2, 1)), Map.entry("overlap", range(0, 1)),
			Map.entry("step overhead", range(0, 0.02)), Map.entry("moe efficiency", range(1, 128)),
			Map.entry("imbalance", range(1, 3)), Map.entry("collective latency", range(1e-6, 2e-4)),
			Map.entry("idle fraction", range(0.02, 0.5)), Map.entry("memory-bound power fraction", range(0.05, 1)),
			Map.entry("compute-bound power fraction", range(0.05, 1)));

	/**
	 * Calibrated paths this data cannot pin down, with the reason; they keep their documented default. Prefill:
	 * ML.ENERGY publishes no prompt lengths, so prefill work is a guess (MeasurementReader.ASSUMED_PROMPT), and a
	 * fitted prefill MFU would only absorb that guess (it runs to whatever bound it is given).
	 */
	public static final Map<String, String> NOT_FITTED = Map.of("prefill mfu",
			"the data has no prompt lengths: prefill work is assumed, not measured");

	public static final List<Knob> ALL = InferenceModel.CALIBRATED.stream().filter(RANGES::containsKey)
			.map(path -> new Knob(path, RANGES.get(path)[0], RANGES.get(path)[1])).toList();

	private Knobs() {
	}

	private static double[] range(double lower, double upper) {
		return new double[] { lower, upper };
	}
}

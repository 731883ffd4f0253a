package org.jevons.analysis.calibration;

import java.util.OptionalDouble;

import org.jevons.analysis.spec.Specs.Accelerator;
import org.jevons.analysis.spec.Specs.Architecture;
import org.jevons.analysis.spec.Specs.Origin;
import org.jevons.analysis.spec.Specs.Precision;

/**
 * One measured serving configuration, in SI units: a model on {@code count} accelerators at a running batch,
 * with its measured accelerator-only energy per output token (prefill included, as ML.ENERGY measures it).
 *
 * @param origin          the row in its file
 * @param model           model id (e.g. the Hugging Face id)
 * @param family          models held out together (all sizes and precisions of one family)
 * @param parameters      total parameters
 * @param active          parameters active per token
 * @param precisionLabel  the precision as written ({@code bf16}, {@code fp8}, {@code mxfp4})
 * @param precision       the precision the engine computes with (activations)
 * @param weights         the precision the weights are stored in
 * @param prompt          prompt tokens per request (stated, or assumed from the task)
 * @param outputTokens    output tokens per request, reasoning included
 * @param joulesPerToken  measured accelerator energy per output token, all accelerators
 * @param powerPerAccelerator measured mean power per accelerator, W, when the file has it
 */
public record Measurement(Origin origin, String task, String model, String family, Architecture architecture,
		double parameters, double active, String gpu, Accelerator accelerator, double count, String precisionLabel,
		Precision precision, Precision weights, double batch, double prompt, double outputTokens, double joulesPerToken,
		OptionalDouble powerPerAccelerator, ModelFacts facts) {

	/**
	 * The base model, for holding out: precision variants (FP8 checkpoints) and the instruct and thinking
	 * checkpoints of one architecture are the same model ({@code Qwen3-235B-A22B-Thinking-2507-FP8} →
	 * {@code Qwen3-235B-A22B}).
	 */
	public String baseModel() {
		return model.replaceAll("(?i)-fp8$", "").replaceAll("(?i)-(instruct|thinking)(-\\d+)?$", "");
	}
}

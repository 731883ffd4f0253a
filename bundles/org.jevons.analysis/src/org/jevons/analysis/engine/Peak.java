package org.jevons.analysis.engine;

import java.util.Optional;

import org.jevons.analysis.spec.Specs.Accelerator;
import org.jevons.analysis.spec.Specs.Precision;
import org.jevons.analysis.spec.Value;

/**
 * The dense peak an MFU refers to: the one at the precision used, or a stand-in of the same width and the same
 * tensor-core rate (bf16 ⇄ fp16, fp8 ⇄ int8). fp32 and tf32 are not interchangeable: TF32 tensor cores run ~8×
 * the plain FP32 rate on A100/H100 (NVIDIA A100 and H100 datasheets), so neither stands in for the other.
 */
public record Peak(Optional<Value> value, Optional<String> substitution) {

	public static Peak of(Accelerator accelerator, Precision precision) {
		Value exact = accelerator.peak().get(precision);
		if (exact != null) {
			return new Peak(Optional.of(exact), Optional.empty());
		}
		Precision twin = switch (precision) {
		case BF16 -> Precision.FP16;
		case FP16 -> Precision.BF16;
		case FP32, TF32 -> precision;
		case FP8 -> Precision.INT8;
		case INT8 -> Precision.FP8;
		case FP4 -> Precision.FP4;
		};
		Value stand = accelerator.peak().get(twin);
		if (stand != null && twin != precision) {
			return new Peak(Optional.of(stand), Optional.of("accelerator " + accelerator.name() + " states no "
					+ name(precision) + " peak; its " + name(twin) + " peak (same width) is used"));
		}
		return new Peak(Optional.empty(), Optional.empty());
	}

	public static String name(Precision precision) {
		return precision.name().toLowerCase(java.util.Locale.ROOT);
	}
}

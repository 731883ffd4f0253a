package org.jevons.analysis.engine;

import java.util.Optional;

import org.jevons.analysis.spec.Specs.Accelerator;
import org.jevons.analysis.spec.Specs.Precision;
import org.jevons.analysis.spec.Value;

/** The dense peak an MFU refers to: the one at the precision used, or a same-width stand-in (bf16 ⇄ fp16). */
public record Peak(Optional<Value> value, Optional<String> substitution) {

	public static Peak of(Accelerator accelerator, Precision precision) {
		Value exact = accelerator.peak().get(precision);
		if (exact != null) {
			return new Peak(Optional.of(exact), Optional.empty());
		}
		Precision twin = switch (precision) {
		case BF16 -> Precision.FP16;
		case FP16 -> Precision.BF16;
		case FP32 -> Precision.TF32;
		case TF32 -> Precision.FP32;
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

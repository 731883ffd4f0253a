package org.jevons.benchmarks;

import java.util.Map;
import java.util.Optional;

import org.jevons.analysis.spec.Specs.Accelerator;
import org.jevons.analysis.spec.Specs.Architecture;
import org.jevons.analysis.spec.Specs.Datacenter;
import org.jevons.analysis.spec.Specs.Deployment;
import org.jevons.analysis.spec.Specs.Inference;
import org.jevons.analysis.spec.Specs.Model;
import org.jevons.analysis.spec.Specs.Precision;
import org.jevons.analysis.spec.Specs.Training;
import org.jevons.analysis.spec.Value;

/**
 * The workloads the benchmarks evaluate: an uncertain DeepSeek-V3-like training, an uncertain MoE (V3/R1-like)
 * service and the same service on a dense 70 B model.
 */
final class Workloads {
	private Workloads() {
	}

	static Optional<Value> o(double x) {
		return Optional.of(Value.of(x));
	}

	static final Accelerator H800 = new Accelerator("H800",
			Map.of(Precision.BF16, Value.of(989e12), Precision.FP8, Value.of(1979e12)), o(700), o(70), o(80e9),
			o(3.35e12), Optional.empty(), Optional.empty(), o(2 / 3600.0));
	static final Datacenter DC = new Datacenter("DC", Optional.of(Value.uniform(1.1, 1.3)), o(0.56 / 3.6e6),
			o(0.5 / 3.6e6), o(3.1 / 3.6e6), Optional.empty());
	static final Model V3 = new Model("V3", Architecture.MOE, Value.of(671e9), Value.of(37e9), o(256), o(8), o(61),
			o(70e3), Precision.FP8, Optional.empty());

	static final Model LLAMA_70B = new Model("Llama70B", Architecture.DENSE, Value.of(70.6e9), Value.of(70.6e9),
			Optional.empty(), Optional.empty(), o(80), o(163_840), Precision.FP8, Optional.empty());

	static Training training() {
		return new Training("V3_uncertain", org.jevons.analysis.spec.Specs.Origin.UNKNOWN, V3,
				new Deployment(Value.of(2048), H800, Optional.empty(), Optional.of(DC)), Precision.BF16,
				Optional.of(Value.uniform(14e12, 15.6e12)), Optional.of(Value.triangular(0.25, 0.35, 0.45)),
				Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
	}

	static Inference inference() {
		return new Inference("R1_uncertain", org.jevons.analysis.spec.Specs.Origin.UNKNOWN, V3,
				new Deployment(Value.of(8), H800, Optional.empty(), Optional.of(DC)), Precision.FP8, Value.of(150),
				Value.triangular(600, 1100, 3000), Value.uniform(300, 700), Value.triangular(4, 16, 64),
				o(1e6 / 86_400), Optional.empty(), Optional.of(Value.uniform(0.2, 0.5)), Optional.empty(),
				Optional.empty(), Optional.empty());
	}

	/** The same uncertain service on a dense model: no expert-coverage power term per sample. */
	static Inference denseInference() {
		return new Inference("Llama_uncertain", org.jevons.analysis.spec.Specs.Origin.UNKNOWN, LLAMA_70B,
				new Deployment(Value.of(8), H800, Optional.empty(), Optional.of(DC)), Precision.FP8, Value.of(150),
				Value.triangular(600, 1100, 3000), Value.uniform(300, 700), Value.triangular(4, 16, 64),
				o(1e6 / 86_400), Optional.empty(), Optional.of(Value.uniform(0.2, 0.5)), Optional.empty(),
				Optional.empty(), Optional.empty());
	}
}

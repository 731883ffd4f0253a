package org.jevons.analysis;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.jevons.analysis.spec.Specs.Accelerator;
import org.jevons.analysis.spec.Specs.Architecture;
import org.jevons.analysis.spec.Specs.Comparison;
import org.jevons.analysis.spec.Specs.Datacenter;
import org.jevons.analysis.spec.Specs.Deployment;
import org.jevons.analysis.spec.Specs.Expectation;
import org.jevons.analysis.spec.Specs.Inference;
import org.jevons.analysis.spec.Specs.Model;
import org.jevons.analysis.spec.Specs.Operator;
import org.jevons.analysis.spec.Specs.Origin;
import org.jevons.analysis.spec.Specs.Per;
import org.jevons.analysis.spec.Specs.Precision;
import org.jevons.analysis.spec.Specs.Projection;
import org.jevons.analysis.spec.Specs.Study;
import org.jevons.analysis.spec.Specs.Sweep;
import org.jevons.analysis.spec.Specs.Training;
import org.jevons.analysis.spec.Value;

/** Spec builders in the units users write, converted to SI as the EMF adapter does. */
public final class Fixtures {
	public static final double TERA = 1e12, GIGA = 1e9, HOUR = 3600, DAY = 86_400, KWH = 3.6e6, WH = 3600;

	private Fixtures() {
	}

	public static Value v(double x) {
		return Value.of(x);
	}

	public static Optional<Value> o(double x) {
		return Optional.of(Value.of(x));
	}

	/** gCO2e/kWh → kg per J. */
	public static Value gramsPerKwh(double grams) {
		return Value.of(grams / 1000 / KWH);
	}

	public static Accelerator accelerator(String name, Precision precision, double peakTflops,
			Optional<Value> watts, Optional<Value> idle, double bandwidthTbs) {
		Map<Precision, Value> peak = new EnumMap<>(Precision.class);
		peak.put(precision, v(peakTflops * TERA));
		return new Accelerator(name, peak, watts, idle, o(80 * GIGA), o(bandwidthTbs * TERA), Optional.empty(),
				Optional.empty(), Optional.empty());
	}

	/** H100 SXM: dense bf16 989 and fp8 1979 TFLOP/s, 700 W, no idle stated, 3.35 TB/s. */
	public static Accelerator h100() {
		Accelerator bf16 = accelerator("H100", Precision.BF16, 989, o(700), Optional.empty(), 3.35);
		Map<Precision, Value> peak = new EnumMap<>(bf16.peak());
		peak.put(Precision.FP8, v(1979 * TERA));
		return new Accelerator(bf16.name(), peak, bf16.power(), bf16.idle(), bf16.memory(), bf16.bandwidth(),
				bf16.embodied(), bf16.lifetime(), bf16.rental());
	}

	/** The accelerator with a device-to-device bandwidth (both directions), bytes/s. */
	public static Accelerator withInterconnect(Accelerator a, double bytesPerSecond) {
		return new Accelerator(a.name(), a.peak(), a.power(), a.idle(), a.memory(), a.bandwidth(), a.embodied(),
				a.lifetime(), a.rental(), o(bytesPerSecond));
	}

	/** A model with its serving shape. */
	public static Model shaped(Model m, Optional<Value> layers, Optional<Value> kv,
			org.jevons.analysis.spec.Specs.Shape shape) {
		return new Model(m.name(), m.architecture(), m.parameters(), m.active(), m.experts(), m.routed(), layers, kv,
				m.precision(), m.context(), shape);
	}

	public static Accelerator withRental(Accelerator a, double usdPerHour) {
		return new Accelerator(a.name(), a.peak(), a.power(), a.idle(), a.memory(), a.bandwidth(), a.embodied(),
				a.lifetime(), o(usdPerHour / HOUR));
	}

	public static Datacenter datacenter(String name, double pue, double gramsPerKwh) {
		return new Datacenter(name, o(pue), Optional.of(gramsPerKwh(gramsPerKwh)), Optional.empty(),
				Optional.empty(), Optional.empty());
	}

	public static Deployment on(double n, Accelerator a, Datacenter d) {
		return new Deployment(v(n), a, Optional.empty(), Optional.of(d));
	}

	public static Model dense(String name, double parameters, Precision precision) {
		return new Model(name, Architecture.DENSE, v(parameters), v(parameters), Optional.empty(), Optional.empty(),
				Optional.empty(), Optional.empty(), precision, Optional.empty());
	}

	public static Model moe(String name, double parameters, double active, Precision precision) {
		return new Model(name, Architecture.MOE, v(parameters), v(active), Optional.empty(), Optional.empty(),
				Optional.empty(), Optional.empty(), precision, Optional.empty());
	}

	public static Origin origin(int line) {
		return new Origin("test.energy", line, 1);
	}

	/** A training with nothing optional set; tests replace what they need with {@link TrainingBuilder}. */
	public record TrainingBuilder(Training t) {
		public static TrainingBuilder of(String name, Model model, Deployment on, Precision precision) {
			return new TrainingBuilder(new Training(name, origin(1), model, on, precision, Optional.empty(),
					Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
		}

		public TrainingBuilder tokens(Value x) {
			return new TrainingBuilder(new Training(t.name(), t.origin(), t.model(), t.on(), t.precision(),
					Optional.of(x), t.mfu(), t.duration(), t.acceleratorHours(), t.averagePower(), t.flops()));
		}

		public TrainingBuilder mfu(Value x) {
			return new TrainingBuilder(new Training(t.name(), t.origin(), t.model(), t.on(), t.precision(),
					t.tokens(), Optional.of(x), t.duration(), t.acceleratorHours(), t.averagePower(), t.flops()));
		}

		public TrainingBuilder duration(double seconds) {
			return new TrainingBuilder(new Training(t.name(), t.origin(), t.model(), t.on(), t.precision(),
					t.tokens(), t.mfu(), o(seconds), t.acceleratorHours(), t.averagePower(), t.flops()));
		}

		public TrainingBuilder acceleratorHours(double hours) {
			return new TrainingBuilder(new Training(t.name(), t.origin(), t.model(), t.on(), t.precision(),
					t.tokens(), t.mfu(), t.duration(), o(hours * HOUR), t.averagePower(), t.flops()));
		}

		public TrainingBuilder averagePower(Value watts) {
			return new TrainingBuilder(new Training(t.name(), t.origin(), t.model(), t.on(), t.precision(),
					t.tokens(), t.mfu(), t.duration(), t.acceleratorHours(), Optional.of(watts), t.flops()));
		}

		public TrainingBuilder flops(double flops) {
			return new TrainingBuilder(new Training(t.name(), t.origin(), t.model(), t.on(), t.precision(),
					t.tokens(), t.mfu(), t.duration(), t.acceleratorHours(), t.averagePower(), o(flops)));
		}

		public Training build() {
			return t;
		}
	}

	/** An inference with defaults for every optional knob. */
	public record InferenceBuilder(Inference i) {
		public static InferenceBuilder of(String name, Model model, Deployment on, double prompt, double reasoning,
				double answer, double batch) {
			return new InferenceBuilder(new Inference(name, origin(2), model, on, model.precision(), v(prompt),
					v(reasoning), v(answer), v(batch), Optional.empty(), Optional.empty(), Optional.empty(),
					Optional.empty(), Optional.empty(), Optional.empty()));
		}

		private InferenceBuilder copy(Value prompt, Value reasoning, Value answer, Optional<Value> batch,
				Optional<Value> requests, Optional<Value> energy, Optional<Value> mfu, Optional<Value> power,
				Precision weights, Optional<Value> latency) {
			return new InferenceBuilder(new Inference(i.name(), i.origin(), i.model(), i.on(), i.precision(), prompt,
					reasoning, answer, batch, requests, energy, mfu, i.mbu(), power, i.context(), weights, latency));
		}

		public InferenceBuilder mbu(double x) {
			return new InferenceBuilder(new Inference(i.name(), i.origin(), i.model(), i.on(), i.precision(),
					i.prompt(), i.reasoning(), i.answer(), i.batch(), i.requests(), i.energyPerToken(), i.mfu(),
					o(x), i.averagePower(), i.context(), i.weights(), i.latency()));
		}

		public InferenceBuilder with(Value prompt, Value reasoning, Value answer, Value batch) {
			return copy(prompt, reasoning, answer, Optional.of(batch), i.requests(), i.energyPerToken(), i.mfu(),
					i.averagePower(), i.weights(), i.latency());
		}

		public InferenceBuilder requestsPerDay(double perDay) {
			return copy(i.prompt(), i.reasoning(), i.answer(), i.batch(), o(perDay / DAY), i.energyPerToken(),
					i.mfu(), i.averagePower(), i.weights(), i.latency());
		}

		public InferenceBuilder energyPerToken(Value joules) {
			return copy(i.prompt(), i.reasoning(), i.answer(), i.batch(), i.requests(), Optional.of(joules), i.mfu(),
					i.averagePower(), i.weights(), i.latency());
		}

		public InferenceBuilder mfu(Value x) {
			return copy(i.prompt(), i.reasoning(), i.answer(), i.batch(), i.requests(), i.energyPerToken(),
					Optional.of(x), i.averagePower(), i.weights(), i.latency());
		}

		public InferenceBuilder averagePower(Value watts) {
			return copy(i.prompt(), i.reasoning(), i.answer(), i.batch(), i.requests(), i.energyPerToken(), i.mfu(),
					Optional.of(watts), i.weights(), i.latency());
		}

		/** No stated batch: the largest that fits in memory (and meets {@code latency}). */
		public InferenceBuilder derivedBatch() {
			return copy(i.prompt(), i.reasoning(), i.answer(), Optional.empty(), i.requests(), i.energyPerToken(),
					i.mfu(), i.averagePower(), i.weights(), i.latency());
		}

		public InferenceBuilder latency(double seconds) {
			return copy(i.prompt(), i.reasoning(), i.answer(), i.batch(), i.requests(), i.energyPerToken(), i.mfu(),
					i.averagePower(), i.weights(), o(seconds));
		}

		public InferenceBuilder weights(Precision precision) {
			return copy(i.prompt(), i.reasoning(), i.answer(), i.batch(), i.requests(), i.energyPerToken(), i.mfu(),
					i.averagePower(), precision, i.latency());
		}

		public Inference build() {
			return i;
		}
	}

	public static Study study(List<Training> trainings, List<Inference> inferences) {
		return new Study(trainings, inferences, List.of(), List.of(), List.of(), List.of());
	}

	public static Study study(List<Training> trainings, List<Inference> inferences, List<Comparison> comparisons,
			List<Projection> projections, List<Sweep> sweeps, List<Expectation> expectations) {
		return new Study(trainings, inferences, comparisons, projections, sweeps, expectations);
	}

	public static Comparison compare(org.jevons.analysis.spec.Specs.Workload left,
			org.jevons.analysis.spec.Specs.Workload right, Per per) {
		return new Comparison(origin(30), left, right, per);
	}

	public static Expectation expect(String text, String target, String metric, Operator operator, double limit) {
		return new Expectation(origin(40), text, target, metric, OptionalInt.empty(), operator, limit);
	}

	/** The core analyses, registered explicitly (ServiceLoader discovery has its own test). */
	public static StudyResult analyze(Study study, Settings settings) {
		return new StudyAnalysis(CoreAnalyses.registry()).run(study, settings);
	}

	public static StudyResult analyze(Study study) {
		return analyze(study, new Settings(10_000, 7, 2));
	}

	public static double nominal(AnalysisResult result, String key) {
		return result.figure(key).orElseThrow(() -> new AssertionError(result.name() + " has no " + key + "; "
				+ result.problems())).nominal();
	}
}

package org.jevons.analysis.inference;

import static org.jevons.analysis.engine.Parameter.declared;
import static org.jevons.analysis.engine.Parameter.optional;
import static org.jevons.analysis.engine.Parameter.withDefault;

import java.util.List;
import java.util.Optional;

import org.jevons.analysis.Defaults;
import org.jevons.analysis.engine.FigureSpec;
import org.jevons.analysis.engine.Kernel;
import org.jevons.analysis.engine.Parameter;
import org.jevons.analysis.engine.ParameterSpace;
import org.jevons.analysis.engine.Peak;
import org.jevons.analysis.engine.WorkloadModel;
import org.jevons.analysis.spec.Specs.Accelerator;
import org.jevons.analysis.spec.Specs.Architecture;
import org.jevons.analysis.spec.Specs.Datacenter;
import org.jevons.analysis.spec.Specs;
import org.jevons.analysis.spec.Specs.Inference;
import org.jevons.analysis.spec.Specs.Lifecycle;
import org.jevons.analysis.spec.Specs.Model;
import org.jevons.analysis.spec.Specs.Shape;

/**
 * An inference service as a parameter vector; {@link InferenceKernel} holds the formulas. Parameter paths are
 * what a {@code sweep} may vary and what calibration fits (the defaults' paths). Absent optional inputs are NaN.
 */
public final class InferenceModel implements WorkloadModel {
	/** The defaults that calibration fits, by path (docs/methodology.md, Calibration). */
	public static final List<String> CALIBRATED = List.of("decode mfu", "prefill mfu", "mbu", "overlap",
			"step overhead", "moe efficiency", "imbalance", "collective latency", "idle fraction",
			"memory-bound power fraction", "compute-bound power fraction");

	final int prompt, reasoning, answer, batch, requests, measuredEnergy, mfu, decodeMfu, prefillMfu, mbu, overlap,
			overhead, moeEfficiency, imbalance, collectiveLatency, averagePower, context, latency, parameters, active,
			moe, experts, routed, kvBytes, layers, attentionLayers, attentionWidth, window, localShare, hidden, state,
			weightBytes, accelerators, peak, power, idle, idleFraction, memoryBoundFraction, computeBoundFraction,
			bandwidth, memory, memoryUtilisation, batchCap, interconnect, hostPower, pue, carbon, wue, gridWater,
			hostShare, reserve, acceleratorEmbodied, acceleratorLifetime, nodeEmbodied, nodeLifetime, residual,
			cleanShare, trainingEnergy, trainingCarbon, over, overLifetime;
	private final ParameterSpace space = new ParameterSpace();
	private final Kernel kernel;
	final Peak peakChoice;
	final List<FigureSpec> figureSpecs;

	public InferenceModel(Inference inference) {
		String w = inference.name();
		Model m = inference.model();
		Shape shape = m.shape();
		Accelerator a = inference.on().accelerator();
		Datacenter d = inference.on().datacenter().orElse(new Datacenter("", Optional.empty(), Optional.empty(),
				Optional.empty(), Optional.empty(), Optional.empty()));
		peakChoice = Peak.of(a, inference.precision());
		prompt = space.add(declared(w, "prompt", inference.prompt()));
		reasoning = space.add(declared(w, "reasoning", inference.reasoning()));
		answer = space.add(declared(w, "answer", inference.answer()));
		batch = space.add(optional(w, "batch", inference.batch()));
		requests = space.add(optional(w, "requests", inference.requests()));
		measuredEnergy = space.add(optional(w, "energy", inference.energyPerToken()));
		mfu = space.add(optional(w, "mfu", inference.mfu()));
		// a stated mfu applies to both phases; otherwise each phase has its own documented default
		boolean statedMfu = inference.mfu().isPresent();
		decodeMfu = space.add(statedMfu ? Parameter.constant("decode mfu", Double.NaN)
				: withDefault(w, "decode mfu", Optional.empty(), Defaults.DECODE_MFU, Defaults.DECODE_MFU_SOURCE));
		prefillMfu = space.add(statedMfu ? Parameter.constant("prefill mfu", Double.NaN)
				: withDefault(w, "prefill mfu", Optional.empty(), Defaults.PREFILL_MFU, Defaults.PREFILL_MFU_SOURCE));
		mbu = space.add(withDefault(w, "mbu", inference.mbu(), Defaults.MBU, Defaults.MBU_SOURCE));
		// A stated mfu is the effective utilisation of the whole step (as Epoch AI's "10 % utilisation"): the step is
		// then the roofline max(compute, memory), without the calibrated overhead, overlap and expert terms.
		overlap = space.add(statedMfu ? Parameter.constant("overlap", 1)
				: withDefault(w, "overlap", Optional.empty(), Defaults.OVERLAP, Defaults.OVERLAP_SOURCE));
		overhead = space.add(statedMfu ? Parameter.constant("step overhead", 0)
				: withDefault(w, "step overhead", Optional.empty(), Defaults.STEP_OVERHEAD,
						Defaults.STEP_OVERHEAD_SOURCE));
		moeEfficiency = space.add(statedMfu ? Parameter.constant("moe efficiency", 0)
				: withDefault(w, "moe efficiency", Optional.empty(), Defaults.EXPERT_TILE_TOKENS,
						Defaults.EXPERT_TILE_SOURCE));
		imbalance = space.add(statedMfu ? Parameter.constant("imbalance", 1)
				: withDefault(w, "imbalance", Optional.empty(), Defaults.MOE_IMBALANCE, Defaults.MOE_IMBALANCE_SOURCE));
		collectiveLatency = space.add(withDefault(w, "collective latency", Optional.empty(),
				Defaults.COLLECTIVE_LATENCY, Defaults.COLLECTIVE_LATENCY_SOURCE));
		averagePower = space.add(optional(w, "average power", inference.averagePower()));
		context = space.add(optional(w, "context", inference.context()));
		latency = space.add(optional(w, "latency", inference.latency()));
		parameters = space.add(declared(m.name(), "model.parameters", m.parameters()));
		if (m.hasActive()) {
			active = space.add(declared(m.name(), "model.active", m.active()));
		} else {
			active = parameters;
			space.alias("model.active", parameters);
		}
		moe = space.add(Parameter.constant("model.moe", m.architecture() == Architecture.MOE ? 1 : 0));
		experts = space.add(optional(m.name(), "model.experts", m.experts()));
		routed = space.add(optional(m.name(), "model.routed", m.routed()));
		kvBytes = space.add(optional(m.name(), "model.kv", m.kvBytesPerToken()));
		layers = space.add(optional(m.name(), "model.layers", m.layers()));
		attentionLayers = space.add(optional(m.name(), "model.attention layers", shape.attentionLayers()));
		attentionWidth = space.add(optional(m.name(), "model.attention width", shape.attentionWidth()));
		window = space.add(optional(m.name(), "model.window", shape.window()));
		localShare = space.add(optional(m.name(), "model.local share", shape.localShare()));
		hidden = space.add(optional(m.name(), "model.hidden", shape.hidden()));
		state = space.add(optional(m.name(), "model.state", shape.state()));
		weightBytes = space.add(Parameter.constant("bytes per weight", Defaults.bytesPerParameter(inference.weights())));
		accelerators = space.add(declared(w, "accelerators", inference.on().accelerators()));
		peak = space.add(optional(a.name(), "accelerator.peak", peakChoice.value()));
		power = space.add(optional(a.name(), "accelerator.power", a.power()));
		idle = space.add(optional(a.name(), "accelerator.idle", a.idle()));
		idleFraction = space.add(withDefault(a.name(), "idle fraction", Optional.empty(), Defaults.IDLE_FRACTION,
				Defaults.IDLE_SOURCE));
		memoryBoundFraction = space.add(withDefault(w, "memory-bound power fraction", Optional.empty(),
				Defaults.POWER_FRACTION_MEMORY_BOUND, Defaults.POWER_SOURCE));
		computeBoundFraction = space.add(withDefault(w, "compute-bound power fraction", Optional.empty(),
				Defaults.POWER_FRACTION_COMPUTE_BOUND, Defaults.POWER_SOURCE));
		bandwidth = space.add(optional(a.name(), "accelerator.bandwidth", a.bandwidth()));
		memory = space.add(optional(a.name(), "accelerator.memory", a.memory()));
		boolean derivedBatch = inference.batch().isEmpty();
		memoryUtilisation = space.add(derivedBatch
				? withDefault(w, "memory utilisation", Optional.empty(), Defaults.MEMORY_UTILISATION,
						Defaults.MEMORY_UTILISATION_SOURCE)
				: Parameter.constant("memory utilisation", Defaults.MEMORY_UTILISATION));
		batchCap = space.add(derivedBatch
				? withDefault(w, "batch cap", Optional.empty(), Defaults.BATCH_CAP, Defaults.BATCH_CAP_SOURCE)
				: Parameter.constant("batch cap", Defaults.BATCH_CAP));
		interconnect = space.add(optional(a.name(), "accelerator.interconnect", a.interconnect()));
		hostPower = space.add(optional(w, "host power", inference.on().hostPower()));
		pue = space.add(optional(d.name(), "datacenter.pue", d.pue()));
		carbon = space.add(optional(d.name(), "datacenter.carbon", d.carbon()));
		wue = space.add(optional(d.name(), "datacenter.wue", d.wue()));
		gridWater = space.add(optional(d.name(), "datacenter.water", d.gridWater()));
		Lifecycle life = inference.lifecycle();
		hostShare = space.add(optional(w, "host share", life.hostShare()));
		reserve = space.add(optional(w, "reserve", life.reserve()));
		acceleratorEmbodied = space.add(optional(a.name(), "accelerator.embodied", a.embodied()));
		acceleratorLifetime = space.add(optional(a.name(), "accelerator.lifetime", a.lifetime()));
		nodeEmbodied = space.add(optional(w, "node.embodied", inference.on().nodeEmbodied()));
		nodeLifetime = space.add(optional(w, "node.lifetime", inference.on().nodeLifetime()));
		residual = space.add(optional(d.name(), "datacenter.residual", d.residualCarbon()));
		cleanShare = space.add(optional(d.name(), "datacenter.clean share", d.cleanShare()));
		Optional<Specs.Upstream> upstream = life.upstream();
		double[] training = upstream.map(u -> UpstreamTraining.nominal(u.training())).orElse(new double[] { Double.NaN,
				Double.NaN });
		String trained = upstream.map(u -> "training " + u.training().name() + " (its nominal lifecycle figure)")
				.orElse("");
		trainingEnergy = space.add(UpstreamTraining.constant("training.energy", training[0], trained));
		trainingCarbon = space.add(UpstreamTraining.constant("training.carbon", training[1], trained));
		over = space.add(optional(w, "training.over", upstream.map(Specs.Upstream::over)));
		overLifetime = space.add(Parameter.constant("training over lifetime",
				upstream.map(u -> u.lifetime() ? 1 : 0).orElse(0)));
		figureSpecs = InferenceFigure.specs(inference.energyPerToken().isPresent());
		kernel = new InferenceKernel(this);
	}

	/** Index of {@code reasoning} tokens in the vector (projections evaluate the plain variant). */
	public int reasoningIndex() {
		return reasoning;
	}

	@Override
	public ParameterSpace space() {
		return space;
	}

	@Override
	public Kernel kernel() {
		return kernel;
	}

	@Override
	public String primaryFigure() {
		return InferenceFigure.ENERGY_PER_REQUEST.key();
	}

	@Override
	public List<String> sweepFigures() {
		return List.of(InferenceFigure.ENERGY_PER_REQUEST.key(), InferenceFigure.ENERGY_PER_TOKEN.key(),
				InferenceFigure.ANNUAL_ENERGY.key());
	}
}

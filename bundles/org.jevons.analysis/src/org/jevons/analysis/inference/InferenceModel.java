package org.jevons.analysis.inference;

import static org.jevons.analysis.engine.Parameter.declared;
import static org.jevons.analysis.engine.Parameter.optional;
import static org.jevons.analysis.engine.Parameter.withDefault;

import java.util.List;
import java.util.Optional;

import org.jevons.analysis.Defaults;
import org.jevons.analysis.engine.Kernel;
import org.jevons.analysis.engine.Parameter;
import org.jevons.analysis.engine.ParameterSpace;
import org.jevons.analysis.engine.Peak;
import org.jevons.analysis.engine.WorkloadModel;
import org.jevons.analysis.spec.Specs.Accelerator;
import org.jevons.analysis.spec.Specs.Architecture;
import org.jevons.analysis.spec.Specs.Datacenter;
import org.jevons.analysis.spec.Specs.Inference;
import org.jevons.analysis.spec.Specs.Model;

/**
 * An inference service as a parameter vector; {@link InferenceKernel} holds the formulas. Parameter paths are
 * what a {@code sweep} may vary. Absent optional inputs are NaN.
 */
public final class InferenceModel implements WorkloadModel {
	final int prompt, reasoning, answer, batch, requests, measuredEnergy, mfu, decodeMfu, prefillMfu, mbu,
			averagePower, context, parameters, active, moe, experts, routed, kvBytes, bytesPerParameter,
			accelerators, peak, power, idle, idleFraction, memoryBoundFraction, computeBoundFraction, bandwidth,
			hostPower, pue, carbon, wue, gridWater;
	private final ParameterSpace space = new ParameterSpace();
	private final Kernel kernel;
	final Peak peakChoice;

	public InferenceModel(Inference inference) {
		String w = inference.name();
		Model m = inference.model();
		Accelerator a = inference.on().accelerator();
		Datacenter d = inference.on().datacenter().orElse(new Datacenter("", Optional.empty(), Optional.empty(),
				Optional.empty(), Optional.empty(), Optional.empty()));
		peakChoice = Peak.of(a, inference.precision());
		prompt = space.add(declared(w, "prompt", inference.prompt()));
		reasoning = space.add(declared(w, "reasoning", inference.reasoning()));
		answer = space.add(declared(w, "answer", inference.answer()));
		batch = space.add(declared(w, "batch", inference.batch()));
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
		averagePower = space.add(optional(w, "average power", inference.averagePower()));
		context = space.add(optional(w, "context", inference.context()));
		parameters = space.add(declared(m.name(), "model.parameters", m.parameters()));
		active = space.add(declared(m.name(), "model.active", m.active()));
		moe = space.add(Parameter.constant("model.moe", m.architecture() == Architecture.MOE ? 1 : 0));
		experts = space.add(optional(m.name(), "model.experts", m.experts()));
		routed = space.add(optional(m.name(), "model.routed", m.routed()));
		kvBytes = space.add(optional(m.name(), "model.kv", m.kvBytesPerToken()));
		bytesPerParameter = space.add(Parameter.constant("bytes per parameter",
				Defaults.bytesPerParameter(inference.precision())));
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
		hostPower = space.add(optional(w, "host power", inference.on().hostPower()));
		pue = space.add(optional(d.name(), "datacenter.pue", d.pue()));
		carbon = space.add(optional(d.name(), "datacenter.carbon", d.carbon()));
		wue = space.add(optional(d.name(), "datacenter.wue", d.wue()));
		gridWater = space.add(optional(d.name(), "datacenter.water", d.gridWater()));
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
		return "energy_per_request";
	}

	@Override
	public List<String> sweepFigures() {
		return List.of("energy_per_request", "energy_per_token", "annual_energy");
	}
}

package org.jevons.analysis.inference;

import java.util.ArrayList;
import java.util.List;

import org.jevons.analysis.AnalysisContext;
import org.jevons.analysis.Boundary;
import org.jevons.analysis.EnergyAnalysis;
import org.jevons.analysis.Problem;
import org.jevons.analysis.WorkloadPublisher;
import org.jevons.analysis.WorkloadResult;
import org.jevons.analysis.engine.Peak;
import org.jevons.analysis.spec.Specs.Architecture;
import org.jevons.analysis.spec.Specs.Datacenter;
import org.jevons.analysis.spec.Specs.Inference;

/** Energy per request, per token and per year of every {@code inference}. */
public final class InferenceAnalysis implements EnergyAnalysis {
	public static final String ID = "inference";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public int order() {
		return Order.WORKLOADS;
	}

	@Override
	public void run(AnalysisContext context) {
		for (Inference inference : context.study().inferences()) {
			analyse(context, inference);
		}
	}

	public WorkloadResult analyse(AnalysisContext context, Inference inference) {
		InferenceModel model = new InferenceModel(inference);
		List<String> assumptions = new ArrayList<>();
		List<Problem> problems = validate(inference, model, assumptions);
		return WorkloadPublisher.publish(context, ID, inference, WorkloadResult.Kind.INFERENCE, model,
				boundary(inference), problems, assumptions);
	}

	public static Boundary boundary(Inference inference) {
		boolean measured = inference.averagePower().isPresent();
		boolean host = !measured
				&& (inference.on().hostPower().isPresent() || inference.lifecycle().hostShare().isPresent());
		boolean facility = inference.on().datacenter().flatMap(Datacenter::pue).isPresent();
		return new Boundary(host, facility, measured);
	}

	private static List<Problem> validate(Inference i, InferenceModel model, List<String> assumptions) {
		List<Problem> problems = new ArrayList<>();
		String name = "inference " + i.name();
		String accelerator = "accelerator " + i.on().accelerator().name();
		boolean measured = i.energyPerToken().isPresent();
		boolean hasPeak = model.peakChoice.value().isPresent();
		boolean hasPower = i.averagePower().isPresent() || i.on().accelerator().power().isPresent();
		boolean hasPrompt = i.prompt().max() > 0;
		model.peakChoice.substitution().ifPresent(assumptions::add);
		if (i.batch().isPresent() && i.batch().get().min() < 1) {
			problems.add(Problem.error(i.origin(), name + ": batch must be at least 1"));
		}
		if (!measured || i.on().hostPower().isPresent() && i.averagePower().isEmpty()) {
			// the batch sets the modelled energy per token, or a node's host share of a measured one
			BatchCheck.check(i, model, problems, assumptions);
		}
		if (i.reasoning().max() + i.answer().max() <= 0) {
			problems.add(Problem.error(i.origin(), name + " produces no output tokens (reasoning + answer is 0)"));
		}
		if (!hasPeak && (!measured || hasPrompt)) {
			problems.add(Problem.error(i.origin(), name + ": " + accelerator + " states no "
					+ Peak.name(i.precision()) + " peak, needed for " + (measured ? "prefill" : "prefill and decode")));
		}
		if (!hasPower && (!measured || hasPrompt)) {
			problems.add(Problem.error(i.origin(), name + " has no `average power` and " + accelerator
					+ " has no `power`: " + (measured ? "prefill" : "decode") + " energy cannot be computed"));
		}
		if (i.on().accelerator().bandwidth().isEmpty()) {
			if (!measured) {
				problems.add(Problem.error(i.origin(), name + ": " + accelerator + " states no `bandwidth`, needed"
						+ " for the memory-bound decode step (or give a measured `energy` per token)"));
			} else {
				problems.add(Problem.info(i.origin(), name + ": no `bandwidth`, so no time per request or"
						+ " accelerator time (energy uses the measured J/token)"));
			}
		}
		if (measured) {
			assumptions.add("decode energy per token measured (" + i.energyPerToken().get().nominal()
					+ " J/token); prefill modelled");
		} else {
			assumptions.add("decode step = overhead + compute + memory - overlap x min(compute, memory)"
					+ " + collectives between accelerators");
		}
		if (i.averagePower().isPresent()) {
			assumptions.add("power: the stated average power per accelerator; the boundary is the measurement's"
					+ " (a board's TDP stated as average power counts no host)");
		} else if (!measured || hasPrompt) {
			assumptions.add("power: idle + (TDP - idle) x (" + org.jevons.analysis.Defaults.POWER_FRACTION_MEMORY_BOUND
					+ " memory-bound .. " + org.jevons.analysis.Defaults.POWER_FRACTION_COMPUTE_BOUND + " compute-bound)"
					+ (i.on().accelerator().idle().isEmpty()
							? ", idle = " + org.jevons.analysis.Defaults.IDLE_FRACTION + " x TDP" : "")
					+ (i.on().hostPower().isPresent() ? ", + node host power"
							: i.lifecycle().hostShare().isPresent() ? ", + the stated host share" : ", no host"));
		}
		if (i.model().architecture() == Architecture.MOE && !measured
				&& (i.model().experts().isEmpty() || i.model().routed().isEmpty())) {
			assumptions.add("MoE without `experts N routed k`: every decode step reads all weights");
		}
		if (i.model().kvBytesPerToken().isEmpty() && !measured) {
			assumptions.add("no `kv` on the model: KV-cache traffic not counted");
		}
		if (i.requests().isEmpty()) {
			problems.add(Problem.info(i.origin(), name + " states no `requests`: no figures per year"));
		}
		if (i.on().datacenter().isEmpty()) {
			problems.add(Problem.info(i.origin(), name + " names no datacenter: energy stops at IT equipment and"
					+ " there is no carbon or water"));
		} else {
			Datacenter d = i.on().datacenter().get();
			if (d.pue().isEmpty()) {
				problems.add(Problem.info(i.origin(), "datacenter " + d.name() + " states no pue: energy is IT only"));
			}
			if (d.carbon().isEmpty()) {
				problems.add(Problem.info(i.origin(), "datacenter " + d.name() + " has no carbon intensity: no carbon"));
			}
		}
		return problems;
	}
}

package org.jevons.analysis.training;

import java.util.ArrayList;
import java.util.List;

import org.jevons.analysis.AnalysisContext;
import org.jevons.analysis.Boundary;
import org.jevons.analysis.EnergyAnalysis;
import org.jevons.analysis.Problem;
import org.jevons.analysis.WorkloadPublisher;
import org.jevons.analysis.WorkloadResult;
import org.jevons.analysis.engine.Peak;
import org.jevons.analysis.spec.Specs.Datacenter;
import org.jevons.analysis.spec.Specs.Training;

/** Training energy, carbon, water and the implied-MFU cross-check of every {@code training}. */
public final class TrainingAnalysis implements EnergyAnalysis {
	public static final String ID = "training";

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
		for (Training training : context.study().trainings()) {
			analyse(context, training);
		}
	}

	/** Analyses one training and publishes its result. */
	public WorkloadResult analyse(AnalysisContext context, Training training) {
		TrainingModel model = new TrainingModel(training);
		List<String> assumptions = new ArrayList<>();
		List<Problem> problems = validate(training, model, assumptions);
		return WorkloadPublisher.publish(context, ID, training, WorkloadResult.Kind.TRAINING, model,
				boundary(training), problems, assumptions);
	}

	static Boundary boundary(Training training) {
		boolean measured = training.averagePower().isPresent();
		boolean host = !measured
				&& (training.on().hostPower().isPresent() || training.lifecycle().hostShare().isPresent());
		boolean facility = training.on().datacenter().flatMap(Datacenter::pue).isPresent();
		return new Boundary(host, facility, measured);
	}

	private static List<Problem> validate(Training t, TrainingModel model, List<String> assumptions) {
		List<Problem> problems = new ArrayList<>();
		String name = "training " + t.name();
		boolean reported = t.duration().isPresent() || t.acceleratorHours().isPresent();
		boolean hasCompute = t.flops().isPresent() || t.tokens().isPresent();
		boolean hasPeak = model.peakChoice.value().isPresent();
		model.peakChoice.substitution().ifPresent(text -> assumptions.add(text));
		if (reported) {
			assumptions.add("reported mode: accelerator time as stated");
			if (t.mfu().isPresent() && hasCompute && hasPeak) {
				assumptions.add("predicted mode shown as a cross-check (predicted_accelerator_hours)");
			}
			if (t.duration().isPresent() && t.acceleratorHours().isPresent()) {
				assumptions.add("both duration and accelerator-hours given: accelerator-hours used");
			}
		} else if (t.mfu().isEmpty() || !hasCompute) {
			problems.add(Problem.error(t.origin(), name + " needs `duration` or `accelerator-hours`, or `mfu` with"
					+ " `tokens` (or `flops`), to know how long it ran"));
		} else if (!hasPeak) {
			problems.add(Problem.error(t.origin(), name + ": accelerator " + t.on().accelerator().name()
					+ " states no " + Peak.name(t.precision()) + " peak, needed to predict the time from mfu"));
		} else {
			assumptions.add("predicted mode: time = C / (n · F · MFU)");
		}
		if (t.averagePower().isEmpty()) {
			if (t.on().accelerator().power().isEmpty()) {
				problems.add(Problem.error(t.origin(), name + " has no `average power` and accelerator "
						+ t.on().accelerator().name() + " has no `power`: energy cannot be computed"));
			} else {
				assumptions.add("average power = accelerator power x " + org.jevons.analysis.Defaults.TRAINING_UTILISATION
						+ " (default training utilisation)"
						+ (t.on().hostPower().isPresent() ? " + host power / accelerators"
								: t.lifecycle().hostShare().isPresent() ? ", + the stated host share" : ", no host"));
			}
		}
		if (t.flops().isEmpty() && t.tokens().isPresent()) {
			assumptions.add("compute = 6 x active parameters x tokens");
		}
		if (t.on().datacenter().isEmpty()) {
			problems.add(Problem.info(t.origin(), name + " names no datacenter: energy stops at IT equipment and"
					+ " there is no carbon or water"));
		} else {
			Datacenter d = t.on().datacenter().get();
			if (d.pue().isEmpty()) {
				problems.add(Problem.info(t.origin(), "datacenter " + d.name() + " states no pue: energy is IT only"));
			}
			if (d.carbon().isEmpty()) {
				problems.add(Problem.info(t.origin(), "datacenter " + d.name() + " has no carbon intensity: no carbon"));
			}
		}
		return problems;
	}
}

package org.jevons.analysis;

import java.util.ArrayList;
import java.util.List;

import org.jevons.analysis.engine.AdaptiveSampling;
import org.jevons.analysis.engine.KernelStream;
import org.jevons.analysis.engine.WorkloadModel;
import org.jevons.analysis.inference.InferenceModel;
import org.jevons.analysis.spec.Specs.Inference;
import org.jevons.analysis.spec.Specs.Study;
import org.jevons.analysis.spec.Specs.Training;
import org.jevons.analysis.training.TrainingModel;

/**
 * {@code --samples auto}: the number of Monte Carlo samples at which p05/p50/p95 of every workload's headline
 * figure (training energy, inference energy per request) are stable to the rule's precision. The analysis then
 * runs with that count and the same seed, so it reports exactly the samples judged here.
 */
public final class AutoSamples {
	private AutoSamples() {
	}

	/** Chooses the count for {@code study} with the settings' seed and threads (their sample count is ignored). */
	public static AdaptiveSampling.Choice choose(Study study, Settings settings, AdaptiveSampling.Rule rule) {
		List<AdaptiveSampling.Target> targets = new ArrayList<>();
		for (Training training : study.trainings()) {
			add(targets, training.name(), new TrainingModel(training), settings.seed());
		}
		for (Inference inference : study.inferences()) {
			add(targets, inference.name(), new InferenceModel(inference), settings.seed());
		}
		return AdaptiveSampling.choose(targets, rule, settings.threads() > 1, settings.cancellation());
	}

	/** The settings with the chosen count. */
	public static Settings apply(Settings settings, AdaptiveSampling.Choice choice) {
		return new Settings(choice.samples(), settings.seed(), settings.threads(), settings.cancellation());
	}

	private static void add(List<AdaptiveSampling.Target> targets, String name, WorkloadModel model, long seed) {
		if (!model.space().isUncertain()) {
			return; // its figures are the nominal ones, whatever the count
		}
		double[] nominal = new double[model.kernel().figures().size()];
		model.kernel().evaluate(model.space().nominal(), nominal);
		int headline = model.kernel().indexOf(model.primaryFigure());
		if (Double.isNaN(nominal[headline])) {
			return; // not computable: the analysis reports why
		}
		targets.add(new AdaptiveSampling.Target(name + " " + model.primaryFigure(),
				new KernelStream(model.space(), model.kernel(), new int[] { headline }, seed)));
	}
}

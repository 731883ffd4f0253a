package org.jevons.analysis.inference;

import java.util.Optional;

import org.jevons.analysis.engine.Kernel;
import org.jevons.analysis.engine.Parameter;
import org.jevons.analysis.spec.Specs.Training;
import org.jevons.analysis.training.TrainingFigure;
import org.jevons.analysis.training.TrainingModel;

/**
 * The training an inference amortises, as constant inputs: its lifecycle energy and carbon at their nominal values,
 * evaluated by the training's own kernel (one formula; the training's uncertainty is reported on the training).
 */
final class UpstreamTraining {
	private UpstreamTraining() {
	}

	/** {lifecycle energy J, lifecycle carbon kg CO2e} of a training at its nominal inputs. */
	static double[] nominal(Training training) {
		TrainingModel model = new TrainingModel(training);
		Kernel kernel = model.kernel();
		double[] out = new double[kernel.figures().size()];
		kernel.evaluate(model.space().nominal(), out);
		double energy = out[kernel.indexOf(TrainingFigure.LIFECYCLE_ENERGY.key())];
		double carbon = out[kernel.indexOf(TrainingFigure.LIFECYCLE_CARBON.key())];
		return new double[] { Double.isNaN(energy) ? out[kernel.indexOf(TrainingFigure.ENERGY.key())] : energy,
				Double.isNaN(carbon) ? out[kernel.indexOf(TrainingFigure.CARBON.key())] : carbon };
	}

	static Parameter constant(String path, double value, String source) {
		return new Parameter(path, Parameter.streamOf("", path), Optional.empty(), value,
				source.isEmpty() ? Optional.empty() : Optional.of(source));
	}
}

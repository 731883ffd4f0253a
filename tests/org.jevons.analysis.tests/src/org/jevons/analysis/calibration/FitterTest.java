package org.jevons.analysis.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.IntStream;

import org.jevons.analysis.calibration.ErrorTable.Line;
import org.jevons.analysis.calibration.ErrorTable.Prediction;
import org.junit.jupiter.api.Test;

class FitterTest {
	/** Measurements that the kernel itself produced at known knob values. */
	private static List<Measurement> synthetic(double[] truth) {
		List<Measurement> real = CalibrationData.measurements();
		Predictor predictor = new Predictor(real);
		List<Measurement> made = new ArrayList<>();
		double[] out = new double[2];
		for (int i = 0; i < real.size(); i += 3) {
			predictor.predict(i, truth, out);
			Measurement m = real.get(i);
			made.add(new Measurement(m.origin(), m.task(), m.model(), m.family(), m.architecture(), m.parameters(),
					m.active(), m.gpu(), m.accelerator(), m.count(), m.precisionLabel(), m.precision(), m.weights(), m.batch(),
					m.prompt(), m.outputTokens(), out[0], OptionalDouble.of(out[1]), m.facts()));
		}
		return made;
	}

	@Test
	void recoversTheKnobsThatMadeTheMeasurements() {
		Predictor defaults = new Predictor(CalibrationData.measurements().subList(0, 1));
		double[] truth = defaults.defaults().clone();
		for (int k = 0; k < truth.length; k++) {
			Knobs.Knob knob = defaults.knobs().get(k);
			truth[k] = knob.lower() + (knob.upper() - knob.lower()) * (0.3 + 0.05 * k);
		}
		Predictor predictor = new Predictor(synthetic(truth));
		Fitter.Fit fit = Fitter.fit(predictor, IntStream.range(0, predictor.size()).toArray());
		assertTrue(fit.objective() < 1e-6, "objective " + fit.objective());
		for (Line line : ErrorTable.of(Validation.predict(predictor, fit.values()))) {
			assertEquals(1.0, line.worst(), 1e-3, line.toString());
		}
	}

	@Test
	void everyCalibratedPathOfTheEngineIsFittedOrSaysWhyNot() {
		assertEquals(org.jevons.analysis.inference.InferenceModel.CALIBRATED.stream()
				.filter(p -> !Knobs.NOT_FITTED.containsKey(p)).toList(), Knobs.ALL.stream().map(Knobs.Knob::path).toList());
		assertTrue(org.jevons.analysis.inference.InferenceModel.CALIBRATED.containsAll(Knobs.NOT_FITTED.keySet()));
	}

	@Test
	void errorFactorsAreMedianAndNinetiethPercentileOfAbsoluteLogRatios() {
		Measurement m = CalibrationData.measurements().get(0);
		List<Prediction> predictions = List.of(1.25, 0.8, 2.0, 1.0).stream()
				.map(r -> new Prediction(m, r * m.joulesPerToken(), 0)).toList();
		Line all = ErrorTable.of(predictions).get(0);
		assertEquals(4, all.rows());
		assertEquals(1.25, all.median(), 1e-12);
		// sorted |log r|: 0, log 1.25, log 1.25, log 2; the 0.9 quantile lies 0.7 of the way from the third to the fourth
		assertEquals(Math.exp(Math.log(1.25) + 0.7 * (Math.log(2) - Math.log(1.25))), all.p90(), 1e-12);
		assertEquals(2.0, all.worst(), 1e-12);
		assertEquals(1.125, all.medianRatio(), 1e-12);
	}
}

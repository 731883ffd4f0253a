package org.jevons.analysis.calibration;

import static org.jevons.analysis.Fixtures.analyze;
import static org.jevons.analysis.Fixtures.nominal;
import static org.jevons.analysis.Fixtures.study;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.jevons.analysis.WorkloadResult;
import org.jevons.analysis.spec.Specs.Inference;
import org.jevons.analysis.spec.Value;
import org.junit.jupiter.api.Test;

/** A prediction is the engine's own figure for the measurement as an inference: no second formula. */
class PredictorTest {
	private static WorkloadResult analysed(Inference inference) {
		return analyze(study(List.of(), List.of(inference))).inferences().get(0);
	}

	@Test
	void predictionWithTheDefaultsIsTheEnginesEnergyPerToken() {
		List<Measurement> rows = CalibrationData.measurements().subList(0, 40);
		Predictor predictor = new Predictor(rows);
		double[] out = new double[2];
		for (int i = 0; i < rows.size(); i += 13) {
			predictor.predict(i, predictor.defaults(), out);
			WorkloadResult engine = analysed(MeasurementSpecs.inference(rows.get(i), true));
			assertEquals(nominal(engine, "energy_per_token"), out[0], 1e-12 * out[0]);
			assertEquals(nominal(engine, "decode_power"), out[1], 1e-9);
		}
	}

	@Test
	void aKnobSetByPathActsAsTheStatedProperty() {
		Measurement row = CalibrationData.measurements().get(5);
		Predictor predictor = new Predictor(List.of(row));
		int mbu = predictor.knobs().stream().map(Knobs.Knob::path).toList().indexOf("mbu");
		double[] values = predictor.defaults();
		values[mbu] = 0.35;
		double[] out = new double[2];
		predictor.predict(0, values, out);
		Inference stated = MeasurementSpecs.inference(row, true);
		stated = new Inference(stated.name(), stated.origin(), stated.model(), stated.on(), stated.precision(),
				stated.prompt(), stated.reasoning(), stated.answer(), stated.batch(), stated.requests(),
				stated.energyPerToken(), stated.mfu(), Optional.of(Value.of(0.35)), stated.averagePower(),
				stated.context(), stated.weights(), stated.latency());
		assertEquals(nominal(analysed(stated), "energy_per_token"), out[0], 1e-12 * out[0]);
		double[] defaults = new double[2];
		predictor.predict(0, predictor.defaults(), defaults);
		assertTrue(out[0] != defaults[0], "the knob moves the prediction");
	}
}

package org.jevons.analysis.calibration;

import java.util.ArrayList;
import java.util.List;

import org.jevons.analysis.engine.Block;
import org.jevons.analysis.engine.Kernel;
import org.jevons.analysis.engine.ParameterSpace;
import org.jevons.analysis.inference.InferenceModel;

/**
 * Measurements compiled once into the engine's inference kernel; a prediction sets the calibrated knobs by path
 * and evaluates the kernel. The predicted energy per output token is the IT energy per request (prefill
 * included, no PUE, no host) over the output tokens: the boundary and the accounting of the measurement.
 */
public final class Predictor {
	private final List<Measurement> measurements;
	private final List<Knobs.Knob> knobs;
	private final List<Compiled> rows = new ArrayList<>();

	/** A row's kernel and its one-sample block, whose knob entries each prediction overwrites. */
	private record Compiled(Kernel kernel, Block point, double[] nominal, int[] knobIndex, int[] figures,
			double[][] out) {
	}

	/** Each measurement with its measured batch stated. */
	public Predictor(List<Measurement> measurements) {
		this(measurements, true);
	}

	/**
	 * Knobs are those of {@link Knobs#ALL} that the kernel of the first measurement has.
	 *
	 * @param statedBatch {@code false}: the batch is left to the engine (derived from memory)
	 */
	public Predictor(List<Measurement> measurements, boolean statedBatch) {
		if (measurements.isEmpty()) {
			throw new IllegalArgumentException("nothing to predict");
		}
		this.measurements = List.copyOf(measurements);
		ParameterSpace first = new InferenceModel(MeasurementSpecs.inference(measurements.get(0), statedBatch)).space();
		this.knobs = Knobs.ALL.stream().filter(k -> first.indexOf(k.path()).isPresent()).toList();
		for (Measurement m : measurements) {
			InferenceModel model = new InferenceModel(MeasurementSpecs.inference(m, statedBatch));
			ParameterSpace space = model.space();
			int[] index = knobs.stream().mapToInt(k -> space.indexOf(k.path()).orElse(-1)).toArray();
			Kernel kernel = model.kernel();
			int[] figures = { kernel.indexOf("it_energy_per_request"), kernel.indexOf("tokens_per_request"),
					kernel.indexOf("decode_power") };
			double[] nominal = space.nominal();
			rows.add(new Compiled(kernel, Block.point(nominal), nominal, index, figures, new double[3][1]));
		}
	}

	public List<Measurement> measurements() {
		return measurements;
	}

	/** The knobs fitted, in the order of every value vector of this predictor. */
	public List<Knobs.Knob> knobs() {
		return knobs;
	}

	/** The engine's defaults of the knobs (what a user gets without stating them). */
	public double[] defaults() {
		Compiled first = rows.get(0);
		double[] values = new double[knobs.size()];
		for (int k = 0; k < values.length; k++) {
			values[k] = first.nominal()[first.knobIndex()[k]];
		}
		return values;
	}

	/**
	 * Predicts row {@code i} with the knobs at {@code values}; {@code out} receives J per output token and the
	 * accelerator power in decode (W per accelerator). The kernel evaluates the row's one-sample block, as it does
	 * for any nominal point; not thread-safe (the block is reused).
	 */
	public void predict(int i, double[] values, double[] out) {
		Compiled row = rows.get(i);
		for (int k = 0; k < values.length; k++) {
			if (row.knobIndex()[k] >= 0) {
				row.point().in(row.knobIndex()[k])[0] = values[k];
			}
		}
		row.kernel().evaluate(row.point(), row.figures(), row.out(), 0);
		out[0] = row.out()[0][0] / row.out()[1][0];
		out[1] = row.out()[2][0];
	}

	public int size() {
		return rows.size();
	}
}

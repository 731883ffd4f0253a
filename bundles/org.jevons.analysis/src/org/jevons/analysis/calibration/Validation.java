package org.jevons.analysis.calibration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.jevons.analysis.calibration.ErrorTable.Prediction;
import org.jevons.analysis.calibration.Fitter.Fit;

/**
 * Predicted against measured, with the knobs as given or fitted on other models: every row of a held-out group
 * is predicted with knobs fitted on the other groups only, since rows of one model (its tasks, GPUs, batches
 * and precision variants) are strongly correlated and a row-wise split would leak.
 */
public final class Validation {
	/** What is held out together. */
	public enum Holdout {
		/** One base model at a time (precision variants and checkpoints of one architecture together). */
		MODEL(Measurement::baseModel),
		/** One family at a time (Qwen3, Llama, Gemma, Nemotron, gpt-oss in the calibration data). */
		FAMILY(Measurement::family);

		private final Function<Measurement, String> key;

		Holdout(Function<Measurement, String> key) {
			this.key = key;
		}

		public String of(Measurement m) {
			return key.apply(m);
		}
	}

	/** Held-out predictions and the fit each group was predicted with. */
	public record HeldOut(List<Prediction> predictions, Map<String, Fit> fits) {
	}

	private Validation() {
	}

	/** Every row predicted with the knobs at {@code values} (in the order of the predictor's knobs). */
	public static List<Prediction> predict(Predictor predictor, double[] values) {
		List<Prediction> predictions = new ArrayList<>();
		double[] out = new double[2];
		for (int i = 0; i < predictor.size(); i++) {
			predictor.predict(i, values, out);
			predictions.add(new Prediction(predictor.measurements().get(i), out[0], out[1]));
		}
		return predictions;
	}

	/**
	 * Every row of {@code predictor} predicted with the values its group was fitted with in {@code heldOut} (e.g.
	 * the held-out fits of a stated-batch predictor applied to the same rows with the batch derived from memory).
	 */
	public static List<Prediction> predictHeldOut(Predictor predictor, Holdout by, HeldOut heldOut) {
		List<Prediction> predictions = new ArrayList<>();
		double[] out = new double[2];
		for (int i = 0; i < predictor.size(); i++) {
			Measurement m = predictor.measurements().get(i);
			predictor.predict(i, heldOut.fits().get(by.of(m)).values(), out);
			predictions.add(new Prediction(m, out[0], out[1]));
		}
		return predictions;
	}

	/** Fits on every row. */
	public static Fit fitAll(Predictor predictor) {
		return Fitter.fit(predictor, IntStream.range(0, predictor.size()).toArray());
	}

	/**
	 * Each group predicted with knobs fitted on the others; with one group only there is nothing to fit on and
	 * the group is predicted with the defaults.
	 */
	public static HeldOut heldOut(Predictor predictor, Holdout by) {
		List<Measurement> rows = predictor.measurements();
		Map<String, List<Integer>> groups = new LinkedHashMap<>();
		for (int i = 0; i < rows.size(); i++) {
			groups.computeIfAbsent(by.of(rows.get(i)), k -> new ArrayList<>()).add(i);
		}
		Prediction[] predictions = new Prediction[rows.size()];
		Map<String, Fit> fits = new LinkedHashMap<>();
		double[] out = new double[2];
		for (Map.Entry<String, List<Integer>> group : groups.entrySet()) {
			int[] training = IntStream.range(0, rows.size()).filter(i -> !group.getValue().contains(i)).toArray();
			Fit fit = training.length == 0 ? new Fit(predictor.knobs(), predictor.defaults(), Double.NaN)
					: Fitter.fit(predictor, training);
			fits.put(group.getKey(), fit);
			for (int i : group.getValue()) {
				predictor.predict(i, fit.values(), out);
				predictions[i] = new Prediction(rows.get(i), out[0], out[1]);
			}
		}
		return new HeldOut(List.of(predictions), fits);
	}
}

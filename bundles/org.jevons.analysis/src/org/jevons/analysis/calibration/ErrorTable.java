package org.jevons.analysis.calibration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.jevons.analysis.engine.Quantiles;
import org.jevons.analysis.spec.Specs.Architecture;

/**
 * How far predictions are from measurements, as factors: a row's error is exp|log(predicted/measured)| (×1.25
 * means 25 % above or 20 % below). Rows by all, by GPU, and dense vs mixture-of-experts.
 */
public final class ErrorTable {
	/** One predicted row. */
	public record Prediction(Measurement measurement, double joulesPerToken, double powerPerAccelerator) {
		public double ratio() {
			return joulesPerToken / measurement.joulesPerToken();
		}
	}

	/**
	 * @param median      median error factor
	 * @param p90         90th percentile of the error factor
	 * @param worst       largest error factor
	 * @param medianRatio median of predicted/measured (below 1: the model predicts too little)
	 */
	public record Line(String group, int rows, double median, double p90, double worst, double medianRatio) {
	}

	private ErrorTable() {
	}

	public static List<Line> of(List<Prediction> predictions) {
		List<Line> lines = new ArrayList<>();
		lines.add(line("all", predictions));
		groups(predictions, p -> p.measurement().gpu()).forEach((k, v) -> lines.add(line(k, v)));
		groups(predictions, p -> p.measurement().architecture() == Architecture.MOE ? "moe" : "dense")
				.forEach((k, v) -> lines.add(line(k, v)));
		return lines;
	}

	private static Map<String, List<Prediction>> groups(List<Prediction> predictions,
			Function<Prediction, String> key) {
		Map<String, List<Prediction>> groups = new LinkedHashMap<>();
		predictions.stream().sorted((a, b) -> key.apply(a).compareTo(key.apply(b)))
				.forEach(p -> groups.computeIfAbsent(key.apply(p), k -> new ArrayList<>()).add(p));
		return groups;
	}

	static Line line(String group, List<Prediction> predictions) {
		double[] errors = predictions.stream().mapToDouble(p -> Math.abs(Math.log(p.ratio()))).sorted().toArray();
		double[] ratios = predictions.stream().mapToDouble(Prediction::ratio).sorted().toArray();
		if (errors.length == 0) {
			return new Line(group, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
		}
		return new Line(group, errors.length, Math.exp(Quantiles.at(errors, 0.5)), Math.exp(Quantiles.at(errors, 0.9)),
				Math.exp(errors[errors.length - 1]), Quantiles.at(ratios, 0.5));
	}

	/** A factor as users read it: ×1.25. */
	public static String factor(double x) {
		return String.format(Locale.ROOT, "×%.2f", x);
	}
}

package org.jevons.ui.results.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import org.jevons.analysis.SweepResult;
import org.jevons.report.Human;
import org.jevons.report.SweepColumns;
import org.jevons.ui.results.model.ChartModel.Kind;
import org.jevons.ui.results.model.ChartModel.Role;
import org.jevons.ui.results.model.ChartModel.Series;

/**
 * A sweep as lines: the first output over the first varied input, one line per value of the second varied input
 * (at most {@link #LINES}, evenly chosen); further inputs held at their first value. Values in the reports' fixed
 * units ({@link SweepColumns}).
 */
public final class SweepCharts {
	/** At most this many lines, as in the HTML report. */
	public static final int LINES = 8;

	private SweepCharts() {
	}

	public static Optional<ChartModel> sweep(SweepResult s) {
		SweepColumns table = SweepColumns.of(s);
		int inputs = table.inputs();
		if (inputs < 1 || inputs >= table.width() || table.rows() < 2) {
			return Optional.empty();
		}
		int out = inputs;
		TreeMap<Double, List<double[]>> lines = new TreeMap<>();
		for (int r = 0; r < table.rows(); r++) {
			if (heldAtFirst(table, r, inputs)) {
				double v = table.value(r, out);
				if (Double.isFinite(v)) {
					lines.computeIfAbsent(inputs > 1 ? table.value(r, 1) : 0.0, k -> new ArrayList<>())
							.add(new double[] { table.value(r, 0), v });
				}
			}
		}
		List<Series> series = new ArrayList<>();
		for (double key : pick(new ArrayList<>(lines.keySet()))) {
			List<double[]> points = new ArrayList<>(lines.get(key));
			points.sort((a, b) -> Double.compare(a[0], b[0]));
			String name = inputs > 1 ? words(table.columns().get(1)) + " " + Human.trimmed(key, 3) + unit(table, 1)
					: words(table.columns().get(out));
			series.add(new Series(name, Role.LINE, points.stream().map(p -> p[0]).toList(),
					points.stream().map(p -> p[1]).toList(), List.of(), List.of()));
		}
		if (series.isEmpty() || series.get(0).x().size() < 2) {
			return Optional.empty();
		}
		String output = words(table.columns().get(out));
		String over = words(table.columns().get(0));
		return Optional.of(new ChartModel("sweep:" + s.name(), Kind.SWEEP, s.name(),
				s.name() + ": " + output + " by " + over, over + unit(table, 0),
				output + " (" + table.units().get(out).symbol() + ")", List.of(), series, false, Double.NaN));
	}

	/** Titles in words: {@code energy_per_request} → "energy per request". */
	static String words(String identifier) {
		return identifier.replace('_', ' ');
	}

	private static String unit(SweepColumns table, int column) {
		String u = table.units().get(column).symbol();
		return u.equals("1") ? "" : " (" + u + ")";
	}

	private static boolean heldAtFirst(SweepColumns table, int row, int inputs) {
		for (int c = 2; c < inputs; c++) {
			if (table.value(row, c) != table.value(0, c)) {
				return false;
			}
		}
		return true;
	}

	private static List<Double> pick(List<Double> values) {
		if (values.size() <= LINES) {
			return values;
		}
		List<Double> picked = new ArrayList<>();
		for (int i = 0; i < LINES; i++) {
			picked.add(values.get((int) Math.round(i * (values.size() - 1) / (double) (LINES - 1))));
		}
		return picked;
	}
}

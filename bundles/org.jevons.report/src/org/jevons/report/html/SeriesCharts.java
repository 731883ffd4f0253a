package org.jevons.report.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jevons.analysis.Estimate;
import org.jevons.analysis.ProjectionResult;
import org.jevons.analysis.SweepResult;
import org.jevons.report.Human;
import org.jevons.report.SweepColumns;
import org.jevons.report.Unit;
import org.jevons.report.html.Svg.Point;

/** Line charts: projection curves and sweep lines. */
final class SeriesCharts {
	/** At most this many lines in a sweep chart (values of the second input, evenly chosen). */
	static final int SWEEP_LINES = 8;

	private SeriesCharts() {
	}

	/**
	 * Energy per year with its 90 % band, the counterfactual without efficiency gain (dashed), and the region
	 * where the projection lies above the counterfactual shaded as backfire.
	 */
	static Optional<String> projection(ProjectionResult p) {
		int n = Math.min(p.years().size(), Math.min(p.energy().size(), p.counterfactualEnergy().size()));
		if (n < 2) {
			return Optional.empty();
		}
		double max = 0;
		for (int i = 0; i < n; i++) {
			max = Math.max(max, Math.max(high(p.energy().get(i)), p.counterfactualEnergy().get(i).nominal()));
		}
		max = Math.max(max, p.overlayMax());
		Unit unit = Human.unit("energy", org.jevons.analysis.Dimension.ENERGY, max);
		Frame f = Frame.standard();
		Scale x = f.exactX(p.years().get(0), p.years().get(n - 1));
		Scale y = f.y(0, unit.of(max), true);
		Svg svg = new Svg(f.width(), f.height(), p.name() + ": energy per year");
		f.axes(svg, "Energy per year" + (p.backfire() ? " — backfire" : ""), x, "year", t -> String.valueOf(Math.round(t)),
				y, unit.symbol() + " per year");
		List<Point> energy = new ArrayList<>();
		List<Point> counterfactual = new ArrayList<>();
		List<Point> upper = new ArrayList<>();
		List<Point> lower = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			double px = x.map(p.years().get(i));
			double e = unit.of(p.energy().get(i).nominal());
			double c = unit.of(p.counterfactualEnergy().get(i).nominal());
			energy.add(new Point(px, y.map(e)));
			counterfactual.add(new Point(px, y.map(c)));
			upper.add(new Point(px, y.map(Math.max(e, c))));
			lower.add(0, new Point(px, y.map(c)));
		}
		List<Point> backfire = new ArrayList<>(upper);
		backfire.addAll(lower);
		svg.polygon(backfire, "backfire");
		if (p.energy().get(0).isUncertain()) {
			List<Point> band = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				band.add(new Point(x.map(p.years().get(i)), y.map(unit.of(high(p.energy().get(i))))));
			}
			for (int i = n - 1; i >= 0; i--) {
				double low = p.energy().get(i).percentiles().map(Estimate.Percentiles::p05)
						.orElse(p.energy().get(i).nominal());
				band.add(new Point(x.map(p.years().get(i)), y.map(unit.of(low))));
			}
			svg.polygon(band, "band");
		}
		svg.polyline(counterfactual, "line dashed");
		svg.polyline(energy, "line s0");
		List<String> names = new ArrayList<>(List.of("projected energy", "without efficiency gain",
				"backfire (above the counterfactual)"));
		List<String> classes = new ArrayList<>(List.of("s0", "dashed", "backfire"));
		ReferenceOverlay.draw(svg, p, x, y, unit, names, classes);
		legend(svg, f, names, classes);
		return Optional.of(svg.toString());
	}

	private static double high(Estimate e) {
		return e.percentiles().map(Estimate.Percentiles::p95).orElse(e.nominal());
	}

	/**
	 * The first output against the first varied input, one line per value of the second varied input; further
	 * inputs are held at their first value.
	 */
	static Optional<String> sweep(SweepResult s) {
		SweepColumns table = SweepColumns.of(s);
		int inputs = table.inputs();
		if (inputs < 1 || inputs >= table.width() || table.rows() < 2) {
			return Optional.empty();
		}
		int out = inputs;
		TreeMap<Double, List<Point>> lines = new TreeMap<>();
		TreeSet<Double> xs = new TreeSet<>();
		double[] first = new double[inputs];
		for (int c = 0; c < inputs; c++) {
			first[c] = table.value(0, c);
		}
		double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
		for (int r = 0; r < table.rows(); r++) {
			if (!heldAtFirst(table, r, first)) {
				continue;
			}
			double key = inputs > 1 ? table.value(r, 1) : 0;
			double v = table.value(r, out);
			if (Double.isFinite(v)) {
				lines.computeIfAbsent(key, k -> new ArrayList<>()).add(new Point(table.value(r, 0), v));
				xs.add(table.value(r, 0));
				lo = Math.min(lo, v);
				hi = Math.max(hi, v);
			}
		}
		if (xs.size() < 2) {
			return Optional.empty();
		}
		Frame f = Frame.standard();
		Scale x = f.xFor(xs.first(), xs.last());
		Scale y = f.y(lo, hi, true);
		String output = Human.words(table.columns().get(out)) + " (" + table.units().get(out).symbol() + ")";
		Svg svg = new Svg(f.width(), f.height(), s.name() + ": " + output);
		f.axes(svg, s.name() + ": " + output, x, Human.words(table.columns().get(0)) + unit(table, 0), Human::sig, y,
				table.units().get(out).symbol());
		List<Double> keys = pick(new ArrayList<>(lines.keySet()));
		List<String> names = new ArrayList<>();
		List<String> classes = new ArrayList<>();
		for (int i = 0; i < keys.size(); i++) {
			List<Point> points = lines.get(keys.get(i)).stream().sorted((a, b) -> Double.compare(a.x(), b.x()))
					.map(pt -> new Point(x.map(pt.x()), y.map(pt.y()))).toList();
			svg.polyline(points, "line s" + i);
			if (inputs > 1) {
				names.add(Human.words(table.columns().get(1)) + " = " + Human.sig(keys.get(i)) + unit(table, 1));
				classes.add("s" + i);
			}
		}
		legend(svg, f, names, classes);
		return Optional.of(svg.toString());
	}

	private static String unit(SweepColumns table, int column) {
		String u = table.units().get(column).symbol();
		return u.equals("1") ? "" : " " + u;
	}

	private static boolean heldAtFirst(SweepColumns table, int row, double[] first) {
		for (int c = 2; c < first.length; c++) {
			if (table.value(row, c) != first[c]) {
				return false;
			}
		}
		return true;
	}

	/** At most {@link #SWEEP_LINES} values, evenly spread, first and last included. */
	private static List<Double> pick(List<Double> values) {
		if (values.size() <= SWEEP_LINES) {
			return values;
		}
		List<Double> picked = new ArrayList<>();
		for (int i = 0; i < SWEEP_LINES; i++) {
			picked.add(values.get((int) Math.round(i * (values.size() - 1) / (double) (SWEEP_LINES - 1))));
		}
		return picked;
	}

	/** The keys in the plot's top right corner, as wide as the longest name, so that none spills out. */
	static void legend(Svg svg, Frame f, List<String> names, List<String> classes) {
		double width = names.stream().mapToInt(String::length).max().orElse(0) * Svg.CHARACTER_WIDTH + 20;
		double x = Math.max(f.left() + 4, f.right() - width);
		for (int i = 0; i < names.size(); i++) {
			double y = f.top() + 6 + 14 * i;
			svg.rect(x, y - 8, 10, 10, "key " + classes.get(i));
			svg.text(x + 14, y + 1, names.get(i), "tick", "start");
		}
	}
}

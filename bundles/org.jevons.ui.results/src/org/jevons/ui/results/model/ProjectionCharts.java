package org.jevons.ui.results.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jevons.analysis.Decomposition;
import org.jevons.analysis.Dimension;
import org.jevons.analysis.ProjectionResult;
import org.jevons.analysis.ReferenceScenario;
import org.jevons.report.Human;
import org.jevons.report.Unit;
import org.jevons.ui.results.model.ChartModel.Kind;
import org.jevons.ui.results.model.ChartModel.Role;
import org.jevons.ui.results.model.ChartModel.Series;

/**
 * What rebound v2 adds to the charts: the data-centre total and the reference band over a projection, and the
 * LMDI decomposition of its energy change as a waterfall.
 */
final class ProjectionCharts {
	private ProjectionCharts() {
	}

	/** The total (AI + baseline) as a line and the reference's published years with their bands. */
	static List<Series> overlay(ProjectionResult p, Unit unit) {
		List<Series> series = new ArrayList<>();
		if (!p.totalEnergy().isEmpty() && p.totalEnergy().size() == p.years().size()) {
			List<Double> years = new ArrayList<>(), total = new ArrayList<>();
			for (int i = 0; i < p.years().size(); i++) {
				years.add((double) p.years().get(i));
				total.add(unit.of(p.totalEnergy().get(i).nominal()));
			}
			series.add(new Series("data centres: AI + baseline", Role.LINE, years, total, List.of(), List.of()));
		}
		List<ReferenceScenario.Point> points = p.referencePoints();
		if (!points.isEmpty()) {
			List<Double> x = new ArrayList<>(), y = new ArrayList<>(), low = new ArrayList<>(), high = new ArrayList<>();
			for (ReferenceScenario.Point point : points) {
				x.add((double) point.year());
				y.add(unit.of(point.central()));
				low.add(unit.of(point.low()));
				high.add(unit.of(point.high()));
			}
			series.add(new Series("reference: " + p.reference().map(ReferenceScenario::title).orElse(""),
					Role.REFERENCE, x, y, low, high));
		}
		return series;
	}

	/** First year, activity, mix, intensity, last year: floating bars from low to high, y the signed change. */
	static Optional<ChartModel> waterfall(ProjectionResult p) {
		Optional<Decomposition> energy = p.decomposition("energy");
		if (energy.isEmpty()) {
			return Optional.empty();
		}
		Decomposition d = energy.get();
		Unit unit = Human.unit("energy", Dimension.ENERGY, Math.max(Math.abs(d.start()), Math.abs(d.end())));
		List<String> categories = new ArrayList<>();
		List<Double> x = new ArrayList<>(), y = new ArrayList<>(), low = new ArrayList<>(), high = new ArrayList<>();
		categories.add(String.valueOf(d.fromYear()));
		add(x, y, low, high, 0, unit.of(d.start()));
		double level = d.start();
		for (Decomposition.Effect e : d.effects()) {
			categories.add(e.key().replace('_', ' '));
			add(x, y, low, high, unit.of(level), unit.of(level + e.value()));
			level += e.value();
		}
		categories.add(String.valueOf(d.toYear()));
		add(x, y, low, high, 0, unit.of(d.end()));
		return Optional.of(new ChartModel("waterfall:" + p.name(), Kind.WATERFALL, p.name(),
				p.name() + ": what changed energy " + d.fromYear() + " → " + d.toYear() + " (LMDI)", "",
				unit.symbol() + " per year", categories,
				List.of(new Series("change", Role.BAR, x, y, low, high)), false, Double.NaN));
	}

	private static void add(List<Double> x, List<Double> y, List<Double> low, List<Double> high, double from,
			double to) {
		x.add((double) x.size());
		y.add(to - from);
		low.add(Math.min(from, to));
		high.add(Math.max(from, to));
	}
}

package org.jevons.ui.results.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jevons.analysis.Waterfall;
import org.jevons.analysis.WorkloadResult;
import org.jevons.report.Human;
import org.jevons.report.Unit;
import org.jevons.ui.results.model.ChartModel.Kind;
import org.jevons.ui.results.model.ChartModel.Role;
import org.jevons.ui.results.model.ChartModel.Series;

/**
 * A workload's boundary waterfall (docs/methodology.md, Boundaries) as floating bars: accelerators only, then each
 * component in its fixed order rising from the figure before it; a component that is not stated is a category
 * marked "not counted" with no bar. The same {@link Waterfall} the reports draw.
 */
final class BoundaryCharts {
	private BoundaryCharts() {
	}

	static Optional<ChartModel> waterfall(WorkloadResult w) {
		return Waterfall.energy(w).filter(Waterfall::grows).map(BoundaryCharts::model);
	}

	private static ChartModel model(Waterfall waterfall) {
		Unit unit = Human.unit(waterfall.steps().get(0).key(), waterfall.dimension(), waterfall.total());
		List<String> categories = new ArrayList<>();
		List<Double> x = new ArrayList<>(), y = new ArrayList<>(), low = new ArrayList<>(), high = new ArrayList<>();
		for (Waterfall.Step step : waterfall.steps()) {
			categories.add(step.category());
			x.add((double) x.size());
			y.add(unit.of(step.running() - step.before()));
			low.add(unit.of(step.before()));
			high.add(unit.of(step.running()));
		}
		return new ChartModel("boundary:" + waterfall.workload(), Kind.WATERFALL, waterfall.workload(),
				waterfall.workload() + ": energy from accelerators only to the full boundary", "",
				unit.symbol(), categories, List.of(new Series("component", Role.BAR, x, y, low, high)), false,
				Double.NaN);
	}

}

package org.jevons.ui.results.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jevons.analysis.ComparisonResult;
import org.jevons.analysis.Dimension;
import org.jevons.analysis.Estimate;
import org.jevons.analysis.Figure;
import org.jevons.analysis.ProjectionResult;
import org.jevons.analysis.SensitivityBar;
import org.jevons.analysis.StudyResult;
import org.jevons.analysis.WorkloadResult;
import org.jevons.analysis.spec.Specs.Per;
import org.jevons.report.Human;
import org.jevons.report.Scope;
import org.jevons.report.Sensitivity;
import org.jevons.report.Unit;
import org.jevons.ui.results.model.ChartModel.Kind;
import org.jevons.ui.results.model.ChartModel.Role;
import org.jevons.ui.results.model.ChartModel.Series;

/**
 * The charts of a study result: bars, decompositions, projections, sweeps (see {@link SweepCharts}), boundary
 * waterfalls ({@link BoundaryCharts}), tornados.
 */
public final class ChartModels {
	private ChartModels() {
	}

	public static List<ChartModel> all(StudyResult result) {
		List<ChartModel> charts = new ArrayList<>();
		workloads(Kind.TRAINING_BARS, result.trainings(), "energy", "Training energy").ifPresent(charts::add);
		workloads(Kind.INFERENCE_BARS, result.inferences(), "energy_per_request", "Energy per request")
				.ifPresent(charts::add);
		result.comparisons().forEach(c -> decomposition(c, Scope.comparesTrainings(c, result)).ifPresent(charts::add));
		for (ProjectionResult p : result.projections()) {
			projection(p).ifPresent(charts::add);
			ProjectionCharts.waterfall(p).ifPresent(charts::add);
		}
		result.sweeps().forEach(s -> SweepCharts.sweep(s).ifPresent(charts::add));
		for (WorkloadResult w : result.results().stream().filter(WorkloadResult.class::isInstance)
				.map(WorkloadResult.class::cast).toList()) {
			BoundaryCharts.waterfall(w).ifPresent(charts::add);
			tornado(w).ifPresent(charts::add);
		}
		return charts;
	}

	/** One bar per declaration with the figure, p50 with whiskers to p05 and p95 (nominal when certain). */
	static Optional<ChartModel> workloads(Kind kind, List<WorkloadResult> workloads, String key, String title) {
		List<WorkloadResult> with = workloads.stream().filter(w -> w.figure(key).isPresent()).toList();
		if (with.isEmpty()) {
			return Optional.empty();
		}
		double max = with.stream().mapToDouble(w -> centre(w.figure(key).get().estimate())).max().orElse(1);
		Unit unit = Human.unit(key, Dimension.ENERGY, max);
		List<String> categories = new ArrayList<>();
		List<Double> x = new ArrayList<>(), y = new ArrayList<>(), low = new ArrayList<>(), high = new ArrayList<>();
		for (WorkloadResult w : with) {
			Estimate e = unit.of(w.figure(key).get().estimate());
			categories.add(w.name());
			x.add((double) x.size());
			y.add(centre(e));
			low.add(e.percentiles().map(Estimate.Percentiles::p05).orElse(e.nominal()));
			high.add(e.percentiles().map(Estimate.Percentiles::p95).orElse(e.nominal()));
		}
		String label = with.get(0).figure(key).get().label();
		return Optional.of(new ChartModel(kind.name().toLowerCase() + ":", kind, "", title + " (p50, p05–p95)",
				"", label + " (" + unit.symbol() + ")", categories,
				List.of(new Series(label, Role.BAR, x, y, low, high)), false, Double.NaN));
	}

	/**
	 * The ratio as the product of its factors: tokens × energy per token (inference), compute × energy per FLOP
	 * (training). Bars of the factors and of the ratio, with a line at 1×.
	 */
	static Optional<ChartModel> decomposition(ComparisonResult c, boolean training) {
		Optional<Figure> ratio = c.figure("ratio");
		if (ratio.isEmpty() || (!training && c.per() == Per.TOKEN)) {
			return Optional.empty(); // a ratio per token has no token factor to decompose
		}
		List<String> keys = training ? List.of("flops_ratio", "energy_per_flop_ratio", "ratio")
				: List.of("token_ratio", "per_token_ratio", "ratio");
		List<String> categories = new ArrayList<>();
		List<Double> x = new ArrayList<>(), y = new ArrayList<>(), low = new ArrayList<>(), high = new ArrayList<>();
		for (String key : keys) {
			Optional<Figure> f = c.figure(key);
			if (f.isPresent()) {
				Estimate e = f.get().estimate();
				categories.add(f.get().label());
				x.add((double) x.size());
				y.add(e.nominal()); // nominal values: their product is the ratio (percentiles do not multiply)
				low.add(e.percentiles().map(Estimate.Percentiles::p05).orElse(e.nominal()));
				high.add(e.percentiles().map(Estimate.Percentiles::p95).orElse(e.nominal()));
			}
		}
		String per = training ? "training" : "per " + c.per().name().toLowerCase(java.util.Locale.ROOT);
		return Optional.of(new ChartModel("decomposition:" + c.name() + " " + per, Kind.DECOMPOSITION, c.name(),
				c.name() + " (" + per + "): ratio = product of factors", "",
				"× (" + c.left() + " / " + c.right() + ")", categories,
				List.of(new Series("factor", Role.BAR, x, y, low, high)), false, 1.0));
	}

	/** Energy per year, its 90 % band, the counterfactual (dashed) and the backfire region above it. */
	static Optional<ChartModel> projection(ProjectionResult p) {
		int n = Math.min(p.years().size(), Math.min(p.energy().size(), p.counterfactualEnergy().size()));
		if (n < 2) {
			return Optional.empty();
		}
		double max = p.overlayMax();
		for (int i = 0; i < n; i++) {
			max = Math.max(max, Math.max(p.energy().get(i).nominal(), p.counterfactualEnergy().get(i).nominal()));
		}
		Unit unit = Human.unit("energy", Dimension.ENERGY, max);
		List<Double> years = new ArrayList<>(), energy = new ArrayList<>(), counterfactual = new ArrayList<>();
		List<Double> low = new ArrayList<>(), high = new ArrayList<>(), above = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			Estimate e = unit.of(p.energy().get(i));
			double c = unit.of(p.counterfactualEnergy().get(i).nominal());
			years.add((double) p.years().get(i));
			energy.add(e.nominal());
			counterfactual.add(c);
			low.add(e.percentiles().map(Estimate.Percentiles::p05).orElse(e.nominal()));
			high.add(e.percentiles().map(Estimate.Percentiles::p95).orElse(e.nominal()));
			above.add(Math.max(e.nominal(), c));
		}
		List<Series> series = new ArrayList<>();
		if (p.energy().get(0).isUncertain()) {
			series.add(new Series("90 % range", Role.BAND, years, high, low, high));
		}
		series.add(new Series("backfire", Role.REGION, years, above, counterfactual, above));
		series.add(new Series("projected energy", Role.LINE, years, energy, List.of(), List.of()));
		// over the projected line: with a rebound of 1 both coincide and the dashes stay visible
		series.add(new Series("without efficiency gain", Role.DASHED, years, counterfactual, List.of(), List.of()));
		series.addAll(ProjectionCharts.overlay(p, unit));
		return Optional.of(new ChartModel("projection:" + p.name(), Kind.PROJECTION, p.name(),
				p.name() + ": energy per year" + (p.backfire() ? " — backfire" : ""), "year",
				unit.symbol() + " per year", List.of(), series, false, Double.NaN));
	}

	/** One bar per uncertain input: the output with the input at its low and high bound, relative to nominal. */
	static Optional<ChartModel> tornado(WorkloadResult w) {
		List<SensitivityBar> bars = Sensitivity.shown(w, Sensitivity.CHART_BARS);
		if (bars.isEmpty()) {
			return Optional.empty();
		}
		String key = bars.get(0).figureKey();
		Optional<Figure> figure = w.figure(key);
		Dimension dimension = figure.map(Figure::dimension).orElse(Dimension.RATIO);
		double nominal = figure.map(Figure::nominal).orElse(0.0);
		// the unit of the widest change (not of the nominal): -0.35 mWh rather than -0.00035 Wh
		double widest = bars.stream()
				.mapToDouble(b -> Math.max(Math.abs(b.outputLow() - nominal), Math.abs(b.outputHigh() - nominal)))
				.max().orElse(1);
		Unit unit = Human.axisUnit(key, dimension, widest > 0 ? widest : Math.abs(nominal));
		List<String> categories = new ArrayList<>();
		List<Double> x = new ArrayList<>(), lowY = new ArrayList<>(), highY = new ArrayList<>();
		// the widest bar at the top: SWTChart draws the first category at the bottom of a horizontal chart
		for (int i = bars.size() - 1; i >= 0; i--) {
			SensitivityBar b = bars.get(i);
			categories.add(b.input() + " " + Sensitivity.inputRange(b));
			x.add((double) x.size());
			lowY.add(unit.of(b.outputLow() - nominal));
			highY.add(unit.of(b.outputHigh() - nominal));
		}
		String label = figure.map(Figure::label).orElse(key);
		return Optional.of(new ChartModel("tornado:" + w.name(), Kind.TORNADO, w.name(),
				w.name() + ": sensitivity of " + label.toLowerCase(java.util.Locale.ROOT), "",
				"change (" + unit.symbol() + ") from " + Human.format(key, dimension, nominal), categories,
				List.of(new Series("input low", Role.BAR, x, lowY, List.of(), List.of()),
						new Series("input high", Role.BAR, x, highY, List.of(), List.of())),
				true, 0.0));
	}

	/** The central value every view shows (the nominal value; see Estimate#central). */
	private static double centre(Estimate e) {
		return e.central();
	}
}

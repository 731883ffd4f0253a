package org.jevons.analysis.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jevons.analysis.AnalysisContext;
import org.jevons.analysis.Decomposition;
import org.jevons.analysis.Dimension;
import org.jevons.analysis.EnergyAnalysis;
import org.jevons.analysis.Estimate;
import org.jevons.analysis.Figure;
import org.jevons.analysis.Problem;
import org.jevons.analysis.Settings;
import org.jevons.analysis.ProjectionResult;
import org.jevons.analysis.ReferenceScenario;
import org.jevons.analysis.engine.Evaluation;
import org.jevons.analysis.engine.Passes;
import org.jevons.analysis.engine.SampleTable;
import org.jevons.analysis.spec.Specs.Projection;
import org.jevons.analysis.spec.Value;

/**
 * Rebound (Jevons) projections: energy per year of every service, rebound, backfire verdict, break-even
 * elasticity, the LMDI decomposition, the history fit and the distance from a reference scenario.
 */
public final class ProjectionAnalysis implements EnergyAnalysis {
	public static final String ID = "projection";
	private static final String FIT_SOURCE = "least-squares fit in logs of the projection's history";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public int order() {
		return Order.PROJECTIONS;
	}

	@Override
	public void run(AnalysisContext context) {
		for (Projection projection : context.study().projections()) {
			context.publish(project(context, projection));
		}
	}

	static ProjectionResult project(AnalysisContext context, Projection projection) {
		List<Problem> problems = ProjectionChecks.check(projection);
		List<Integer> years = new ArrayList<>();
		for (int year = projection.startYear(); year <= projection.endYear(); year++) {
			years.add(year);
		}
		List<String> names = projection.allServices().stream().map(s -> s.workload().name()).toList();
		Optional<ReferenceScenario> reference = projection.reference().flatMap(ReferenceScenarios::find);
		List<Figure> figures = new ArrayList<>();
		Optional<Value> growth = projection.demandGrowth();
		Optional<Value> elasticity = projection.elasticity();
		if (!projection.history().isEmpty() && !hasErrors(problems)) {
			try {
				HistoryFit.Fit fit = HistoryFit.fit(projection.history(), growth);
				figures.addAll(fitFigures(fit, growth.isEmpty()));
				elasticity = elasticity.or(() -> Optional.of(fit.elasticity().withSource(FIT_SOURCE)));
				growth = growth.or(() -> Optional.of(fit.growth().withSource(FIT_SOURCE)));
			} catch (HistoryFit.Unidentified e) {
				problems.add(Problem.error(projection.history().get(0).origin(),
						"projection " + projection.name() + ": " + e.getMessage()));
			}
		}
		if (growth.isEmpty() || elasticity.isEmpty()) {
			problems.add(Problem.error(projection.origin(), "projection " + projection.name()
					+ ": states neither `demand growth` and `elasticity` nor a `history` to fit them from"));
		}
		if (hasErrors(problems)) {
			return empty(projection, years, names, reference, problems);
		}
		ReboundModel model = new ReboundModel(projection, growth.orElseThrow(), elasticity.orElseThrow());
		Evaluation evaluation = Evaluation.run(model.space(), model, context.settings());
		Map<String, Figure> byKey = evaluation.figures().stream()
				.collect(Collectors.toMap(Figure::key, Function.identity()));
		List<Estimate> energy = series(byKey, "energy@", years);
		if (energy.size() != years.size()) {
			problems.add(Problem.error(projection.origin(), "projection " + projection.name()
					+ ": the energy per request of " + String.join(", ", names) + " cannot be computed"));
			return empty(projection, years, names, reference, problems);
		}
		for (String key : List.of(ReboundModel.REBOUND, ReboundModel.BREAK_EVEN, ReboundModel.FLAT,
				ReboundModel.GROWTH, ReboundModel.PRICE_RATIO, ReboundModel.DEMAND_RATIO, ReboundModel.ENERGY_RATIO)) {
			Optional.ofNullable(byKey.get(key)).ifPresent(figures::add);
		}
		if (!byKey.containsKey(ReboundModel.REBOUND)) {
			problems.add(Problem.info(projection.origin(), "projection " + projection.name()
					+ ": no rebound without an efficiency gain (the engineering saving is zero)"));
		}
		if (!byKey.containsKey(ReboundModel.BREAK_EVEN) && byKey.containsKey(ReboundModel.REBOUND)) {
			problems.add(Problem.info(projection.origin(), "projection " + projection.name()
					+ ": no elasticity within ±100 makes total energy reach the counterfactual (no break-even)"));
		}
		SampleTable table = evaluation.table();
		if (table.samples() > 0 && table.nominal(ReboundModel.BACKFIRE).isPresent()) {
			Settings settings = context.settings();
			double probability = Passes.mean(table.stream(List.of(ReboundModel.BACKFIRE)), table.samples(),
					settings.threads() > 1, settings.cancellation());
			figures.add(new Figure("backfire_probability", "Probability of backfire", Dimension.RATIO,
					Estimate.exact(probability), List.of()));
		}
		List<Decomposition> decompositions = years.size() > 1 ? Decompositions.of(model, model.space().nominal())
				: List.of();
		decompositions.forEach(d -> figures.addAll(Decompositions.figures(d)));
		List<Estimate> total = series(byKey, "total_energy@", years);
		List<Estimate> comparable = total.size() == years.size() ? total : energy;
		reference.flatMap(r -> deviation(r, years, comparable)).ifPresent(figures::add);
		boolean backfire = evaluation.nominal(ReboundModel.REBOUND) > 1;
		List<Estimate> carbon = series(byKey, "carbon@", years);
		return new ProjectionResult(projection.name(), projection.origin(), ID, years, energy,
				series(byKey, "counterfactual_energy@", years), carbon.size() == years.size() ? carbon : List.of(),
				backfire, figures, problems, total.size() == years.size() ? total : List.of(), names, reference,
				decompositions);
	}

	private static ProjectionResult empty(Projection projection, List<Integer> years, List<String> names,
			Optional<ReferenceScenario> reference, List<Problem> problems) {
		return new ProjectionResult(projection.name(), projection.origin(), ID, years, List.of(), List.of(),
				List.of(), false, List.of(), problems, List.of(), names, reference, List.of());
	}

	private static boolean hasErrors(List<Problem> problems) {
		return problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
	}

	private static List<Figure> fitFigures(HistoryFit.Fit fit, boolean growthFitted) {
		List<Figure> figures = new ArrayList<>();
		String source = FIT_SOURCE + " (" + fit.points() + " points)";
		figures.add(new Figure("fitted_elasticity", "Elasticity fitted to history", Dimension.RATIO,
				Estimate.exact(fit.elasticity().nominal()), List.of(source)));
		figures.add(new Figure("fitted_elasticity_se", "Standard error of the fitted elasticity", Dimension.RATIO,
				Estimate.exact(fit.elasticitySe()), List.of(source)));
		if (growthFitted) {
			figures.add(new Figure("fitted_growth", "Demand growth per year fitted to history", Dimension.RATIO,
					Estimate.exact(fit.growth().nominal()), List.of(source)));
		}
		figures.add(new Figure("fit_r_squared", "R² of the history fit (in logs)", Dimension.RATIO,
				Estimate.exact(fit.rSquared()), List.of(source)));
		return figures;
	}

	/**
	 * The largest relative distance of the projection from the reference's band over the reference years the
	 * projection covers; empty when it covers none.
	 */
	static Optional<Figure> deviation(ReferenceScenario reference, List<Integer> years, List<Estimate> series) {
		double worst = -1;
		for (ReferenceScenario.Point point : reference.points()) {
			int index = years.indexOf(point.year());
			if (index >= 0) {
				worst = Math.max(worst, point.deviation(series.get(index).nominal()));
			}
		}
		return worst < 0 ? Optional.empty()
				: Optional.of(new Figure("deviation", "Largest deviation from " + reference.title(),
						Dimension.RATIO, Estimate.exact(worst), List.of(reference.source())));
	}

	private static List<Estimate> series(Map<String, Figure> byKey, String prefix, List<Integer> years) {
		return years.stream().map(y -> byKey.get(prefix + y)).filter(Objects::nonNull).map(Figure::estimate)
				.toList();
	}

}

package org.jevons.analysis.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jevons.analysis.AnalysisContext;
import org.jevons.analysis.EnergyAnalysis;
import org.jevons.analysis.Estimate;
import org.jevons.analysis.Figure;
import org.jevons.analysis.Problem;
import org.jevons.analysis.Settings;
import org.jevons.analysis.ProjectionResult;
import org.jevons.analysis.engine.Evaluation;
import org.jevons.analysis.engine.Passes;
import org.jevons.analysis.engine.SampleTable;
import org.jevons.analysis.spec.Specs.Projection;

/** Rebound (Jevons) projections: total energy per year, rebound, backfire verdict, break-even elasticity. */
public final class ProjectionAnalysis implements EnergyAnalysis {
	public static final String ID = "projection";

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
		List<Problem> problems = validate(projection);
		List<Integer> years = new ArrayList<>();
		for (int year = projection.startYear(); year <= projection.endYear(); year++) {
			years.add(year);
		}
		if (problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR)) {
			return new ProjectionResult(projection.name(), projection.origin(), ID, years, List.of(), List.of(),
					List.of(), false, List.of(), problems);
		}
		ReboundModel model = new ReboundModel(projection);
		Evaluation evaluation = Evaluation.run(model.space(), model, context.settings());
		Map<String, Figure> byKey = evaluation.figures().stream()
				.collect(Collectors.toMap(Figure::key, Function.identity()));
		List<Estimate> energy = series(byKey, "energy@", years);
		List<Estimate> counterfactual = series(byKey, "counterfactual_energy@", years);
		List<Estimate> carbon = series(byKey, "carbon@", years);
		if (energy.size() != years.size()) {
			problems.add(Problem.error(projection.origin(), "projection " + projection.name()
					+ ": the energy per request of " + projection.workload().name() + " cannot be computed"));
			return new ProjectionResult(projection.name(), projection.origin(), ID, years, List.of(), List.of(),
					List.of(), false, List.of(), problems);
		}
		List<Figure> figures = new ArrayList<>();
		for (String key : List.of(ReboundModel.REBOUND, ReboundModel.BREAK_EVEN, ReboundModel.FLAT,
				ReboundModel.GROWTH)) {
			Optional.ofNullable(byKey.get(key)).ifPresent(figures::add);
		}
		if (!byKey.containsKey(ReboundModel.REBOUND)) {
			problems.add(Problem.info(projection.origin(), "projection " + projection.name()
					+ ": no rebound without an efficiency gain (the engineering saving is zero)"));
		}
		SampleTable table = evaluation.table();
		if (table.samples() > 0 && table.nominal(ReboundModel.BACKFIRE).isPresent()) {
			Settings settings = context.settings();
			double probability = Passes.mean(table.stream(List.of(ReboundModel.BACKFIRE)), table.samples(),
					settings.threads() > 1, settings.cancellation());
			figures.add(new Figure("backfire_probability", "Probability of backfire",
					org.jevons.analysis.Dimension.RATIO, Estimate.exact(probability), List.of()));
		}
		boolean backfire = evaluation.nominal(ReboundModel.REBOUND) > 1;
		if (carbon.size() != years.size()) {
			carbon = List.of();
		}
		return new ProjectionResult(projection.name(), projection.origin(), ID, years, energy, counterfactual,
				carbon, backfire, figures, problems);
	}

	private static List<Estimate> series(Map<String, Figure> byKey, String prefix, List<Integer> years) {
		return years.stream().map(y -> byKey.get(prefix + y)).filter(java.util.Objects::nonNull)
				.map(Figure::estimate).toList();
	}

	private static List<Problem> validate(Projection p) {
		List<Problem> problems = new ArrayList<>();
		String name = "projection " + p.name();
		if (p.endYear() < p.startYear()) {
			problems.add(Problem.error(p.origin(), name + ": the last year is before the first"));
		}
		if (p.workload().requests().isEmpty()) {
			problems.add(Problem.error(p.origin(), name + ": workload " + p.workload().name()
					+ " states no `requests`, the demand the projection starts from"));
		}
		if (p.efficiencyGain().max() >= 1 || p.efficiencyGain().min() < 0) {
			problems.add(Problem.error(p.origin(), name + ": efficiency gain must lie in [0 %, 100 %) per year"));
		}
		if (p.demandGrowth().min() <= -1) {
			problems.add(Problem.error(p.origin(), name + ": demand growth must be above -100 % per year"));
		}
		if (p.reasoningShare().isPresent() && p.workload().reasoning().max() == 0) {
			problems.add(Problem.warning(p.origin(), name + ": a reasoning share is given but workload "
					+ p.workload().name() + " has no reasoning tokens, so reasoning adds no energy"));
		}
		return problems;
	}
}

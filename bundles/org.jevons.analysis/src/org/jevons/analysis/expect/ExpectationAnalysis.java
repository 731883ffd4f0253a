package org.jevons.analysis.expect;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jevons.analysis.AnalysisContext;
import org.jevons.analysis.AnalysisResult;
import org.jevons.analysis.Dimension;
import org.jevons.analysis.EnergyAnalysis;
import org.jevons.analysis.Estimate;
import org.jevons.analysis.ExpectationResult;
import org.jevons.analysis.Figure;
import org.jevons.analysis.Problem;
import org.jevons.analysis.ProjectionResult;
import org.jevons.analysis.WorkloadResult;
import org.jevons.analysis.Settings;
import org.jevons.analysis.engine.Passes;
import org.jevons.analysis.engine.SampleTable;
import org.jevons.analysis.spec.Specs.Expectation;
import org.jevons.analysis.spec.Specs.Operator;

/**
 * Checks every {@code expect} against the nominal value of its metric. It runs last, so it can check figures of
 * plugins (cost) too. A budget that fails, or cannot be evaluated, is a failed result with a reason.
 */
public final class ExpectationAnalysis implements EnergyAnalysis {
	public static final String ID = "expect";
	/** Metric as written (normalised) → figure key; other metrics are tried as keys with {@code _}. */
	static final Map<String, String> METRICS = Map.ofEntries(Map.entry("energy", "energy"),
			Map.entry("it energy", "it_energy"), Map.entry("carbon", "carbon"), Map.entry("water", "water"),
			Map.entry("cost", "cost"), Map.entry("accelerator hours", "accelerator_hours"),
			Map.entry("energy per request", "energy_per_request"), Map.entry("energy per token", "energy_per_token"),
			Map.entry("energy per year", "annual_energy"), Map.entry("carbon per year", "annual_carbon"),
			Map.entry("water per year", "annual_water"), Map.entry("cost per year", "annual_cost"),
			Map.entry("cost per request", "cost_per_request"), Map.entry("carbon per request", "carbon_per_request"),
			Map.entry("rebound", "rebound"));

	@Override
	public String id() {
		return ID;
	}

	@Override
	public int order() {
		return Order.EXPECTATIONS;
	}

	@Override
	public void run(AnalysisContext context) {
		for (Expectation expectation : context.study().expectations()) {
			context.publish(check(context, expectation));
		}
	}

	static ExpectationResult check(AnalysisContext context, Expectation e) {
		Optional<AnalysisResult> target = context.results().stream()
				.filter(r -> r instanceof WorkloadResult || r instanceof ProjectionResult)
				.filter(r -> r.name().equals(e.target())).findFirst();
		if (target.isEmpty()) {
			return failed(e, "expect: no training, inference or projection named " + e.target());
		}
		String metric = normalise(e.metric());
		Optional<Figure> actual = target.get() instanceof ProjectionResult projection && e.year().isPresent()
				? yearly(projection, metric, e.year().getAsInt())
				: target.get().figure(METRICS.getOrDefault(metric, metric.replace(' ', '_')));
		if (actual.isEmpty()) {
			String reasons = target.get().problems().stream().filter(p -> p.severity() != Problem.Severity.INFO)
					.map(Problem::message).collect(Collectors.joining("; "));
			return failed(e, e.target() + " has no " + e.metric() + (e.year().isPresent() ? " " + e.year().getAsInt() : "")
					+ (reasons.isEmpty() ? " (its inputs do not give it)" : ": " + reasons));
		}
		Figure figure = actual.get();
		boolean passed = meets(figure.nominal(), e.operator(), e.limit());
		Optional<Double> probability = context.samples(e.target()).filter(t -> t.samples() > 0)
				.flatMap(t -> passProbability(t, figure.key(), e, context.settings()));
		// a missed budget is a verdict, not a problem of the model: the tools report it with the figures in
		// human units (exit code 1, a JUnit failure, a marker); problems are kept for budgets that cannot be checked
		return new ExpectationResult(e.text(), e.origin(), ID, passed, actual, e.limit(), probability, List.of());
	}

	private static Optional<Figure> yearly(ProjectionResult projection, String metric, int year) {
		int index = projection.years().indexOf(year);
		List<Estimate> series = metric.startsWith("carbon") ? projection.carbon() : projection.energy();
		if (index < 0 || index >= series.size()) {
			return Optional.empty();
		}
		Dimension dimension = metric.startsWith("carbon") ? Dimension.MASS_CO2E : Dimension.ENERGY;
		return Optional.of(new Figure(metric.startsWith("carbon") ? "carbon" : "energy",
				(metric.startsWith("carbon") ? "Carbon in " : "Energy in ") + year, dimension, series.get(index),
				List.of()));
	}

	/** The share of the target's Monte Carlo samples (recomputed, not stored) that meet the expectation. */
	private static Optional<Double> passProbability(SampleTable table, String key, Expectation e, Settings settings) {
		if (!table.varies(key)) {
			return Optional.empty();
		}
		return Optional.of(Passes.fraction(table.stream(List.of(key)), table.samples(), settings.threads() > 1,
				settings.cancellation(), x -> meets(x, e.operator(), e.limit())));
	}

	static boolean meets(double actual, Operator operator, double limit) {
		return switch (operator) {
		case LE -> actual <= limit;
		case LT -> actual < limit;
		case GE -> actual >= limit;
		case GT -> actual > limit;
		};
	}

	private static ExpectationResult failed(Expectation e, String reason) {
		return new ExpectationResult(e.text(), e.origin(), ID, false, Optional.empty(), e.limit(), Optional.empty(),
				List.of(Problem.error(e.origin(), reason)));
	}

	/** {@code energy in} → {@code energy in}; {@code accelerator-hours} → {@code accelerator hours}. */
	static String normalise(String metric) {
		return metric.trim().toLowerCase(java.util.Locale.ROOT).replace('-', ' ').replace('_', ' ')
				.replaceAll("\\s+", " ").replaceFirst(" in$", " in");
	}
}

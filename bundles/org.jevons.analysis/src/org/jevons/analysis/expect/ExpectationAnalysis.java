package org.jevons.analysis.expect;

import java.util.List;
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
 * Checks every {@code expect} against the central (nominal) value of its metric, the value every view shows, or
 * against the percentile it names ({@code expect X p95 energy per request <= 5 Wh}); the metrics are
 * {@link Metrics}. It runs last, so it can check figures of
 * plugins (cost) too. A budget that fails, or cannot be evaluated, is a failed result with a reason.
 */
public final class ExpectationAnalysis implements EnergyAnalysis {
	public static final String ID = "expect";
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
		Metrics.Target kind = target.get() instanceof ProjectionResult ? Metrics.Target.PROJECTION
				: ((WorkloadResult) target.get()).kind() == WorkloadResult.Kind.TRAINING ? Metrics.Target.TRAINING
						: Metrics.Target.INFERENCE;
		String written = e.metric().trim().endsWith(" in") ? e.metric().trim() + " YEAR" : e.metric();
		Optional<Metrics.Metric> metric = Metrics.find(kind, written);
		if (metric.isEmpty()) {
			return failed(e, "'" + e.metric() + "' is not a metric of " + kind.name().toLowerCase(java.util.Locale.ROOT)
					+ " " + e.target() + "; its metrics: "
					+ String.join(", ", Metrics.of(kind).stream().map(Metrics.Metric::written).toList()));
		}
		Optional<Figure> actual = kind == Metrics.Target.PROJECTION && e.year().isPresent()
				? yearly((ProjectionResult) target.get(), metric.get().key(), e.year().getAsInt())
				: target.get().figure(metric.get().key());
		if (actual.isEmpty()) {
			String reasons = target.get().problems().stream().filter(p -> p.severity() != Problem.Severity.INFO)
					.map(Problem::message).collect(Collectors.joining("; "));
			return failed(e, e.target() + " has no " + Metrics.named(e.metric()) + (e.year().isPresent() ? " " + e.year().getAsInt() : "")
					+ (reasons.isEmpty() ? " (its inputs do not give it)" : ": " + reasons));
		}
		Figure figure = actual.get();
		Estimate.Statistic statistic = Metrics.statistic(e.metric());
		boolean passed = meets(statistic.of(figure.estimate()), e.operator(), e.limit());
		Optional<Double> probability = context.samples(e.target()).filter(t -> t.samples() > 0)
				.flatMap(t -> passProbability(t, figure.key(), e, context.settings()));
		// a missed budget is a verdict, not a problem of the model: the tools report it with the figures in
		// human units (exit code 1, a JUnit failure, a marker); problems are kept for budgets that cannot be checked
		return new ExpectationResult(e.text(), e.origin(), ID, passed, actual, e.limit(), probability, List.of(),
				statistic);
	}

	/** A projection's energy or carbon in one year, for the keys {@code energy@YEAR} and {@code carbon@YEAR}. */
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
				List.of(Problem.error(e.origin(), reason)), Metrics.statistic(e.metric()));
	}
}

package org.jevons.ui.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.jevons.attribution.Group;
import org.jevons.attribution.InputProblems.Kind;
import org.jevons.attribution.duckdb.DuckDbAttribution;

/**
 * What the Usage Attribution view shows of one run, UI-free: a headline (or why there is none), the aggregates by day
 * and workload, and the energy per day for the chart. Energy in kWh, carbon in kg CO2e, water in L; NaN where the
 * workload's datacenter states no carbon or water.
 *
 * @param headline the totals in one sentence, or the reason the run produced nothing
 * @param skipped  per kind of problem, "N label"
 * @param examples the first rows of each kind, "file:row: reason"
 * @param days     the chart's categories, ISO days in order
 * @param energy   energy per day, kWh, in the order of {@code days}
 */
public record AttributionSummary(String headline, List<String> skipped, List<String> examples, List<Row> rows,
		List<String> days, double[] energy) {
	private static final double J_PER_KWH = 3.6e6;
	private static final int ENERGY = 0, CARBON = 1, WATER = 2;

	/** One aggregate: a day and a workload. {@code low}/{@code high}: p05/p95 of the energy (NaN without samples). */
	public record Row(String day, String workload, long requests, double energy, double low, double high,
			double carbon, double water) {
	}

	/** A run that produced nothing (bad models, no mapping, an unreadable log); the message says why. */
	public static AttributionSummary failed(String message) {
		return new AttributionSummary(message, List.of(), List.of(), List.of(), List.of(), new double[0]);
	}

	/** The aggregates of a run by {@code day, workload}, as {@link AttributeUsageHandler} asks for them. */
	public static AttributionSummary of(String log, String usage, DuckDbAttribution.Result result) {
		List<Row> rows = new ArrayList<>();
		Map<String, Double> daily = new TreeMap<>();
		double energy = 0, carbon = 0, water = 0;
		for (Group g : result.groups()) {
			double e = g.nominal(ENERGY) / J_PER_KWH;
			double low = g.percentiles(ENERGY).map(p -> p.p05() / J_PER_KWH).orElse(Double.NaN);
			double high = g.percentiles(ENERGY).map(p -> p.p95() / J_PER_KWH).orElse(Double.NaN);
			rows.add(new Row(g.key().get(0), g.key().get(1), g.requests(), e, low, high, g.nominal(CARBON),
					g.nominal(WATER)));
			daily.merge(g.key().get(0), e, Double::sum);
			energy += e;
			carbon += g.nominal(CARBON);
			water += g.nominal(WATER);
		}
		rows.sort(java.util.Comparator.comparing(Row::day).thenComparing(Row::workload));
		List<String> skipped = new ArrayList<>();
		List<String> examples = new ArrayList<>();
		for (Kind kind : Kind.values()) {
			long count = result.problems().count(kind);
			if (count > 0) {
				skipped.add(String.format(Locale.ROOT, "%,d %s", count, kind.label()));
				examples.addAll(result.problems().examples(kind));
			}
		}
		String headline = String.format(Locale.ROOT,
				"%s (usage %s): %,d rows read, %,d requests attributed, %,d skipped — %s kWh, %s kg CO2e, %s L water",
				log, usage, result.rows(), result.attributed(), result.problems().total(), number(energy),
				number(carbon), number(water));
		return new AttributionSummary(headline, List.copyOf(skipped), List.copyOf(examples), List.copyOf(rows),
				List.copyOf(daily.keySet()), daily.values().stream().mapToDouble(Double::doubleValue).toArray());
	}

	/** Three significant digits, or "–" for a figure the boundary does not have. */
	public static String number(double value) {
		if (Double.isNaN(value)) {
			return "–";
		}
		return value != 0 && Math.abs(value) < 0.01 ? String.format(Locale.ROOT, "%.3g", value)
				: String.format(Locale.ROOT, "%,.3f", value).replaceFirst("\\.?0+$", "");
	}
}

package org.jevons.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jevons.analysis.Estimate;
import org.jevons.attribution.Group;

/** The aggregates of {@code jevons attribute} as a readable table: totals as {@code value [p05–p95]}. */
final class AggregateText {
	private static final String[] LABELS = { "energy kWh", "carbon kgCO2e", "water L" };
	private static final double[] FROM_SI = { 1 / 3.6e6, 1, 1 };

	private AggregateText() {
	}

	static void print(PrintWriter out, List<String> by, List<Group> groups, int limit) {
		out.println(String.join(" | ", by) + " | requests | " + String.join(" | ", LABELS));
		groups.stream().limit(limit).forEach(g -> {
			StringBuilder line = new StringBuilder(String.join(" | ", g.key())).append(" | ").append(g.requests());
			for (int f = 0; f < LABELS.length; f++) {
				line.append(" | ").append(figure(g.nominal(f) * FROM_SI[f], g.percentiles(f), FROM_SI[f]));
			}
			out.println(line);
		});
		if (groups.size() > limit) {
			out.println("… " + (groups.size() - limit) + " more (write them all with --aggregates PATH)");
		}
	}

	private static String figure(double value, Optional<Estimate.Percentiles> p, double scale) {
		if (Double.isNaN(value)) {
			return "—";
		}
		// a range only where the inputs are uncertain: certain workloads give p05 = p95
		return format(value) + p.filter(q -> q.p05() < q.p95())
				.map(q -> " [" + format(q.p05() * scale) + "–" + format(q.p95() * scale) + "]").orElse("");
	}

	private static String format(double x) {
		return String.format(Locale.ROOT, "%.4g", x);
	}
}

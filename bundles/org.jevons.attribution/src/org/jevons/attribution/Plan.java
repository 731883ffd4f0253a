package org.jevons.attribution;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jevons.analysis.spec.Specs.Inference;

/**
 * Everything an attribution needs besides the rows: the mapping, its distinct workloads, the Monte Carlo settings,
 * the accepted time range and the aggregation columns. Immutable; each thread or Spark partition makes its own
 * {@link Attribution} from it.
 *
 * @param samples Monte Carlo samples per aggregate (0: no percentiles)
 * @param from    earliest accepted time, microseconds since the epoch (inclusive)
 * @param to      latest accepted time, microseconds since the epoch (exclusive)
 * @param by      the aggregation columns: {@link #DERIVED} names or log columns
 */
public record Plan(Usage usage, int samples, long seed, long from, long to, List<String> by) {

	/** Aggregation columns computed from a row rather than read: time buckets, the mapped workload, the roles. */
	public static final Set<String> DERIVED = Set.of("hour", "day", "month", "year", "workload", "model", "provider",
			"region");

	/** The default range: from 2000 up to a day after now (later times are clock errors). */
	public static long defaultFrom() {
		return Instant.parse("2000-01-01T00:00:00Z").toEpochMilli() * 1000;
	}

	public static long defaultTo() {
		return (Instant.now().toEpochMilli() + 86_400_000L) * 1000;
	}

	/** The distinct workloads the rules map to, in order of first mention. */
	public List<Inference> workloads() {
		List<Inference> workloads = new ArrayList<>();
		for (Usage.Rule rule : usage.rules()) {
			if (workloads.stream().noneMatch(w -> w == rule.workload())) {
				workloads.add(rule.workload());
			}
		}
		return workloads;
	}

	/** The {@code --by} names that are log columns, read into {@link LogRow#by} in this order. */
	public List<String> extraColumns() {
		return by.stream().filter(b -> !DERIVED.contains(b)).toList();
	}

	/** Whether a time bucket is among the aggregation columns (which needs the {@code time} column). */
	public boolean needsTime() {
		return by.stream().anyMatch(b -> Set.of("hour", "day", "month", "year").contains(b));
	}
}

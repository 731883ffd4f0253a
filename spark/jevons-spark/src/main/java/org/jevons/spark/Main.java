package org.jevons.spark;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.spark.sql.SparkSession;
import org.jevons.attribution.InputProblems;
import org.jevons.attribution.Plan;

/**
 * The entry point for {@code spark-submit}:
 * {@code --energy a.energy,b.energy --mapping NAME --log s3://logs/2026-03/ [--by day,team] [--requests OUT]
 * [--aggregates OUT] [--samples N] [--seed S] [--from ISO] [--to ISO]}. Exit 1 when the job fails.
 */
public final class Main {
	private Main() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = parse(args);
		List<Path> energy = Arrays.stream(required(options, "--energy").split(",")).map(Path::of).toList();
		PlanSource source = PlanSource.read(energy, required(options, "--mapping"),
				Integer.parseInt(options.getOrDefault("--samples", "200")),
				Long.parseLong(options.getOrDefault("--seed", "42")),
				time(options.get("--from")).orElse(Plan.defaultFrom()), time(options.get("--to")).orElse(Plan.defaultTo()),
				List.of(options.getOrDefault("--by", "workload").split(",")));
		SparkSession spark = SparkSession.builder().appName("jevons attribute").config("spark.sql.session.timeZone", "UTC")
				.getOrCreate();
		try {
			SparkAttribution.Result result = SparkAttribution.run(spark, source,
					List.of(required(options, "--log").split(",")), Optional.ofNullable(options.get("--requests")),
					Optional.ofNullable(options.get("--aggregates")));
			System.out.printf("%d requests attributed, %d skipped%n", result.attributed(), result.problems().total());
			for (InputProblems.Kind kind : InputProblems.Kind.values()) {
				if (result.problems().count(kind) > 0) {
					System.err.println("skipped " + result.problems().count(kind) + " rows: " + kind.label() + ", e.g.");
					result.problems().examples(kind).forEach(e -> System.err.println("  " + e));
				}
			}
		} finally {
			spark.stop();
		}
	}

	private static Map<String, String> parse(String[] args) {
		Map<String, String> options = new HashMap<>();
		List<String> rest = new ArrayList<>(List.of(args));
		for (int i = 0; i + 1 < rest.size(); i += 2) {
			options.put(rest.get(i), rest.get(i + 1));
		}
		return options;
	}

	private static String required(Map<String, String> options, String name) {
		String value = options.get(name);
		if (value == null) {
			throw new IllegalArgumentException("missing " + name);
		}
		return value;
	}

	private static Optional<Long> time(String iso) {
		return Optional.ofNullable(iso).map(t -> Instant.parse(t).toEpochMilli() * 1000);
	}
}

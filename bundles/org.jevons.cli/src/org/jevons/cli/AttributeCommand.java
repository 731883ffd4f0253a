package org.jevons.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.jevons.analysis.Settings;
import org.jevons.attribution.InputProblems;
import org.jevons.attribution.Plan;
import org.jevons.attribution.Usage;
import org.jevons.attribution.duckdb.AttributionException;
import org.jevons.attribution.duckdb.DuckDbAttribution;
import org.jevons.attribution.load.UsageBuilder;
import org.jevons.dsl.workspace.EnergyWorkspace;
import org.jevons.dsl.workspace.Problem;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code jevons attribute FILE|DIR... --log LOG...}: energy, carbon and water of every logged request, by the
 * {@code usage} mapping of the files, computed by the same inference kernel as {@code analyze} (embedded DuckDB).
 */
@Command(name = "attribute", mixinStandardHelpOptions = true,
		description = "Attribute energy, carbon and water to every request of a usage log (CSV or Parquet).")
class AttributeCommand implements Callable<Integer> {
	/** Aggregates printed when no --aggregates file is given. */
	private static final int PRINTED = 50;

	@Spec
	private CommandSpec spec;

	/**
	 * Always this process's own: the background server does not serve {@code attribute} (DuckDB opens the usage logs
	 * and outputs relative to the process's folder), so its working directory is the process's.
	 */
	@ParentCommand
	private Main main;

	@Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "The .energy files with the usage mapping.")
	private List<Path> paths = List.of();

	@Option(names = "--log", arity = "1..*", required = true, paramLabel = "LOG",
			description = "Log files or folders (.csv, .tsv, optionally .gz, or .parquet).")
	private List<Path> logs = List.of();

	@Option(names = "--mapping", paramLabel = "NAME", description = "The usage mapping (needed when there are several).")
	private String mapping;

	@Option(names = "--by", split = ",", paramLabel = "COLUMN",
			description = "Aggregate by these: hour, day, month, year, workload, model, provider, region or a log column (default: workload).")
	private List<String> by = List.of("workload");

	@Option(names = "--requests", paramLabel = "PATH", description = "Write per-request results (.parquet or .csv).")
	private Path requests;

	@Option(names = "--aggregates", paramLabel = "PATH", description = "Write the aggregates (.parquet or .csv).")
	private Path aggregates;

	@Option(names = "--samples", paramLabel = "N", defaultValue = "200",
			description = "Monte Carlo samples for the aggregates' p05/p50/p95; 0 for none (default: ${DEFAULT-VALUE}).")
	private int samples;

	@Option(names = "--seed", paramLabel = "S", defaultValue = "" + Settings.DEFAULT_SEED,
			description = "Seed of the Monte Carlo sampling (default: ${DEFAULT-VALUE}).")
	private long seed;

	@Option(names = "--from", paramLabel = "TIME", description = "Earliest accepted time (ISO date or instant; default 2000-01-01).")
	private String from;

	@Option(names = "--to", paramLabel = "TIME", description = "Time accepted up to, exclusive (default: a day from now).")
	private String to;

	@Option(names = "--strict", description = "Exit 1 and write nothing when any row cannot be attributed.")
	private boolean strict;

	@Override
	public Integer call() {
		if (samples < 0) {
			throw new ParameterException(spec.commandLine(), "--samples must be 0 or more, not " + samples);
		}
		PrintWriter err = spec.commandLine().getErr();
		Path folder = main.workingDirectory();
		EnergyWorkspace workspace = EnergyWorkspace.load(Inputs.expand(spec.commandLine(), paths, folder), folder);
		List<Problem> problems = workspace.validate();
		problems.forEach(p -> err.println(p.format()));
		if (problems.stream().anyMatch(Problem::isError)) {
			err.flush();
			return Main.FAILED;
		}
		Usage usage = usage(UsageBuilder.build(workspace.files()));
		Plan plan = new Plan(usage, samples, seed, time(from, "--from").orElse(Plan.defaultFrom()),
				time(to, "--to").orElse(Plan.defaultTo()), List.copyOf(by));
		try {
			DuckDbAttribution.Result result = DuckDbAttribution.run(plan, logs, Optional.ofNullable(requests),
					Optional.ofNullable(aggregates), strict);
			report(result, err);
			return strict && result.problems().total() > 0 ? Main.FAILED : Main.OK;
		} catch (AttributionException e) {
			err.println("jevons: " + e.getMessage());
			err.flush();
			return Main.FAILED;
		}
	}

	private Usage usage(List<Usage> usages) {
		if (usages.isEmpty()) {
			throw new ParameterException(spec.commandLine(), "no usage mapping in " + paths
					+ ": declare one (usage Logs { column model \"...\" ... map model \"...\" -> Workload })");
		}
		if (mapping == null) {
			if (usages.size() > 1) {
				throw new ParameterException(spec.commandLine(), "several usage mappings ("
						+ usages.stream().map(Usage::name).toList() + "): choose one with --mapping");
			}
			return usages.get(0);
		}
		return usages.stream().filter(u -> u.name().equals(mapping)).findFirst()
				.orElseThrow(() -> new ParameterException(spec.commandLine(), "no usage mapping " + mapping
						+ "; there are " + usages.stream().map(Usage::name).toList()));
	}

	/** An ISO date (midnight UTC) or instant, as microseconds since the epoch. */
	private Optional<Long> time(String text, String option) {
		if (text == null) {
			return Optional.empty();
		}
		try {
			Instant instant = text.length() == 10 ? LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC)
					: Instant.parse(text);
			return Optional.of(instant.toEpochMilli() * 1000);
		} catch (DateTimeParseException e) {
			throw new ParameterException(spec.commandLine(), option + " " + text
					+ ": use a date (2026-01-31) or an instant (2026-01-31T12:00:00Z)");
		}
	}

	private void report(DuckDbAttribution.Result result, PrintWriter err) {
		InputProblems problems = result.problems();
		for (InputProblems.Kind kind : InputProblems.Kind.values()) {
			if (problems.count(kind) > 0) {
				err.println("jevons: skipped " + problems.count(kind) + " rows: " + kind.label() + ", e.g.");
				problems.examples(kind).forEach(e -> err.println("  " + e));
			}
		}
		if (!result.written() && (requests != null || aggregates != null)) {
			err.println("jevons: --strict: nothing written because " + problems.total() + " rows were skipped");
		}
		err.flush();
		PrintWriter out = spec.commandLine().getOut();
		out.printf("%d rows read, %d requests attributed, %d skipped%n", result.rows(), result.attributed(),
				problems.total());
		if (aggregates == null) {
			AggregateText.print(out, by, result.groups(), PRINTED);
		}
		out.flush();
	}
}

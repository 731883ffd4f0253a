package org.jevons.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import javax.inject.Inject;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.toolchain.ToolchainManager;

/**
 * Analyses {@code .energy} files ({@code jevons analyze}) and fails the build when an {@code expect} fails (a broken
 * energy, carbon or cost budget) or when a file has errors.
 *
 * <p>Writes into the output directory: {@code report.json} (the CLI's JSON contract), {@code TEST-jevons.xml} (JUnit
 * XML of the {@code expect} results, one test case each, for CI servers) and one {@code report.<ext>} per entry of
 * {@link #formats} (default the text report {@code report.txt}); with {@link #sweepTables}, each sweep as a wide CSV
 * table {@code sweeps/NAME.csv}.
 */
@Mojo(name = "analyze", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class AnalyzeMojo extends AbstractJevonsMojo {

	static final String JSON_REPORT = "report.json";
	static final String JUNIT_REPORT = "TEST-jevons.xml";
	static final String SWEEP_TABLES = "sweeps";

	/** Monte Carlo samples for uncertain inputs ({@code --samples}); default: the CLI's. */
	@Parameter(property = "jevons.samples")
	private Integer samples;

	/** Random seed of the Monte Carlo sampling ({@code --seed}), for reproducible percentiles; default: the CLI's. */
	@Parameter(property = "jevons.seed")
	private Long seed;

	/**
	 * Further report formats besides JSON, each written by its own CLI run to {@code report.<ext>}: {@code text}
	 * ({@code report.txt}), {@code csv}, {@code md}, {@code html}; comma-separated on the command line. {@code json}
	 * alone for the JSON and JUnit reports only (one forked JVM instead of two).
	 */
	// a defaultValue, not a field initialiser: an unset property expression would inject an empty list
	@Parameter(property = "jevons.formats", defaultValue = "text")
	private List<String> formats;

	/**
	 * Also write each sweep as a wide CSV table, {@code sweeps/NAME.csv} in the output directory: a header, then one
	 * row per point with the columns side by side ({@code --sweeps}).
	 */
	@Parameter(property = "jevons.sweepTables", defaultValue = "false")
	private boolean sweepTables;

	/** Fail the build when an {@code expect} fails. */
	@Parameter(property = "jevons.failOnExpectation", defaultValue = "true")
	private boolean failOnExpectation;

	/** Fail the build on errors in the files (they are not analysed then). */
	@Parameter(property = "jevons.failOnError", defaultValue = "true")
	private boolean failOnError;

	/** Skips this goal only. */
	@Parameter(property = "jevons.analyze.skip", defaultValue = "false")
	private boolean skipAnalyze;

	@Inject
	public AnalyzeMojo(ToolchainManager toolchainManager) {
		super(toolchainManager);
	}

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		if (skip || skipAnalyze) {
			getLog().info("jevons analyze skipped");
			return;
		}
		List<String> extraFormats = checkedFormats(formats);
		List<Path> files = findFiles();
		if (files.isEmpty()) {
			return; // findFiles said why
		}
		Path out = outputDirectory.toPath();
		Path json = out.resolve(JSON_REPORT);
		Path junit = out.resolve(JUNIT_REPORT);
		deleteStale(json, junit);

		List<String> options = new ArrayList<>(List.of("--format", "json", "--out", json.toString(), "--junit",
				junit.toString()));
		options.addAll(samplingOptions());
		if (sweepTables) options.addAll(List.of("--sweeps", out.resolve(SWEEP_TABLES).toString()));
		Run run = fork("analyze", files, options);
		if (run.exitCode() != 0 && run.exitCode() != 1) throw unexpected("analyze", run);
		run.stdout().forEach(l -> getLog().info("[jevons] " + l));
		run.otherStderr().forEach(l -> getLog().warn("[jevons] " + l));

		Map<String, Object> report = readReport(json, run);
		// the JSON's diagnostics are the complete list; stderr is the fallback when no report was written (its
		// failed expectations are verdicts, reported with the expectations, not diagnostics of the files)
		List<Issue> issues = report.get("diagnostics") instanceof List<?> l && !l.isEmpty()
				? Json.objects(l).stream().map(Issue::fromJson).toList()
				: run.issues().stream().filter(i -> !i.message().startsWith(FAILED_PREFIX)).toList();
		long errors = logIssues(issues);
		List<Map<String, Object>> expectations = Json.objects(report.get("expectations"));
		List<String> failed = logExpectations(expectations, run.issues());
		if (run.exitCode() == 1 && errors == 0 && failed.isEmpty()) {
			// exit 1 promises errors or a failed expect; neither means the tool broke (e.g. a too-old JVM)
			throw unexpected("analyze", run);
		}
		if (errors == 0) writeOtherFormats(files, out, extraFormats);

		getLog().info(summary(files.size(), report, expectations.size(), failed.size()) + "; reports: " + out);
		if (errors > 0 && failOnError) {
			throw new MojoFailureException(errors + " error(s) in .energy files (see the diagnostics above)");
		}
		if (!failed.isEmpty() && failOnExpectation) {
			throw new MojoFailureException(failed.size() + " expectation(s) failed: " + String.join("; ", failed)
					+ " (see " + junit + ")");
		}
	}

	private List<String> samplingOptions() {
		List<String> options = new ArrayList<>();
		if (samples != null) options.addAll(List.of("--samples", samples.toString()));
		if (seed != null) options.addAll(List.of("--seed", seed.toString()));
		return options;
	}

	/** An old report must not pass for this run's if the CLI stops before writing. */
	private static void deleteStale(Path... reports) throws MojoExecutionException {
		for (Path report : reports) {
			try {
				Files.deleteIfExists(report);
			} catch (IOException e) {
				throw new MojoExecutionException("cannot delete the old report " + report, e);
			}
		}
	}

	private Map<String, Object> readReport(Path json, Run run) throws MojoExecutionException {
		if (!Files.isRegularFile(json)) {
			// on validation errors the CLI may stop before analysing; the diagnostics are then on stderr
			if (run.exitCode() == 1 && run.hasErrors()) return Map.of();
			throw new MojoExecutionException("jevons analyze exited with " + run.exitCode() + " but wrote no " + json);
		}
		try {
			return Json.object(Json.parse(Files.readString(json, StandardCharsets.UTF_8)));
		} catch (IOException | IllegalArgumentException e) {
			throw new MojoExecutionException("cannot read the jevons report " + json, e);
		}
	}

	/**
	 * Logs every expectation with its figures; returns the failed ones as text for the failure message. A failed
	 * one is said as the CLI says it on stderr: at its file and line, in the units a reader expects (3.10 GWh, not
	 * 3.1e6 kWh).
	 */
	private List<String> logExpectations(List<Map<String, Object>> expectations, List<Issue> stderr) {
		List<String> failed = new ArrayList<>();
		for (Map<String, Object> e : expectations) {
			String text = String.valueOf(e.get("text"));
			String figures = "actual " + Json.quantity(e.get("actual")) + ", limit " + Json.quantity(e.get("limit"));
			if (Boolean.TRUE.equals(e.get("passed"))) {
				getLog().info("expect passed: " + text + " (" + figures + ")");
			} else {
				String said = stderr.stream().filter(i -> i.message().startsWith(FAILED_PREFIX + text))
						.map(i -> basedir.toPath().resolve(i.path()) + ":" + i.line() + ": "
								+ i.message().substring(FAILED_PREFIX.length()))
						.findFirst().orElse(text + " (" + figures + ")");
				getLog().error("expect FAILED: " + said);
				failed.add(said);
			}
		}
		return failed;
	}

	/** How the CLI starts the message of a failed expectation on stderr. */
	static final String FAILED_PREFIX = "expectation failed: ";

	/** The report formats the CLI writes; anything else is a configuration error named in one line. */
	static final List<String> FORMATS = List.of("text", "json", "csv", "md", "html");

	/** {@link #formats}, lower case, checked before any run: a bad value is one line naming it and the allowed ones. */
	static List<String> checkedFormats(List<String> formats) throws MojoExecutionException {
		List<String> checked = new ArrayList<>();
		for (String format : formats) {
			String f = format.trim().toLowerCase(Locale.ROOT);
			if (f.isEmpty()) continue;
			if (!FORMATS.contains(f)) {
				throw new MojoExecutionException("jevons: formats contains '" + format.trim()
						+ "', which is not a report format; use " + String.join(", ", FORMATS));
			}
			checked.add(f);
		}
		return checked;
	}

	/** One more CLI run per extra format: the CLI writes one format per run. */
	private void writeOtherFormats(List<Path> files, Path out, List<String> extraFormats)
			throws MojoExecutionException {
		for (String f : extraFormats) {
			if (f.equals("json")) continue;
			Path target = out.resolve("report." + (f.equals("text") ? "txt" : f));
			List<String> options = new ArrayList<>(List.of("--format", f, "--out", target.toString()));
			options.addAll(samplingOptions());
			Run run = fork("analyze", files, options);
			if (run.exitCode() != 0 && run.exitCode() != 1) throw unexpected("analyze --format " + f, run);
			if (!Files.isRegularFile(target)) {
				throw new MojoExecutionException("jevons analyze --format " + f + " wrote no " + target);
			}
		}
	}

	/** E.g. {@code jevons: 2 file(s) analysed: 1 training(s), 2 inference(s), 1 expectation(s), 0 failed}. */
	private static String summary(int fileCount, Map<String, Object> report, int expectationCount, int failedCount) {
		String counts = List.of("trainings", "inferences", "comparisons", "projections", "sweeps").stream()
				.filter(key -> !Json.objects(report.get(key)).isEmpty())
				.map(key -> Json.objects(report.get(key)).size() + " " + key.substring(0, key.length() - 1) + "(s)")
				.collect(Collectors.joining(", "));
		return "jevons: " + fileCount + " file(s) analysed: " + (counts.isEmpty() ? "" : counts + ", ") + expectationCount
				+ " expectation(s), " + failedCount + " failed";
	}
}

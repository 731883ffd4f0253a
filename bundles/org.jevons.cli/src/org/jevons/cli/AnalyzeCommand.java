package org.jevons.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;

import org.jevons.analysis.AutoSamples;
import org.jevons.analysis.Settings;
import org.jevons.analysis.StudyAnalysis;
import org.jevons.analysis.StudyResult;
import org.jevons.analysis.engine.AdaptiveSampling;
import org.jevons.analysis.spec.Specs.Study;
import org.jevons.dsl.study.StudyBuilder;
import org.jevons.dsl.workspace.EnergyWorkspace;
import org.jevons.dsl.workspace.Problem;
import org.jevons.report.AtomicFiles;
import org.jevons.report.ReportContext;
import org.jevons.report.ReportDiagnostic;
import org.jevons.report.ReportFormat;
import org.jevons.report.Reports;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code jevons analyze FILE|DIR...}: validate, compute every figure, write a report. Diagnostics go to stderr in
 * compiler form; the report to stdout or {@code --out}, written atomically.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
		description = "Compute training, inference, comparison, projection and sweep figures with uncertainty.")
class AnalyzeCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@ParentCommand
	private Main main;

	@Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Files, or folders of .energy files.")
	private List<Path> paths = List.of();

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
			description = "text, json, csv, md or html (default: ${DEFAULT-VALUE}).")
	private String format = "text";

	@Option(names = "--out", paramLabel = "PATH", description = "Write the report here instead of stdout.")
	private Path out;

	@Option(names = "--samples", paramLabel = "N|auto", defaultValue = "" + Settings.DEFAULT_SAMPLES,
			description = "Monte Carlo samples per uncertain figure, or auto: as many as make p05/p50/p95 of the"
					+ " headline figures precise to ±0.5 %% at 95 %% confidence (default: ${DEFAULT-VALUE}).")
	private String samples = "" + Settings.DEFAULT_SAMPLES;

	@Option(names = "--seed", paramLabel = "S", defaultValue = "" + Settings.DEFAULT_SEED,
			description = "Seed of the Monte Carlo sampling; the same seed gives the same report (default: ${DEFAULT-VALUE}).")
	private long seed;

	@Option(names = "--junit", paramLabel = "PATH", description = "Also write the expect results as JUnit XML.")
	private Path junit;

	@Option(names = "--full", description = "Keep every sweep row in JSON, even above 10 000 points.")
	private boolean full;

	@Option(names = "--sweeps", paramLabel = "DIR", description = "Also write each sweep as DIR/NAME.csv: a header,"
			+ " then one row per point, the columns side by side.")
	private Path sweeps;

	@Override
	public Integer call() throws IOException {
		ReportFormat reportFormat = parseFormat();
		OptionalInt fixedSamples = parseSamples();
		if (sweeps != null) {
			SweepFiles.requireFolder(main.locate(sweeps));
		}
		List<Path> files = Inputs.expand(spec.commandLine(), paths, main.workingDirectory());
		EnergyWorkspace workspace = EnergyWorkspace.load(files, main.workingDirectory());
		List<Problem> problems = workspace.validate();
		PrintWriter err = spec.commandLine().getErr();
		problems.forEach(p -> err.println(p.format()));
		Study study = StudyBuilder.build(workspace.files());
		Settings settings = settings(fixedSamples, study, err);
		StudyResult result = StudyAnalysis.analyze(study, settings);
		ReportContext context = new ReportContext(files.stream().map(Path::toString).toList(), settings, full,
				problems.stream().map(AnalyzeCommand::diagnostic).toList());
		context.analysisProblems(result).forEach(p -> err.println(Diagnostics.format(p)));
		result.expectations().stream().filter(e -> !e.passed() && e.actual().isPresent())
				.forEach(e -> err.println(Diagnostics.failedExpectation(e)));
		err.flush();
		// streamed: the rows of a large sweep are computed as they are written, never held whole
		if (out == null) {
			PrintWriter stdout = spec.commandLine().getOut();
			Reports.write(result, context, reportFormat, stdout);
			stdout.flush();
		} else {
			// bytes: CSV writes a sweep's rows without a text encoder between
			AtomicFiles.write(main.locate(out), stream -> Reports.write(result, context, reportFormat, stream));
		}
		if (sweeps != null) {
			if (result.sweeps().isEmpty()) {
				err.println("jevons: --sweeps: the files declare no sweep; nothing written to " + sweeps);
			}
			SweepFiles.write(main.locate(sweeps), result.sweeps());
		}
		if (junit != null) {
			Outputs.writeAtomically(main.locate(junit), Reports.junit(result, context));
		}
		boolean errors = problems.stream().anyMatch(Problem::isError);
		return errors || result.failed() ? Main.FAILED : Main.OK;
	}

	/** The settings of {@code --samples} and {@code --seed}; with {@code auto}, says on stderr what it chose. */
	private Settings settings(OptionalInt fixedSamples, Study study, PrintWriter err) {
		if (fixedSamples.isEmpty()) {
			Settings base = new Settings(Settings.DEFAULT_SAMPLES, seed);
			AdaptiveSampling.Choice choice = AutoSamples.choose(study, base, AdaptiveSampling.Rule.DEFAULT);
			err.println("jevons: --samples auto: " + choice.describe());
			return AutoSamples.apply(base, choice);
		}
		return new Settings(fixedSamples.getAsInt(), seed);
	}

	/** The count of {@code --samples}, or empty for {@code auto}. */
	private OptionalInt parseSamples() {
		if (samples.equals("auto")) {
			return OptionalInt.empty();
		}
		if (!samples.matches("-?[0-9]{1,10}") || Long.parseLong(samples) > Integer.MAX_VALUE) {
			throw new ParameterException(spec.commandLine(),
					"--samples must be a whole number of at least 1, or auto, not '" + samples + "'");
		}
		int n = Integer.parseInt(samples);
		if (n < 1) {
			throw new ParameterException(spec.commandLine(), "--samples must be at least 1, not " + samples);
		}
		return OptionalInt.of(n);
	}

	private ReportFormat parseFormat() {
		return ReportFormat.parse(format).orElseThrow(() -> new ParameterException(spec.commandLine(),
				"unknown --format '" + format + "': use text, json, csv, md or html"));
	}

	private static ReportDiagnostic diagnostic(Problem p) {
		ReportDiagnostic.Severity severity = switch (p.severity()) {
		case ERROR -> ReportDiagnostic.Severity.ERROR;
		case WARNING -> ReportDiagnostic.Severity.WARNING;
		case INFO -> ReportDiagnostic.Severity.INFO;
		};
		return new ReportDiagnostic(p.file(), p.line(), p.column(), severity, p.message());
	}
}

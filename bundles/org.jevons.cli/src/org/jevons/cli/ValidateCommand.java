package org.jevons.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.jevons.analysis.Problem;
import org.jevons.analysis.calibration.MeasurementReader;
import org.jevons.analysis.calibration.ModelFacts;
import org.jevons.analysis.calibration.ModelFactsReader;
import org.jevons.analysis.calibration.Validation.Holdout;
import org.jevons.analysis.calibration.ValidationResult;
import org.jevons.dsl.study.LibraryAccelerators;
import org.jevons.report.csv.ValidationCsv;
import org.jevons.report.json.ValidationJson;
import org.jevons.report.text.ValidationText;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code jevons validate MEASUREMENTS.csv}: predicts measured inference energy with the engine's kernel and
 * defaults, prints predicted against measured and the error; {@code --fit} also fits the calibrated defaults and
 * reports their error on held-out models (docs/headless.md, validate).
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
		description = "Predict measured inference energy per token (CSV) and report the error; --fit fits the defaults.")
class ValidateCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@ParentCommand
	private Main main;

	@Parameters(index = "0", paramLabel = "MEASUREMENTS.csv", description = "Measurements, columns as in docs/headless.md.")
	private Path measurements;

	@Option(names = "--models", paramLabel = "MODELS.csv",
			description = "Architecture facts by model id (layers, kv_heads, head_dim, experts, routed, ...).")
	private Path models;

	@Option(names = "--fit", description = "Fit the calibrated defaults; report their error on held-out models.")
	private boolean fit;

	@Option(names = "--holdout", paramLabel = "model|family", defaultValue = "model",
			description = "What --fit holds out together (default: ${DEFAULT-VALUE}).")
	private String holdout = "model";

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
			description = "text, csv or json (default: ${DEFAULT-VALUE}).")
	private String format = "text";

	@Override
	public Integer call() throws IOException {
		if (!Map.of("text", 0, "csv", 0, "json", 0).containsKey(format)) {
			throw new ParameterException(spec.commandLine(), "unknown --format '" + format + "': use text, csv or json");
		}
		Holdout by = switch (holdout.toLowerCase(Locale.ROOT)) {
		case "model" -> Holdout.MODEL;
		case "family" -> Holdout.FAMILY;
		default -> throw new ParameterException(spec.commandLine(), "unknown --holdout '" + holdout
				+ "': use model or family");
		};
		PrintWriter err = spec.commandLine().getErr();
		Map<String, ModelFacts> facts = Map.of();
		if (models != null) {
			ModelFactsReader.Readout readout = ModelFactsReader.read(models.toString(), read(models));
			readout.problems().forEach(p -> err.println(Diagnostics.format(p)));
			if (readout.problems().stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR)) {
				err.flush();
				return Main.FAILED;
			}
			facts = readout.facts();
		}
		MeasurementReader.Readout readout = MeasurementReader.read(measurements.toString(), read(measurements),
				LibraryAccelerators::named, facts);
		readout.problems().forEach(p -> err.println(Diagnostics.format(p)));
		err.flush();
		if (readout.hasErrors()) {
			return Main.FAILED;
		}
		ValidationResult result = ValidationResult.of(readout.measurements(), fit, by);
		String file = measurements.toString();
		PrintWriter out = spec.commandLine().getOut();
		out.print(switch (format) {
		case "csv" -> ValidationCsv.render(result);
		case "json" -> ValidationJson.render(file, result);
		default -> ValidationText.render(file, result);
		});
		out.flush();
		return Main.OK;
	}

	/** The text of a file given on the command line; messages name it as it was given. */
	private String read(Path file) {
		Path located = main.locate(file);
		if (!Files.isRegularFile(located)) {
			throw new ParameterException(spec.commandLine(), "no such file: " + file);
		}
		try {
			return Files.readString(located);
		} catch (MalformedInputException notUtf8) {
			throw new ParameterException(spec.commandLine(), "not a UTF-8 text file: " + file);
		} catch (IOException e) {
			throw new ParameterException(spec.commandLine(), "cannot read " + file + ": " + e.getMessage());
		}
	}
}

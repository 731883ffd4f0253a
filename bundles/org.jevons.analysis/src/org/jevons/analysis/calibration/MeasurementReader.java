package org.jevons.analysis.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

import org.jevons.analysis.Problem;
import org.jevons.analysis.calibration.CsvTable.Cell;
import org.jevons.analysis.calibration.CsvTable.CsvException;
import org.jevons.analysis.calibration.CsvTable.Row;
import org.jevons.analysis.engine.Peak;
import org.jevons.analysis.spec.Specs.Accelerator;
import org.jevons.analysis.spec.Specs.Architecture;
import org.jevons.analysis.spec.Specs.Origin;
import org.jevons.analysis.spec.Specs.Precision;

/**
 * Reads measurements in the columns of the calibration CSV (docs/methodology.md, Calibration). Required:
 * {@code model, total_params_B, active_params_B, architecture, gpu, num_gpus, precision, batch, avg_output_tokens,
 * energy_per_token_J}; used when present: {@code task, prompt_tokens, avg_power_W_per_gpu, family} and the
 * architecture columns of {@link ModelFactsReader}. Every bad cell is one error at its line and column; a row
 * with an error is left out.
 */
public final class MeasurementReader {
	public static final List<String> REQUIRED = List.of("model", "total_params_b", "active_params_b", "architecture",
			"gpu", "num_gpus", "precision", "batch", "avg_output_tokens", "energy_per_token_j");

	/** GPU names of the ML.ENERGY data → built-in library accelerators; other names are looked up as written. */
	static final Map<String, String> GPU_NAMES = Map.of("h100", "H100_SXM", "b200", "B200");

	/**
	 * Prompt tokens per request assumed per task when the file has no {@code prompt_tokens} (ML.ENERGY publishes
	 * none; see its README): GPQA is one question with four options (a few hundred tokens); LM-Arena prompts are
	 * heavy-tailed and carry the history in later turns. Unmeasured guesses, documented in methodology.md.
	 */
	public static final Map<String, Double> ASSUMED_PROMPT = Map.of("gpqa", 250.0, "lm-arena-chat", 500.0);

	/** The rows read and every problem found. */
	public record Readout(List<Measurement> measurements, List<Problem> problems) {
		public boolean hasErrors() {
			return problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
		}
	}

	private MeasurementReader() {
	}

	/**
	 * @param accelerators the accelerator of a name (the built-in library and the user's declarations)
	 * @param sideTable    architecture facts by model id, used where the row has none
	 */
	public static Readout read(String file, String text, Function<String, Optional<Accelerator>> accelerators,
			Map<String, ModelFacts> sideTable) {
		List<Problem> problems = new ArrayList<>();
		CsvTable table;
		try {
			table = CsvTable.parse(file, text);
		} catch (CsvException e) {
			return new Readout(List.of(), List.of(Problem.error(e.origin(), e.getMessage())));
		}
		List<String> missing = REQUIRED.stream().filter(c -> !table.header().contains(c)).toList();
		if (table.header().isEmpty() || !missing.isEmpty()) {
			String what = table.header().isEmpty() ? "no header line" : "missing column" + (missing.size() > 1 ? "s " : " ")
					+ String.join(", ", missing);
			return new Readout(List.of(), List.of(Problem.error(new Origin(file, 1, 1), what + " (required: "
					+ String.join(", ", REQUIRED) + ")")));
		}
		List<Measurement> measurements = new ArrayList<>();
		for (Row row : table.rows()) {
			Cells cells = new Cells(row, problems);
			Optional<Measurement> m = measurement(cells, accelerators, sideTable);
			if (cells.ok()) {
				m.ifPresent(measurements::add);
			}
		}
		if (problems.isEmpty() && measurements.isEmpty()) {
			problems.add(Problem.error(new Origin(file, 1, 1), "no measurement rows below the header"));
		}
		return new Readout(measurements, problems);
	}

	private static Optional<Measurement> measurement(Cells c, Function<String, Optional<Accelerator>> accelerators,
			Map<String, ModelFacts> sideTable) {
		String model = c.text("model");
		String task = c.optionalText("task").orElse("");
		Optional<Architecture> architecture = c.choice("architecture", Map.of("dense", Architecture.DENSE, "moe",
				Architecture.MOE));
		double total = c.positive("total_params_b") * 1e9;
		double active = c.positive("active_params_b") * 1e9;
		if (c.ok() && active > total) {
			c.error("active_params_b", "active parameters (" + c.text("active_params_b")
					+ " B) exceed the total (" + c.text("total_params_b") + " B)");
		}
		String gpu = c.text("gpu");
		String libraryName = GPU_NAMES.getOrDefault(gpu.toLowerCase(Locale.ROOT), gpu);
		Optional<Accelerator> accelerator = gpu.isEmpty() ? Optional.empty() : accelerators.apply(libraryName);
		if (!gpu.isEmpty() && accelerator.isEmpty()) {
			c.error("gpu", "unknown GPU '" + gpu + "': not an accelerator of the built-in library (H100 and B200"
					+ " are read as H100_SXM and B200; other names as written, e.g. A100_SXM)");
		}
		double count = c.positive("num_gpus");
		Optional<Precision> precision = c.choice("precision", PRECISIONS);
		String precisionLabel = c.text("precision").toLowerCase(Locale.ROOT);
		double batch = c.positive("batch");
		double output = c.positive("avg_output_tokens");
		double joules = c.positive("energy_per_token_j");
		OptionalDouble statedPrompt = c.optionalNonNegative("prompt_tokens");
		Double assumed = ASSUMED_PROMPT.get(task.toLowerCase(Locale.ROOT));
		double prompt = statedPrompt.isPresent() ? statedPrompt.getAsDouble() : assumed == null ? 0 : assumed;
		if (statedPrompt.isEmpty() && assumed == null) {
			c.warning("model", "no prompt_tokens and no known task: prefill is not counted for this row");
		}
		OptionalDouble power = c.optionalPositive("avg_power_w_per_gpu");
		String family = c.optionalText("family").filter(f -> !f.isBlank()).orElseGet(() -> familyOf(model));
		ModelFacts facts = ModelFactsReader.facts(c).or(sideTable.getOrDefault(model, ModelFacts.NONE));
		if (!c.ok() || architecture.isEmpty() || precision.isEmpty() || accelerator.isEmpty()) {
			return Optional.empty();
		}
		Accelerator a = accelerator.get();
		if (Peak.of(a, precision.get()).value().isEmpty()) {
			c.error("precision", a.name() + " states no " + Peak.name(precision.get()) + " peak (or a same-width"
					+ " one): the engine cannot predict this row");
		}
		if (a.power().isEmpty() || a.bandwidth().isEmpty()) {
			c.error("gpu", a.name() + " states no " + (a.power().isEmpty() ? "power" : "bandwidth")
					+ ": the engine cannot predict this row");
		}
		if (!c.ok()) {
			return Optional.empty();
		}
		return Optional.of(new Measurement(c.row().origin(), task, model, family, architecture.get(), total, active,
				gpu, accelerator.get(), count, precisionLabel, precision.get(),
				WEIGHTS.getOrDefault(precisionLabel, precision.get()), batch,
				prompt, output, joules, power, facts));
	}

	/**
	 * The precision the engine computes a row with. mxfp4 (gpt-oss) stores the expert weights in 4 bits and
	 * computes in bf16 (vLLM's MXFP4 MoE kernels take bf16 activations).
	 */
	static final Map<String, Precision> PRECISIONS = Map.of("bf16", Precision.BF16, "fp16", Precision.FP16, "fp8",
			Precision.FP8, "int8", Precision.INT8, "fp4", Precision.FP4, "mxfp4", Precision.BF16, "fp32",
			Precision.FP32, "tf32", Precision.TF32);

	/** Weights stored apart from the arithmetic precision; every other precision stores what it computes. */
	static final Map<String, Precision> WEIGHTS = Map.of("mxfp4", Precision.FP4);

	/**
	 * The family a model id belongs to, for holding out: the name after the organisation, up to its first digit,
	 * without a leading {@code nvidia-} ({@code Qwen/Qwen3-8B} → {@code qwen}, {@code openai/gpt-oss-20b} →
	 * {@code gpt-oss}).
	 */
	public static String familyOf(String model) {
		String name = model.substring(model.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT).replaceFirst("^nvidia-", "");
		int digit = 0;
		while (digit < name.length() && !Character.isDigit(name.charAt(digit))) {
			digit++;
		}
		String family = name.substring(0, digit).replaceAll("[-_.]+$", "");
		return family.isEmpty() ? name : family;
	}

	/** The cells of one row with typed access; each bad value adds one error at its cell. */
	static final class Cells {
		private final Row row;
		private final List<Problem> problems;
		private boolean ok = true;

		Cells(Row row, List<Problem> problems) {
			this.row = row;
			this.problems = problems;
		}

		Row row() {
			return row;
		}

		boolean ok() {
			return ok;
		}

		String text(String column) {
			Optional<Cell> cell = row.cell(column);
			String text = cell.map(x -> x.text().trim()).orElse("");
			if (text.isEmpty()) {
				error(column, "empty " + column);
			}
			return text;
		}

		Optional<String> optionalText(String column) {
			return row.cell(column).map(x -> x.text().trim());
		}

		<T> Optional<T> choice(String column, Map<String, T> choices) {
			String text = text(column);
			T value = choices.get(text.toLowerCase(Locale.ROOT));
			if (value == null && !text.isEmpty()) {
				error(column, column + " '" + text + "' is not one of " + String.join(", ",
						choices.keySet().stream().sorted().toList()));
			}
			return Optional.ofNullable(value);
		}

		double positive(String column) {
			String text = text(column);
			return text.isEmpty() ? Double.NaN : number(column, text, true);
		}

		OptionalDouble optionalPositive(String column) {
			return optional(column, true);
		}

		OptionalDouble optionalNonNegative(String column) {
			return optional(column, false);
		}

		private OptionalDouble optional(String column, boolean strictlyPositive) {
			String text = optionalText(column).orElse("");
			if (text.isEmpty()) {
				return OptionalDouble.empty();
			}
			double x = number(column, text, strictlyPositive);
			return Double.isNaN(x) ? OptionalDouble.empty() : OptionalDouble.of(x);
		}

		private double number(String column, String text, boolean strictlyPositive) {
			double x;
			try {
				x = Double.parseDouble(text);
			} catch (NumberFormatException notANumber) {
				error(column, column + " '" + text + "' is not a number");
				return Double.NaN;
			}
			if (!Double.isFinite(x) || x < 0 || strictlyPositive && x == 0) {
				error(column, column + " must be " + (strictlyPositive ? "positive" : "zero or more") + ", not "
						+ text);
				return Double.NaN;
			}
			return x;
		}

		void error(String column, String message) {
			ok = false;
			problems.add(Problem.error(place(column), message));
		}

		void warning(String column, String message) {
			problems.add(Problem.warning(place(column), message));
		}

		private Origin place(String column) {
			return row.cell(column).map(Cell::origin).orElse(row.origin());
		}
	}
}

package org.jevons.analysis.calibration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jevons.analysis.Problem;
import org.jevons.analysis.calibration.CsvTable.CsvException;
import org.jevons.analysis.calibration.CsvTable.Row;
import org.jevons.analysis.calibration.MeasurementReader.Cells;
import org.jevons.analysis.spec.Specs.Origin;

/**
 * Architecture facts by model id: a table with a {@code model} column, any of {@link #COLUMNS} and a
 * {@code source} column. The same columns may also stand in a measurements file, where they win.
 */
public final class ModelFactsReader {
	public static final List<String> COLUMNS = List.of("layers", "attention_layers", "local_layers", "window",
			"hidden", "heads", "kv_heads", "head_dim", "experts", "routed", "state_bytes");

	/** The facts by model id and every problem found. */
	public record Readout(Map<String, ModelFacts> facts, List<Problem> problems) {
	}

	private ModelFactsReader() {
	}

	public static Readout read(String file, String text) {
		CsvTable table;
		try {
			table = CsvTable.parse(file, text);
		} catch (CsvException e) {
			return new Readout(Map.of(), List.of(Problem.error(e.origin(), e.getMessage())));
		}
		if (!table.header().contains("model")) {
			return new Readout(Map.of(), List.of(Problem.error(new Origin(file, 1, 1), "missing column model")));
		}
		List<Problem> problems = new ArrayList<>();
		Map<String, ModelFacts> facts = new LinkedHashMap<>();
		for (Row row : table.rows()) {
			Cells cells = new Cells(row, problems);
			String model = cells.text("model");
			ModelFacts f = facts(cells);
			if (cells.ok() && facts.putIfAbsent(model, f) != null) {
				cells.error("model", "model " + model + " is listed twice");
			}
		}
		return new Readout(facts, problems);
	}

	/** The architecture columns of one row; absent or empty cells are absent facts. */
	static ModelFacts facts(Cells c) {
		return new ModelFacts(c.optionalPositive("layers"), c.optionalPositive("attention_layers"),
				c.optionalNonNegative("local_layers"), c.optionalPositive("window"), c.optionalPositive("hidden"),
				c.optionalPositive("heads"), c.optionalPositive("kv_heads"), c.optionalPositive("head_dim"),
				c.optionalPositive("experts"), c.optionalPositive("routed"), c.optionalPositive("state_bytes"),
				c.optionalText("source").orElse(""));
	}
}

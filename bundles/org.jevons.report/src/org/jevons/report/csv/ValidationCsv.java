package org.jevons.report.csv;

import org.jevons.analysis.calibration.ValidationResult;
import org.jevons.report.Table;
import org.jevons.report.ValidationTables;

/**
 * {@code jevons validate} as CSV: the per-row table, then (after a blank line) the error table with a
 * {@code predictions} column ({@code defaults} or {@code heldout}), then with a fit the {@code knob,value} table.
 */
public final class ValidationCsv {
	private ValidationCsv() {
	}

	public static String render(ValidationResult result) {
		StringBuilder out = new StringBuilder();
		write(out, ValidationTables.rows(result, Csv::number));
		out.append('\n');
		Csv.record(out, java.util.List.of("predictions", "group", "rows", "median_error", "p90_error", "worst_error",
				"median_ratio"));
		errors(out, "defaults", ValidationTables.errors("", result.errors(), Csv::number, Csv::number));
		result.fitted().ifPresent(f -> {
			errors(out, "heldout", ValidationTables.errors("", f.heldOutErrors(), Csv::number, Csv::number));
			out.append('\n');
			Csv.record(out, java.util.List.of("knob", "value"));
			f.fit().byPath().forEach((path, value) -> Csv.record(out, java.util.List.of(path, Csv.number(value))));
		});
		return out.toString();
	}

	private static void write(StringBuilder out, Table table) {
		Csv.record(out, table.header());
		table.rows().forEach(r -> Csv.record(out, r));
	}

	private static void errors(StringBuilder out, String predictions, Table table) {
		for (java.util.List<String> row : table.rows()) {
			java.util.List<String> fields = new java.util.ArrayList<>(row);
			fields.add(0, predictions);
			Csv.record(out, fields);
		}
	}
}

package org.jevons.ui.results.view;

import java.util.List;

import org.jevons.ui.results.model.ResultRow;

/** The view's rows as CSV (RFC 4180), as shown: human values with their units, sources joined by "; ". */
public final class RowsCsv {
	public static final List<String> HEADER = List.of("declaration", "kind", "figure", "value", "status", "sources",
			"file", "line");

	private RowsCsv() {
	}

	public static String of(List<ResultRow> rows) {
		StringBuilder csv = new StringBuilder();
		line(csv, HEADER);
		for (ResultRow r : rows) {
			line(csv, List.of(r.declaration(), r.kind(), r.label(), r.value(),
					r.status() == ResultRow.Status.NONE ? "" : r.status().name().toLowerCase(java.util.Locale.ROOT),
					String.join("; ", r.sources()), r.file(), r.line() > 0 ? String.valueOf(r.line()) : ""));
		}
		return csv.toString();
	}

	private static void line(StringBuilder csv, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				csv.append(',');
			}
			String c = cells.get(i);
			csv.append(c.matches("(?s).*[\",\r\n].*") ? '"' + c.replace("\"", "\"\"") + '"' : c);
		}
		csv.append("\r\n");
	}
}

package org.jevons.report;

import java.util.List;

/** A table of display strings, rendered as aligned text, a GitHub table or an HTML table. */
public record Table(String caption, List<String> header, List<List<String>> rows) {
	public Table {
		header = List.copyOf(header);
		rows = rows.stream().map(List::copyOf).toList();
	}
}

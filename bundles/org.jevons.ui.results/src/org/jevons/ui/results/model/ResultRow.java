package org.jevons.ui.results.model;

import java.util.List;

/**
 * One line of the Energy Results view: a figure of a declaration, already formatted for people.
 *
 * @param declaration the declaration's name ({@code R1_chat}, {@code R1_chat vs Llama33_chat}, an expect's text)
 * @param kind        training, inference, comparison, projection, sweep, expect, problem, or a plugin's id
 * @param key         the figure's machine key ({@code energy_per_request}; {@code story}, {@code verdict}, ...)
 * @param label       the figure's human label
 * @param value       the value in a unit chosen for its magnitude, {@code p50 [p05–p95]} when uncertain
 * @param sources     the source texts of the inputs the figure was computed from
 * @param file        the file of the declaration, as the model builder was told to show it (workspace path)
 * @param line        1-based line of the declaration, 0 when unknown
 * @param status      pass/fail of expectations and problems' severity, NONE for figures
 */
public record ResultRow(String declaration, String kind, String key, String label, String value,
		List<String> sources, String file, int line, Status status) {

	/** The verdict shown in the view's status column. */
	public enum Status {
		NONE, PASS, FAIL, ERROR, WARNING, INFO
	}

	public ResultRow {
		sources = List.copyOf(sources);
	}

	/** The tooltip text: the sources, one per line. */
	public String sourcesText() {
		return sources.isEmpty() ? "" : "Sources:\n" + String.join("\n", sources.stream().map(s -> "• " + s).toList());
	}
}

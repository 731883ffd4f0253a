package org.jevons.ui.results.model;

import java.util.List;

/**
 * What the results views show for one analysis run.
 *
 * @param summary    what was analysed and how ("4 files — 10 000 Monte Carlo samples, seed …")
 * @param headlines  the seed-story sentences of the comparisons, projections and expectations
 * @param rows       the view's lines in declaration order
 * @param charts     every chart of the run
 */
public record ResultsModel(String summary, List<String> headlines, List<ResultRow> rows, List<ChartModel> charts) {
	public static final ResultsModel EMPTY = new ResultsModel("", List.of(), List.of(), List.of());

	public ResultsModel {
		headlines = List.copyOf(headlines);
		rows = List.copyOf(rows);
		charts = List.copyOf(charts);
	}

	/** The rows of one declaration. */
	public List<ResultRow> rowsOf(String declaration) {
		return rows.stream().filter(r -> r.declaration().equals(declaration)).toList();
	}
}

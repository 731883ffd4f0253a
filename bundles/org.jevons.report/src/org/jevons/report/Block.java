package org.jevons.report;

import java.util.List;

/**
 * One result as the human formats show it.
 *
 * @param title    the declaration's name
 * @param subtitle where it was declared and what its energy includes
 * @param tables   its figures (and for projections the yearly series, for workloads the sensitivity ranking)
 * @param notes    boundary, numbered sources, assumptions: the lines under the tables
 */
public record Block(String title, String subtitle, List<Table> tables, List<String> notes) {
	public Block {
		tables = List.copyOf(tables);
		notes = List.copyOf(notes);
	}
}

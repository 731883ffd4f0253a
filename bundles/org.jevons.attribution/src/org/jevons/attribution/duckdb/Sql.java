package org.jevons.attribution.duckdb;

/** Quoting for the SQL that DuckDB runs: file names and column names come from users. */
final class Sql {
	private Sql() {
	}

	static String literal(String text) {
		return "'" + text.replace("'", "''") + "'";
	}

	static String identifier(String name) {
		return "\"" + name.replace("\"", "\"\"") + "\"";
	}
}

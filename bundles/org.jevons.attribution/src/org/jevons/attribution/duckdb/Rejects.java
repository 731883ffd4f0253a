package org.jevons.attribution.duckdb;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.duckdb.DuckDBConnection;
import org.jevons.attribution.InputProblems;
import org.jevons.attribution.InputProblems.Kind;

/**
 * CSV lines DuckDB could not split into the header's columns (unterminated quotes, too many fields): it skips them
 * and lists them in its rejects tables; they count as malformed rows, with their line numbers.
 */
final class Rejects {
	private Rejects() {
	}

	/** Adds the rejected lines of the last scan to the problems; returns how many lines there were. */
	static long add(DuckDBConnection connection, InputProblems problems) throws SQLException {
		String sql = "SELECT s.file_path, e.line, min(e.error_message) FROM reject_errors e JOIN reject_scans s "
				+ "ON e.scan_id = s.scan_id AND e.file_id = s.file_id GROUP BY s.file_path, e.line "
				+ "ORDER BY s.file_path, e.line";
		long count = 0;
		List<String> examples = new ArrayList<>();
		try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
			while (r.next()) {
				count++;
				if (examples.size() < InputProblems.EXAMPLES) {
					examples.add(r.getString(1) + ": line " + r.getLong(2) + ": " + firstLine(r.getString(3)));
				}
			}
		}
		problems.add(Kind.MALFORMED, count, examples);
		return count;
	}

	private static String firstLine(String message) {
		int end = message.indexOf('\n');
		return end < 0 ? message : message.substring(0, end);
	}
}

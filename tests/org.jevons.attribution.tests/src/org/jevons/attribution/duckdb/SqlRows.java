package org.jevons.attribution.duckdb;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.duckdb.DuckDBDriver;

/**
 * Runs SQL in a fresh in-memory DuckDB (UTC) and returns its rows as "a|b|c" text: how the tests read the outputs of
 * the embedded path and of the Spark job (jevons-spark's tests use this jar too).
 */
public final class SqlRows {
	private SqlRows() {
	}

	/** The rows of a query; none for a statement (COPY, CREATE). */
	public static List<String> query(String sql) throws SQLException {
		List<String> rows = new ArrayList<>();
		// the driver directly: under OSGi DriverManager does not see it
		try (Connection c = new DuckDBDriver().connect("jdbc:duckdb:", new Properties());
				Statement s = c.createStatement()) {
			s.execute("SET TimeZone = 'UTC'");
			if (!s.execute(sql)) {
				return rows;
			}
			try (ResultSet r = s.getResultSet()) {
				int n = r.getMetaData().getColumnCount();
				while (r.next()) {
					List<String> values = new ArrayList<>();
					for (int i = 1; i <= n; i++) {
						values.add(String.valueOf(r.getObject(i)));
					}
					rows.add(String.join("|", values));
				}
			}
		}
		return rows;
	}
}

package org.jevons.attribution.duckdb;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.duckdb.DuckDBConnection;
import org.jevons.attribution.Attribution;
import org.jevons.attribution.LogRow;
import org.jevons.attribution.Plan;
import org.jevons.attribution.Usage.Role;

/**
 * Streams the rows of the logs into an {@link Attribution}, one query per file (so row numbers are the file's).
 * Text columns arrive as codes of DuckDB ENUM types built from their distinct values in one pass beforehand: a
 * string per row and column through JDBC costs about a microsecond, an integer a few nanoseconds, and a log has
 * few distinct models, regions or teams.
 */
final class LogScan {
	private final DuckDBConnection connection;
	private final LogSource source;
	private final Map<Role, String> columns;
	private final Map<String, String> types;
	/** The text columns (model, provider, region if declared, then the extra --by columns) and their values. */
	private final List<String> texts = new ArrayList<>();
	private final List<String[]> dictionaries = new ArrayList<>();

	/** @param types the SQL type of every column of the logs */
	LogScan(DuckDBConnection connection, LogSource source, Map<Role, String> columns, List<String> extra,
			Map<String, String> types) {
		this.connection = connection;
		this.source = source;
		this.columns = columns;
		this.types = types;
		for (Role role : new Role[] { Role.MODEL, Role.PROVIDER, Role.REGION }) {
			if (columns.containsKey(role)) {
				texts.add(columns.get(role));
			}
		}
		texts.addAll(extra);
	}

	/** Streams every row through the attribution; returns the number of rows read. */
	long run(Attribution attribution, int extraColumns) throws SQLException, IOException {
		encodeTexts();
		LogRow row = new LogRow();
		row.by = new String[extraColumns];
		long rows = 0;
		for (Path file : source.files()) {
			rows += scan(file, row, attribution);
		}
		return rows;
	}

	/** One pass over all files for the distinct values of the text columns, then one ENUM type per column. */
	private void encodeTexts() throws SQLException {
		if (texts.isEmpty()) {
			return;
		}
		List<String> selected = new ArrayList<>();
		for (int k = 0; k < texts.size(); k++) {
			selected.add("CAST(" + Sql.identifier(texts.get(k)) + " AS VARCHAR) AS k" + k);
		}
		execute("CREATE TEMP TABLE jevons_texts AS SELECT DISTINCT " + String.join(", ", selected) + " FROM "
				+ source.tableFunction(source.files(), false));
		for (int k = 0; k < texts.size(); k++) {
			List<String> values = new ArrayList<>();
			try (Statement s = connection.createStatement();
					ResultSet r = s.executeQuery("SELECT DISTINCT k" + k + " FROM jevons_texts WHERE k" + k
							+ " IS NOT NULL ORDER BY 1")) {
				while (r.next()) {
					values.add(r.getString(1));
				}
			}
			if (!values.isEmpty()) {
				execute("CREATE TYPE jevons_text" + k + " AS ENUM (SELECT DISTINCT k" + k + " FROM jevons_texts WHERE k"
						+ k + " IS NOT NULL ORDER BY 1)");
			}
			dictionaries.add(values.toArray(String[]::new));
		}
	}

	private long scan(Path file, LogRow row, Attribution attribution) throws SQLException, IOException {
		List<String> selected = new ArrayList<>(List.of(time(), number(Role.PROMPT), number(Role.REASONING),
				number(Role.ANSWER), number(Role.CARBON)));
		for (int k = 0; k < texts.size(); k++) {
			selected.add(dictionaries.get(k).length == 0 ? "NULL::INTEGER"
					: "enum_code(CAST(CAST(" + Sql.identifier(texts.get(k)) + " AS VARCHAR) AS jevons_text" + k + "))");
		}
		String sql = "SELECT " + String.join(", ", selected) + " FROM " + source.tableFunction(List.of(file), true);
		int model = columns.containsKey(Role.MODEL) ? 0 : -1;
		int provider = columns.containsKey(Role.PROVIDER) ? model + 1 : -1;
		int region = columns.containsKey(Role.REGION) ? Math.max(model, provider) + 1 : -1;
		int extra = Math.max(Math.max(model, provider), region) + 1;
		boolean reasoning = columns.containsKey(Role.REASONING);
		row.source = file.toString();
		row.row = 0;
		try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
			while (r.next()) {
				row.row++;
				long time = r.getLong(1);
				row.time = r.wasNull() ? LogRow.NO_TIME : time;
				row.prompt = orNaN(r, 2);
				row.reasoning = reasoning ? orNaN(r, 3) : 0;
				row.answer = orNaN(r, 4);
				row.carbon = orNaN(r, 5);
				row.model = text(r, model);
				row.provider = text(r, provider);
				row.region = text(r, region);
				for (int k = 0; k < row.by.length; k++) {
					row.by[k] = text(r, extra + k);
				}
				attribution.accept(row);
			}
		}
		return row.row;
	}

	/** The value of text column {@code k} (0-based among the texts), "" when absent or null. */
	private String text(ResultSet r, int k) throws SQLException {
		if (k < 0) {
			return "";
		}
		int code = r.getInt(6 + k);
		return r.wasNull() ? "" : dictionaries.get(k)[code];
	}

	/** Microseconds since the epoch: typed timestamps as they are, text parsed (an offset is honoured). */
	private String time() {
		String column = columns.get(Role.TIME);
		if (column == null) {
			return "NULL::BIGINT";
		}
		String type = types.getOrDefault(column, "VARCHAR").toUpperCase(Locale.ROOT);
		return type.startsWith("TIMESTAMP") ? "epoch_us(" + Sql.identifier(column) + ")"
				: "epoch_us(TRY_CAST(" + Sql.identifier(column) + " AS TIMESTAMPTZ))";
	}

	private String number(Role role) {
		String column = columns.get(role);
		return column == null ? "NULL::DOUBLE" : "TRY_CAST(" + Sql.identifier(column) + " AS DOUBLE)";
	}

	private static double orNaN(ResultSet r, int column) throws SQLException {
		double value = r.getDouble(column);
		return r.wasNull() ? Double.NaN : value;
	}

	private void execute(String sql) throws SQLException {
		try (Statement s = connection.createStatement()) {
			s.execute(sql);
		}
	}
}

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
import java.util.concurrent.CancellationException;

import org.duckdb.DuckDBChunkedResult;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDataChunkReader;
import org.duckdb.DuckDBPreparedStatement;
import org.duckdb.DuckDBReadableVector;
import org.jevons.attribution.Attribution;
import org.jevons.attribution.LogRow;
import org.jevons.attribution.Plan;
import org.jevons.attribution.Usage.Role;

/**
 * Streams the rows of the logs into an {@link Attribution}, one query per file (so row numbers are the file's).
 * Rows are read through DuckDB's data-chunk interface ({@link DuckDBPreparedStatement#query()}): the column vectors
 * of 2048 rows at a time, read in place, not a JDBC call per cell (which made reading the bottleneck: 0.75 M rows
 * per CPU-second end to end). Text columns arrive as codes of DuckDB ENUM types built from their distinct values in
 * one pass beforehand: a log has few distinct models, regions or teams, and an integer is read without making a
 * string.
 */
final class LogScan {
	/** The selected columns: time, prompt, reasoning, answer, carbon, then the text codes. */
	private static final int FIRST_TEXT = 5;
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
	long run(Attribution attribution, int extraColumns, ScanProgress progress) throws SQLException, IOException {
		progress.started(encodeTexts());
		LogRow row = new LogRow();
		row.by = new String[extraColumns];
		long rows = 0;
		for (Path file : source.files()) {
			rows += scan(file, row, attribution, rows, progress);
		}
		return rows;
	}

	/**
	 * One pass over all files for the distinct values of the text columns (and, on the way, the number of rows), then
	 * one ENUM type per column. Returns the number of rows.
	 */
	private long encodeTexts() throws SQLException {
		List<String> selected = new ArrayList<>();
		for (int k = 0; k < texts.size(); k++) {
			selected.add("CAST(" + Sql.identifier(texts.get(k)) + " AS VARCHAR) AS k" + k);
		}
		selected.add("count(*) AS n");
		execute("CREATE TEMP TABLE jevons_texts AS SELECT " + String.join(", ", selected) + " FROM "
				+ source.tableFunction(source.files(), false) + " GROUP BY ALL");
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
		try (Statement s = connection.createStatement();
				ResultSet r = s.executeQuery("SELECT coalesce(sum(n), 0) FROM jevons_texts")) {
			r.next();
			return r.getLong(1);
		}
	}

	/** Reads one file; {@code before} rows of earlier files were read. */
	private long scan(Path file, LogRow row, Attribution attribution, long before, ScanProgress progress)
			throws SQLException, IOException {
		List<String> selected = new ArrayList<>(List.of(time(), number(Role.PROMPT), number(Role.REASONING),
				number(Role.ANSWER), number(Role.CARBON)));
		for (int k = 0; k < texts.size(); k++) {
			selected.add(dictionaries.get(k).length == 0 ? "NULL::INTEGER"
					: "CAST(enum_code(CAST(CAST(" + Sql.identifier(texts.get(k)) + " AS VARCHAR) AS jevons_text" + k
							+ ")) AS INTEGER)");
		}
		String sql = "SELECT " + String.join(", ", selected) + " FROM " + source.tableFunction(List.of(file), true);
		int model = columns.containsKey(Role.MODEL) ? 0 : -1;
		int provider = columns.containsKey(Role.PROVIDER) ? model + 1 : -1;
		int region = columns.containsKey(Role.REGION) ? Math.max(model, provider) + 1 : -1;
		int extra = Math.max(Math.max(model, provider), region) + 1;
		boolean reasoning = columns.containsKey(Role.REASONING);
		row.source = file.toString();
		row.row = 0;
		try (DuckDBPreparedStatement s = connection.prepareStatement(sql).unwrap(DuckDBPreparedStatement.class);
				DuckDBChunkedResult r = s.query()) {
			while (r.nextChunk()) {
				if (progress.cancelled()) {
					throw new CancellationException("attribution of " + file + " cancelled");
				}
				progress.read(before + row.row);
				DuckDBDataChunkReader chunk = r.chunk();
				DuckDBReadableVector time = chunk.vector(0), prompt = chunk.vector(1), reasonings = chunk.vector(2),
						answer = chunk.vector(3), carbon = chunk.vector(4);
				DuckDBReadableVector[] text = new DuckDBReadableVector[texts.size()];
				for (int k = 0; k < text.length; k++) {
					text[k] = chunk.vector(FIRST_TEXT + k);
				}
				long n = chunk.rowCount();
				for (long i = 0; i < n; i++) {
					row.row++;
					row.time = time.getLong(i, LogRow.NO_TIME);
					row.prompt = prompt.getDouble(i, Double.NaN);
					row.reasoning = reasoning ? reasonings.getDouble(i, Double.NaN) : 0;
					row.answer = answer.getDouble(i, Double.NaN);
					row.carbon = carbon.getDouble(i, Double.NaN);
					row.model = text(text, model, i);
					row.provider = text(text, provider, i);
					row.region = text(text, region, i);
					for (int k = 0; k < row.by.length; k++) {
						row.by[k] = text(text, extra + k, i);
					}
					attribution.accept(row);
				}
			}
		}
		return row.row;
	}

	/** The value of text column {@code k} (0-based among the texts) in row {@code i}, "" when absent or null. */
	private String text(DuckDBReadableVector[] text, int k, long i) {
		if (k < 0) {
			return "";
		}
		int code = text[k].getInt(i, -1);
		return code < 0 ? "" : dictionaries.get(k)[code];
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

	private void execute(String sql) throws SQLException {
		try (Statement s = connection.createStatement()) {
			s.execute(sql);
		}
	}
}

package org.jevons.attribution.duckdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.jevons.analysis.Estimate;
import org.jevons.attribution.Group;
import org.jevons.attribution.LogRow;
import org.jevons.attribution.RequestSink;
import org.jevons.attribution.Requests;

/**
 * The outputs of an embedded run: requests are appended to a staging table of a scratch database (on disk, so
 * memory stays bounded), aggregates to a second one; at the end each is copied to a temporary file beside its
 * destination and moved over it, so a destination holds either the old file or the complete new one.
 */
final class ResultTables implements RequestSink, AutoCloseable {
	/** Aggregate figures: Java name of the total, output column prefix, factor from SI. */
	private static final String[] FIGURES = { "energy_kwh", "carbon_kg", "water_l" };
	private static final double[] FROM_SI = { 1 / 3.6e6, 1, 1 };

	private final DuckDBConnection connection;
	private final Optional<DuckDBAppender> requests;

	ResultTables(DuckDBConnection connection, boolean keepRequests) throws SQLException {
		this.connection = connection;
		if (keepRequests) {
			execute("CREATE TEMP TABLE requests (source VARCHAR, \"row\" BIGINT, time_us BIGINT, model VARCHAR, "
					+ "workload VARCHAR, prompt_tokens DOUBLE, reasoning_tokens DOUBLE, answer_tokens DOUBLE, "
					+ "energy_wh DOUBLE, carbon_g DOUBLE, water_ml DOUBLE)");
			requests = Optional.of(connection.createAppender("temp", "main", "requests"));
		} else {
			requests = Optional.empty();
		}
	}

	@Override
	public void write(Requests r) throws IOException {
		if (requests.isEmpty()) {
			return;
		}
		DuckDBAppender a = requests.get();
		try {
			for (int i = 0; i < r.size(); i++) {
				a.beginRow().append(r.source[i]).append(r.row[i]);
				if (r.time[i] == LogRow.NO_TIME) {
					a.appendNull();
				} else {
					a.append(r.time[i]);
				}
				a.append(r.model[i]).append(r.workload[i]).append(r.prompt[i]).append(r.reasoning[i])
						.append(r.answer[i]);
				appendOrNull(a, r.energyWh[i]);
				appendOrNull(a, r.carbonG[i]);
				appendOrNull(a, r.waterMl[i]);
				a.endRow();
			}
		} catch (SQLException e) {
			throw new IOException("cannot store requests: " + e.getMessage(), e);
		}
	}

	/** Writes the per-request results to {@code target} (Parquet for {@code .parquet}, else CSV with a header). */
	void copyRequests(Path target) throws SQLException, IOException {
		if (requests.isPresent()) {
			requests.get().flush();
		}
		copy("SELECT source, \"row\", make_timestamp(time_us) AS time, model, workload, prompt_tokens, "
				+ "reasoning_tokens, answer_tokens, energy_wh, carbon_g, water_ml FROM requests", target);
	}

	/** Writes one row per aggregate: its key, totals and p05/p50/p95 of energy, carbon and water. */
	void copyAggregates(List<String> by, List<Group> groups, Path target) throws SQLException, IOException {
		StringBuilder columns = new StringBuilder();
		for (String name : by) {
			columns.append(Sql.identifier(name)).append(" VARCHAR, ");
		}
		columns.append("requests BIGINT, prompt_tokens DOUBLE, output_tokens DOUBLE");
		for (String figure : FIGURES) {
			columns.append(", ").append(figure).append(" DOUBLE");
			for (String p : new String[] { "p05", "p50", "p95" }) {
				columns.append(", ").append(figure).append('_').append(p).append(" DOUBLE");
			}
		}
		execute("CREATE TEMP TABLE aggregates (" + columns + ")");
		try (DuckDBAppender a = connection.createAppender("temp", "main", "aggregates")) {
			for (Group g : groups) {
				a.beginRow();
				for (String value : g.key()) {
					a.append(value);
				}
				a.append(g.requests()).append(g.promptTokens()).append(g.outputTokens());
				for (int f = 0; f < FIGURES.length; f++) {
					appendOrNull(a, g.nominal(f) * FROM_SI[f]);
					Optional<Estimate.Percentiles> p = g.percentiles(f);
					for (int q = 0; q < 3; q++) {
						if (p.isEmpty()) {
							a.appendNull();
						} else {
							double[] levels = { p.get().p05(), p.get().p50(), p.get().p95() };
							appendOrNull(a, levels[q] * FROM_SI[f]);
						}
					}
				}
				a.endRow();
			}
		}
		copy("SELECT * FROM aggregates", target);
	}

	/** A figure the boundary does not have (NaN: no carbon or water stated) is an empty cell, not "nan". */
	private static void appendOrNull(DuckDBAppender a, double value) throws SQLException {
		if (Double.isNaN(value)) {
			a.appendNull();
		} else {
			a.append(value);
		}
	}

	/** COPY to a temporary file beside the target, then an atomic move over it. */
	private void copy(String query, Path target) throws SQLException, IOException {
		Path absolute = target.toAbsolutePath();
		Path parent = absolute.getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		Path temporary = Files.createTempFile(parent, "." + absolute.getFileName(), ".tmp");
		try {
			Files.delete(temporary); // DuckDB creates the file itself
			boolean parquet = absolute.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".parquet");
			execute("COPY (" + query + ") TO " + Sql.literal(temporary.toString())
					+ (parquet ? " (FORMAT parquet)" : " (FORMAT csv, HEADER)"));
			try {
				Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (java.nio.file.AtomicMoveNotSupportedException e) {
				Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	private void execute(String sql) throws SQLException {
		try (Statement s = connection.createStatement()) {
			s.execute(sql);
		}
	}

	Connection connection() {
		return connection;
	}

	@Override
	public void close() throws SQLException {
		if (requests.isPresent()) {
			requests.get().close();
		}
	}
}

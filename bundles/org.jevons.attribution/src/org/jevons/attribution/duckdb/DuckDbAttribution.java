package org.jevons.attribution.duckdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDriver;
import org.jevons.attribution.Attribution;
import org.jevons.attribution.Group;
import org.jevons.attribution.InputProblems;
import org.jevons.attribution.LogRow;
import org.jevons.attribution.Plan;
import org.jevons.attribution.Usage.Role;

/**
 * {@code jevons attribute} on one machine: DuckDB scans the logs (CSV or Parquet, in parallel, streaming), the
 * {@link Attribution} computes each request, and DuckDB writes the per-request results and the aggregates.
 * Memory is bounded by DuckDB's limit and the number of aggregates, not by the number of rows.
 */
public final class DuckDbAttribution {

	/** What a run produced; the outputs are written only when {@code written} is true. */
	public record Result(long rows, long attributed, InputProblems problems, List<Group> groups, boolean written) {
	}

	/**
	 * @param requestsOut   per-request results, if wanted
	 * @param aggregatesOut aggregates by {@link Plan#by()}, if wanted
	 * @param strict        when rows had problems, write nothing (the caller exits 1)
	 */
	public static Result run(Plan plan, List<Path> inputs, Optional<Path> requestsOut, Optional<Path> aggregatesOut,
			boolean strict) throws AttributionException {
		LogSource source = LogSource.of(inputs);
		Path scratch = scratchFolder();
		try (DuckDBConnection connection = connect(scratch);
				ResultTables tables = new ResultTables(connection, requestsOut.isPresent())) {
			Map<Role, String> columns = checkColumns(plan, source, connection);
			Attribution attribution = new Attribution(plan, tables);
			long rows = scan(plan, source, columns, connection, attribution);
			attribution.finish();
			InputProblems problems = attribution.problems();
			if (!source.parquet()) {
				rows += Rejects.add(connection, problems);
			}
			boolean write = !strict || problems.total() == 0;
			if (write && requestsOut.isPresent()) {
				tables.copyRequests(requestsOut.get());
			}
			if (write && aggregatesOut.isPresent()) {
				tables.copyAggregates(plan.by(), attribution.groups(), aggregatesOut.get());
			}
			return new Result(rows, attribution.attributed(), problems, attribution.groups(), write);
		} catch (SQLException e) {
			throw new AttributionException("DuckDB: " + e.getMessage(), e);
		} catch (IOException e) {
			throw new AttributionException("cannot write: " + e.getMessage(), e);
		} finally {
			deleteQuietly(scratch);
		}
	}

	private static DuckDBConnection connect(Path scratch) throws SQLException {
		// the driver directly, not DriverManager: under OSGi the caller's class loader does not see the driver service
		DuckDBConnection connection = (DuckDBConnection) new DuckDBDriver().connect("jdbc:duckdb:", new Properties());
		try (Statement s = connection.createStatement()) {
			s.execute("SET TimeZone = 'UTC'");
			s.execute("SET temp_directory = " + Sql.literal(scratch.toString()));
			s.execute("SET preserve_insertion_order = true");
		}
		return connection;
	}

	/** Every column the mapping and {@code --by} name must be in the logs; otherwise nothing is read. */
	private static Map<Role, String> checkColumns(Plan plan, LogSource source, DuckDBConnection connection)
			throws SQLException, AttributionException {
		List<String> present = new ArrayList<>();
		try (Statement s = connection.createStatement();
				ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM " + source.tableFunction())) {
			while (r.next()) {
				present.add(r.getString(1));
			}
		}
		present.remove(present.size() - 1); // the file name column the scan adds
		Map<Role, String> columns = new LinkedHashMap<>(plan.usage().columns());
		for (Map.Entry<Role, String> c : columns.entrySet()) {
			if (!present.contains(c.getValue())) {
				var o = plan.usage().origin();
				throw new AttributionException(o.file() + ":" + o.line() + ": column '" + c.getValue() + "' ("
						+ c.getKey().keyword() + " of usage " + plan.usage().name() + ") is not in "
						+ source.files().get(0) + "; its columns are " + String.join(", ", present));
			}
		}
		for (String extra : plan.extraColumns()) {
			if (!present.contains(extra)) {
				throw new AttributionException("--by " + extra + ": no such column in " + source.files().get(0)
						+ "; use hour, day, month, year, workload, model, provider, region or one of "
						+ String.join(", ", present));
			}
		}
		if (plan.needsTime() && !columns.containsKey(Role.TIME)) {
			throw new AttributionException("--by " + plan.by() + " needs the time column: declare column time \"...\" in usage "
					+ plan.usage().name());
		}
		return columns;
	}

	/** Streams every row through the attribution; returns the number of rows read. */
	private static long scan(Plan plan, LogSource source, Map<Role, String> columns, DuckDBConnection connection,
			Attribution attribution) throws SQLException, IOException {
		String sql = "SELECT filename, " + time(columns) + ", " + text(columns, Role.MODEL) + ", "
				+ text(columns, Role.PROVIDER) + ", " + text(columns, Role.REGION) + ", " + number(columns, Role.PROMPT)
				+ ", " + number(columns, Role.REASONING) + ", " + number(columns, Role.ANSWER) + ", "
				+ number(columns, Role.CARBON)
				+ plan.extraColumns().stream().map(c -> ", CAST(" + Sql.identifier(c) + " AS VARCHAR)")
						.reduce("", String::concat)
				+ " FROM " + source.tableFunction();
		LogRow row = new LogRow();
		row.by = new String[plan.extraColumns().size()];
		long rows = 0;
		String file = "";
		try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
			while (r.next()) {
				String name = r.getString(1);
				if (!name.equals(file)) {
					file = name;
					row.row = 0;
				}
				row.source = file;
				row.row++;
				long time = r.getLong(2);
				row.time = r.wasNull() ? LogRow.NO_TIME : time;
				row.model = orEmpty(r.getString(3));
				row.provider = orEmpty(r.getString(4));
				row.region = orEmpty(r.getString(5));
				row.prompt = orNaN(r, 6);
				row.reasoning = columns.containsKey(Role.REASONING) ? orNaN(r, 7) : 0;
				row.answer = orNaN(r, 8);
				row.carbon = orNaN(r, 9);
				for (int k = 0; k < row.by.length; k++) {
					row.by[k] = orEmpty(r.getString(10 + k));
				}
				attribution.accept(row);
				rows++;
			}
		}
		return rows;
	}

	private static String time(Map<Role, String> columns) {
		String column = columns.get(Role.TIME);
		return column == null ? "NULL::BIGINT"
				: "epoch_us(TRY_CAST(" + Sql.identifier(column) + " AS TIMESTAMPTZ))";
	}

	private static String text(Map<Role, String> columns, Role role) {
		String column = columns.get(role);
		return column == null ? "''" : "CAST(" + Sql.identifier(column) + " AS VARCHAR)";
	}

	private static String number(Map<Role, String> columns, Role role) {
		String column = columns.get(role);
		return column == null ? "NULL::DOUBLE" : "TRY_CAST(" + Sql.identifier(column) + " AS DOUBLE)";
	}

	private static String orEmpty(String value) {
		return value == null ? "" : value;
	}

	private static double orNaN(ResultSet r, int column) throws SQLException {
		double value = r.getDouble(column);
		return r.wasNull() ? Double.NaN : value;
	}

	private static Path scratchFolder() throws AttributionException {
		try {
			return Files.createTempDirectory("jevons-attribute");
		} catch (IOException e) {
			throw new AttributionException("cannot create a scratch folder: " + e.getMessage(), e);
		}
	}

	private static void deleteQuietly(Path folder) {
		try (var walk = Files.walk(folder)) {
			walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		} catch (IOException e) {
			// a scratch folder left in the temp directory is harmless; the run's result is not affected
			System.getLogger(DuckDbAttribution.class.getName()).log(System.Logger.Level.DEBUG, "scratch left", e);
		}
	}
}

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
		return run(plan, inputs, requestsOut, aggregatesOut, strict, ScanProgress.NONE);
	}

	/**
	 * The same, telling {@code progress} how far it got; when it says cancelled, the run throws
	 * {@link java.util.concurrent.CancellationException} and writes nothing.
	 */
	public static Result run(Plan plan, List<Path> inputs, Optional<Path> requestsOut, Optional<Path> aggregatesOut,
			boolean strict, ScanProgress progress) throws AttributionException {
		LogSource source = LogSource.of(inputs);
		Path scratch = scratchFolder();
		try (DuckDBConnection connection = connect(scratch);
				ResultTables tables = new ResultTables(connection, requestsOut.isPresent())) {
			Map<String, String> types = describe(source, connection);
			Map<Role, String> columns = checkColumns(plan, source, types);
			Attribution attribution = new Attribution(plan, tables);
			long rows = new LogScan(connection, source, columns, plan.extraColumns(), types).run(attribution,
					plan.extraColumns().size(), progress);
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

	/** The columns of the logs (as the first file has them) and their SQL types. */
	private static Map<String, String> describe(LogSource source, DuckDBConnection connection) throws SQLException {
		Map<String, String> types = new LinkedHashMap<>();
		try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(
				"DESCRIBE SELECT * FROM " + source.tableFunction(source.files().subList(0, 1), false))) {
			while (r.next()) {
				types.put(r.getString(1), r.getString(2));
			}
		}
		return types;
	}

	/** Every column the mapping and {@code --by} name must be in the logs; otherwise nothing is read. */
	private static Map<Role, String> checkColumns(Plan plan, LogSource source, Map<String, String> types)
			throws AttributionException {
		List<String> present = new ArrayList<>(types.keySet());
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

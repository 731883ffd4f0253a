package org.jevons.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDriver;
import org.jevons.attribution.Plan;
import org.jevons.attribution.duckdb.DuckDbAttribution;

/**
 * The embedded path end to end on a generated Parquet log (written to the temp folder, never committed): DuckDB
 * scan, per-row attribution, daily aggregates. Wall time, so it includes reading; run with
 * {@code java -cp benchmarks/target/benchmarks.jar org.jevons.benchmarks.EmbeddedAttributionRun [ROWS] [SAMPLES]}
 * (default 100 M rows, 0 samples).
 */
public final class EmbeddedAttributionRun {
	private EmbeddedAttributionRun() {
	}

	public static void main(String[] args) throws Exception {
		long rows = args.length > 0 ? Long.parseLong(args[0]) : 100_000_000L;
		int samples = args.length > 1 ? Integer.parseInt(args[1]) : 0;
		Path dir = Files.createTempDirectory("jevons-bench");
		Path log = dir.resolve("log.parquet");
		long t0 = System.nanoTime();
		try (DuckDBConnection c = (DuckDBConnection) new DuckDBDriver().connect("jdbc:duckdb:", new Properties());
				Statement s = c.createStatement()) {
			s.execute("COPY (SELECT TIMESTAMP '2026-01-01' + to_microseconds(i * 20) AS timestamp, "
					+ "CASE WHEN hash(i) % 2 = 0 THEN 'deepseek-r1' ELSE 'llama-3.3-70b' END AS model, "
					+ "20 + hash(i + 1) % 4000 AS prompt, CASE WHEN hash(i) % 2 = 0 THEN 200 + hash(i + 2) % 2800 "
					+ "ELSE 0 END AS reasoning, 50 + hash(i + 3) % 1200 AS answer FROM range(" + rows + ") t(i)) TO '"
					+ log + "' (FORMAT parquet)");
		}
		long t1 = System.nanoTime();
		long cpu1 = processCpu();
		long thread1 = threadCpu();
		Plan plan = new Plan(AttributionBenchmark.usage(), samples, 42, Plan.defaultFrom(), Plan.defaultTo(),
				List.of("day", "workload"));
		DuckDbAttribution.Result result = DuckDbAttribution.run(plan, List.of(log), Optional.empty(),
				Optional.empty(), false);
		long t2 = System.nanoTime();
		double cpuSeconds = (processCpu() - cpu1) / 1e9;
		double threadSeconds = (threadCpu() - thread1) / 1e9;
		System.out.printf("generated %,d rows (%,d MB) in %.1f s%n", rows, Files.size(log) >> 20, (t1 - t0) / 1e9);
		System.out.printf("attributed %,d of %,d rows in %.1f s: %,.0f rows/s (%d groups, %d samples)%n",
				result.attributed(), result.rows(), (t2 - t1) / 1e9, result.rows() / ((t2 - t1) / 1e9),
				result.groups().size(), samples);
		System.out.printf("CPU time of the process (DuckDB threads included): %.1f s, %,.0f rows per CPU-second%n",
				cpuSeconds, result.rows() / cpuSeconds);
		// the thread that reads the chunks and runs the kernel; DuckDB's scan threads work beside it
		System.out.printf("CPU time of the attributing thread: %.1f s, %,.0f rows per CPU-second%n", threadSeconds,
				result.rows() / threadSeconds);
		Files.delete(log);
		Files.delete(dir);
	}

	private static long threadCpu() {
		return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
	}

	private static long processCpu() {
		return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
				.getOperatingSystemMXBean()).getProcessCpuTime();
	}
}

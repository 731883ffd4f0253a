package org.jevons.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.List;

import org.jevons.analysis.StudyResult;
import org.jevons.analysis.SweepResult;
import org.jevons.analysis.inference.InferenceModel;
import org.jevons.report.ReportFormat;
import org.jevons.report.Reports;

/**
 * {@link StreamingBenchmark}'s sweep (2 M points of the MoE service) computed only, and written as CSV to a byte
 * stream that counts bytes (the tidy report, and the wide table of {@code analyze --sweeps}), timed by the process's CPU time (all threads) beside the wall clock: points per
 * CPU-second stay comparable on a machine shared with other builds. Best of 5 runs after 3 warm-ups.
 * {@code java [-XX:TieredStopAtLevel=1] -cp benchmarks/target/benchmarks.jar org.jevons.benchmarks.SweepCpuRate
 * [batches]} (2000 reasoning lengths × batches points, default 1000).
 */
public final class SweepCpuRate {
	private SweepCpuRate() {
	}

	/** What one run does with the sweep; returns a value that depends on all of it. */
	@FunctionalInterface
	private interface Run {
		long run() throws IOException;
	}

	public static void main(String[] args) throws IOException {
		int batches = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
		SweepResult sweep = StreamingBenchmark.sweep(new InferenceModel(Workloads.inference()), 2000, batches);
		StudyResult study = new StudyResult(List.of(sweep), List.of());
		rate("computed only", sweep.rows(), () -> {
			long[] sum = { 0 };
			sweep.forEachBlock((values, first, n) -> sum[0] += (long) values[values.length - 1]);
			return sum[0];
		});
		rate("written as CSV bytes", sweep.rows(), () -> {
			StreamingBenchmark.CountingStream sink = new StreamingBenchmark.CountingStream();
			Reports.write(study, StreamingBenchmark.CONTEXT, ReportFormat.CSV, sink);
			return sink.bytes;
		});
		rate("written as a wide CSV", sweep.rows(), () -> {
			StreamingBenchmark.CountingStream sink = new StreamingBenchmark.CountingStream();
			Reports.writeSweep(sweep, sink);
			return sink.bytes;
		});
	}

	private static void rate(String name, int points, Run run) throws IOException {
		com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory
				.getOperatingSystemMXBean();
		double bestCpu = 0, bestWall = 0;
		long check = 0;
		for (int i = 0; i < 8; i++) {
			long cpu = os.getProcessCpuTime(), wall = System.nanoTime();
			check += run.run();
			double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9, wallSeconds = (System.nanoTime() - wall) / 1e9;
			if (i >= 3) {
				bestCpu = Math.max(bestCpu, points / cpuSeconds);
				bestWall = Math.max(bestWall, points / wallSeconds);
			}
		}
		System.out.printf("%-22s %6.2f M points per CPU-second, %6.2f M points/s wall [%d]%n", name, bestCpu / 1e6,
				bestWall / 1e6, check);
	}
}

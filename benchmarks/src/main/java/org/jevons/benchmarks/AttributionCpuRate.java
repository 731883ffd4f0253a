package org.jevons.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * {@link AttributionBenchmark}'s loop timed by the thread's CPU time instead of the wall clock: rows per CPU-second
 * of one core, which is what "per core" means on a machine shared with other builds (JMH's wall-clock scores there
 * vary with the load). {@code java -cp benchmarks/target/benchmarks.jar org.jevons.benchmarks.AttributionCpuRate}.
 */
public final class AttributionCpuRate {
	private AttributionCpuRate() {
	}

	public static void main(String[] args) throws Exception {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		for (int samples : new int[] { 0, 20 }) {
			AttributionBenchmark bench = new AttributionBenchmark();
			bench.samples = samples;
			bench.setUp();
			double sink = 0;
			for (int i = 0; i < 5; i++) {
				sink += bench.rows();
			}
			long cpu = threads.getCurrentThreadCpuTime();
			long wall = System.nanoTime();
			int runs = 5;
			for (int i = 0; i < runs; i++) {
				sink += bench.rows();
			}
			double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
			double wallSeconds = (System.nanoTime() - wall) / 1e9;
			long rows = (long) runs * AttributionBenchmark.ROWS;
			System.out.printf("samples %2d: %,.0f rows per CPU-second (%,.0f rows/s wall) [%s]%n", samples,
					rows / cpuSeconds, rows / wallSeconds, sink > 0 ? "ok" : "?");
		}
	}
}

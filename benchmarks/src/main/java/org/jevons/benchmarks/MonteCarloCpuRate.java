package org.jevons.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import org.jevons.analysis.engine.MonteCarlo;
import org.jevons.analysis.engine.WorkloadModel;
import org.jevons.analysis.inference.InferenceModel;
import org.jevons.analysis.training.TrainingModel;

/**
 * {@link MonteCarloBenchmark}'s headline-figure runs on one thread, timed by the thread's CPU time: samples per
 * CPU-second, which stays comparable on a machine shared with other builds (JMH's wall-clock scores there vary with
 * the load). Best of 5 runs of 10⁷ samples after 3 warm-ups.
 * {@code java -cp benchmarks/target/benchmarks.jar org.jevons.benchmarks.MonteCarloCpuRate [samples [workload…]]},
 * workloads {@code training}, {@code dense}, {@code moe} (default: all three, each in a JVM of its own is steadier).
 */
public final class MonteCarloCpuRate {
	private MonteCarloCpuRate() {
	}

	public static void main(String[] args) {
		int samples = args.length > 0 ? Integer.parseInt(args[0]) : 10_000_000;
		java.util.List<String> wanted = args.length > 1 ? java.util.List.of(args).subList(1, args.length)
				: java.util.List.of("training", "dense", "moe");
		if (wanted.contains("training")) {
			rate("training", new TrainingModel(Workloads.training()), samples);
		}
		if (wanted.contains("dense")) {
			rate("dense service", new InferenceModel(Workloads.denseInference()), samples);
		}
		if (wanted.contains("moe")) {
			rate("MoE service", new InferenceModel(Workloads.inference()), samples);
		}
	}

	private static void rate(String name, WorkloadModel model, int samples) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		int[] headline = { model.kernel().indexOf(model.primaryFigure()) };
		double sink = 0;
		double best = 0;
		for (int run = 0; run < 8; run++) {
			long cpu = threads.getCurrentThreadCpuTime();
			double[][] columns = MonteCarlo.sample(model.space(), model.kernel(), headline, samples, 42, false);
			double seconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
			sink += columns[0][samples / 2];
			if (run >= 3) {
				best = Math.max(best, samples / seconds);
			}
		}
		System.out.printf("%-14s %6.1f M samples per CPU-second [%s]%n", name, best / 1e6, sink > 0 ? "ok" : "?");
	}
}

package org.jevons.benchmarks;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.jevons.analysis.spec.Specs.Origin;
import org.jevons.attribution.Attribution;
import org.jevons.attribution.LogRow;
import org.jevons.attribution.Plan;
import org.jevons.attribution.Usage;
import org.jevons.attribution.Usage.Role;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The per-row computation of {@code jevons attribute} on one core: rows checked, mapped (two models, one MoE and one
 * dense, both with uncertain inputs), evaluated by the inference kernel in blocks and added to daily aggregates per
 * workload, without I/O. One operation = one row. {@code samples} = 0 is the per-request figure alone; 20 adds the
 * Monte Carlo samples of the aggregates' percentiles (one kernel evaluation per sample and row).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class AttributionBenchmark {
	static final int ROWS = 1 << 20;

	@Param({ "0", "20" })
	int samples;

	Plan plan;
	String[] model = new String[ROWS];
	double[] prompt = new double[ROWS], reasoning = new double[ROWS], answer = new double[ROWS];
	long[] time = new long[ROWS];
	double sink;

	static Usage usage() {
		return new Usage("Bench", Origin.UNKNOWN,
				Map.of(Role.TIME, "timestamp", Role.MODEL, "model", Role.PROMPT, "prompt", Role.REASONING, "reasoning",
						Role.ANSWER, "answer"),
				List.of(new Usage.Rule(Origin.UNKNOWN, Map.of(Role.MODEL, "deepseek-r1*"), Workloads.inference()),
						new Usage.Rule(Origin.UNKNOWN, Map.of(Role.MODEL, "llama*"), Workloads.denseInference())));
	}

	@Setup
	public void setUp() {
		plan = new Plan(usage(), samples, 42, Plan.defaultFrom(), Plan.defaultTo(), List.of("day", "workload"));
		SplittableRandom random = new SplittableRandom(1);
		long start = 1_767_225_600_000_000L; // 2026-01-01
		for (int i = 0; i < ROWS; i++) {
			boolean r1 = random.nextBoolean();
			model[i] = r1 ? "deepseek-r1" : "llama-3.3-70b";
			prompt[i] = 20 + random.nextInt(4000);
			reasoning[i] = r1 ? 200 + random.nextInt(2800) : 0;
			answer[i] = 50 + random.nextInt(1200);
			time[i] = start + i * 2_000_000L; // a row every 2 s: 24 days
		}
	}

	@Benchmark
	@OperationsPerInvocation(ROWS)
	public double rows() throws IOException {
		Attribution attribution = new Attribution(plan, r -> sink += r.energyWh[0]);
		LogRow row = new LogRow();
		row.source = "bench";
		for (int i = 0; i < ROWS; i++) {
			row.row = i + 1;
			row.time = time[i];
			row.model = model[i];
			row.prompt = prompt[i];
			row.reasoning = reasoning[i];
			row.answer = answer[i];
			attribution.accept(row);
		}
		attribution.finish();
		return attribution.groups().get(0).nominal(0) + sink;
	}
}

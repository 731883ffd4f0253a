package org.jevons.benchmarks;

import java.util.concurrent.TimeUnit;

import org.jevons.analysis.engine.MonteCarlo;
import org.jevons.analysis.engine.Quantiles;
import org.jevons.analysis.engine.WorkloadModel;
import org.jevons.analysis.inference.InferenceModel;
import org.jevons.analysis.training.TrainingModel;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Monte Carlo throughput of the headline figure (training {@code energy}, inference {@code energy_per_request}; the
 * MoE service pays one {@link Math#exp} per sample for its expert coverage, the dense one does not).
 * One sample = one draw of every uncertain input (counter-based, seeded) and the evaluation of the headline figure
 * into its stored column, on all cores. The primary score is runs per second; the secondary metric
 * {@code ·drawn} is samples per second ({@code @OperationsPerInvocation} cannot follow a {@code @Param}, so an
 * {@link AuxCounters} counter adds {@code samples} per run). {@code ...Percentiles} adds p05/p50/p95 of the column. The columns and percentiles go to a {@link Blackhole}, so
 * nothing can be eliminated as dead code.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class MonteCarloBenchmark {
	@Param({ "10000", "10000000" })
	int samples;

	WorkloadModel training;
	WorkloadModel inference;
	WorkloadModel dense;
	int[] trainingHeadline;
	int[] inferenceHeadline;
	int[] denseHeadline;

	@Setup
	public void setUp() {
		training = new TrainingModel(Workloads.training());
		inference = new InferenceModel(Workloads.inference());
		trainingHeadline = new int[] { training.kernel().indexOf(training.primaryFigure()) };
		inferenceHeadline = new int[] { inference.kernel().indexOf(inference.primaryFigure()) };
		dense = new InferenceModel(Workloads.denseInference());
		denseHeadline = new int[] { dense.kernel().indexOf(dense.primaryFigure()) };
	}

	/** Samples drawn and evaluated, reported by JMH per second of measurement. */
	@State(Scope.Thread)
	@AuxCounters(AuxCounters.Type.OPERATIONS)
	public static class Drawn {
		public long drawn;
	}

	@Benchmark
	public void trainingSamples(Blackhole bh, Drawn d) {
		d.drawn += samples;
		bh.consume(MonteCarlo.sample(training.space(), training.kernel(), trainingHeadline, samples, 42, true));
	}

	@Benchmark
	public void inferenceSamples(Blackhole bh, Drawn d) {
		d.drawn += samples;
		bh.consume(MonteCarlo.sample(inference.space(), inference.kernel(), inferenceHeadline, samples, 42, true));
	}

	@Benchmark
	public void denseInferenceSamples(Blackhole bh, Drawn d) {
		d.drawn += samples;
		bh.consume(MonteCarlo.sample(dense.space(), dense.kernel(), denseHeadline, samples, 42, true));
	}

	@Benchmark
	public void trainingPercentiles(Blackhole bh, Drawn d) {
		d.drawn += samples;
		double[][] columns = MonteCarlo.sample(training.space(), training.kernel(), trainingHeadline, samples, 42,
				true);
		bh.consume(Quantiles.of(columns[0]));
		bh.consume(columns);
	}

	@Benchmark
	public void inferencePercentiles(Blackhole bh, Drawn d) {
		d.drawn += samples;
		double[][] columns = MonteCarlo.sample(inference.space(), inference.kernel(), inferenceHeadline, samples, 42,
				true);
		bh.consume(Quantiles.of(columns[0]));
		bh.consume(columns);
	}
}

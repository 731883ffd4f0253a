package org.jevons.benchmarks;

import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.jevons.analysis.Settings;
import org.jevons.analysis.engine.Evaluation;
import org.jevons.analysis.engine.MonteCarlo;
import org.jevons.analysis.engine.WorkloadModel;
import org.jevons.analysis.inference.InferenceModel;
import org.jevons.analysis.sweep.SweepGrid;
import org.jevons.analysis.training.TrainingModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the engine: Monte Carlo samples per second storing every figure (1 M samples, all cores), a whole
 * default evaluation (10 000 samples, p05/p50/p95 of every figure, tornado) and sweep points per second. Scores are
 * operations per second, one operation = one sample or point; results are returned, so JMH sinks them into a
 * Blackhole. The headline-figure runs at 10 000 and 10 M samples are in {@link MonteCarloBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class EngineBenchmark {
	static final int SAMPLES = 1_000_000;
	static final int DEFAULT_SAMPLES = Settings.DEFAULT_SAMPLES;
	static final int SWEEP = 1_000_000;

	WorkloadModel training;
	WorkloadModel inference;
	int[] sweepVaried;
	double[][] sweepValues;
	int[] sweepOutputs;

	@Setup
	public void setUp() {
		training = new TrainingModel(Workloads.training());
		inference = new InferenceModel(Workloads.inference());
		sweepVaried = new int[] { inference.space().indexOf("reasoning").orElseThrow(),
				inference.space().indexOf("batch").orElseThrow() };
		sweepValues = new double[][] { IntStream.range(0, 1000).mapToDouble(i -> 10.0 * i).toArray(),
				IntStream.range(1, 1001).mapToDouble(i -> i).toArray() };
		sweepOutputs = inference.sweepFigures().stream().mapToInt(inference.kernel()::indexOf).toArray();
	}

	@Benchmark
	@OperationsPerInvocation(SAMPLES)
	public double[][] monteCarloTrainingAllFigures() {
		return MonteCarlo.sample(training.space(), training.kernel(), SAMPLES, 42, true);
	}

	@Benchmark
	@OperationsPerInvocation(SAMPLES)
	public double[][] monteCarloInferenceAllFigures() {
		return MonteCarlo.sample(inference.space(), inference.kernel(), SAMPLES, 42, true);
	}

	/** A whole default evaluation: nominal + 10 000 samples + p05/p50/p95 of every figure + tornado. */
	@Benchmark
	@OperationsPerInvocation(DEFAULT_SAMPLES)
	public Object inferenceEndToEnd() {
		Evaluation evaluation = Evaluation.run(inference.space(), inference.kernel(),
				new Settings(DEFAULT_SAMPLES, 42, 2));
		return evaluation.figures();
	}

	@Benchmark
	@OperationsPerInvocation(SWEEP)
	public double[] sweepInferencePoints() {
		return SweepGrid.evaluate(inference.kernel(), inference.space().nominal(), sweepVaried, sweepValues,
				sweepOutputs, true);
	}
}

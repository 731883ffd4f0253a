package org.jevons.benchmarks;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.jevons.analysis.Cancellation;
import org.jevons.analysis.Settings;
import org.jevons.analysis.StudyResult;
import org.jevons.analysis.SweepResult;
import org.jevons.analysis.engine.Evaluation;
import org.jevons.analysis.engine.SampleTable;
import org.jevons.analysis.engine.StreamQuantiles;
import org.jevons.analysis.engine.WorkloadModel;
import org.jevons.analysis.inference.InferenceModel;
import org.jevons.analysis.spec.Specs.Origin;
import org.jevons.analysis.sweep.SweepGrid;
import org.jevons.analysis.training.TrainingModel;
import org.jevons.report.ReportContext;
import org.jevons.report.ReportFormat;
import org.jevons.report.Reports;
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
 * Constant-memory throughput: p05/p50/p95 of every figure of a workload over {@code samples} recomputed samples
 * (two passes, nothing stored; run it with -Xmx512m to see it fit), the same of a figure derived from one of them,
 * and a sweep's rows per second — computed only,
 * and computed and written as CSV (to a sink that counts characters, and to a byte stream that counts bytes, as a
 * report file is written; and as the wide sweep table of {@code --sweeps}). The secondary metric {@code ·counted} is
 * samples or points per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgs = "-Xmx512m")
public class StreamingBenchmark {
	@Param({ "10000000" })
	int samples;

	/** A report of every sweep row, no source files. */
	static final ReportContext CONTEXT = new ReportContext(List.of(), Settings.defaults(), true, List.of());

	/** Points of the sweep benchmarks: 2000 reasoning lengths × 1000 batch sizes. */
	static final int POINTS = 2_000_000;

	WorkloadModel training;
	WorkloadModel inference;
	SweepResult sweep;
	StudyResult sweepStudy;
	/** The training's figures with a cost derived per sample from its accelerator-hours, as a plug-in adds one. */
	SampleTable withCost;

	@Setup
	public void setUp() {
		training = new TrainingModel(Workloads.training());
		inference = new InferenceModel(Workloads.inference());
		withCost = Evaluation.run(training.space(), training.kernel(), new Settings(samples, 42, 2)).table();
		withCost.derive("cost", 0, List.of("accelerator_hours"), () -> (hours, first, n, out) -> {
			for (int i = 0; i < n; i++) {
				out[i] = 2.5 * hours[0][i];
			}
		});
		sweep = sweep(inference, 2000, 1000);
		sweepStudy = new StudyResult(List.of(sweep), List.of());
	}

	/**
	 * The MoE service's energy over reasoning lengths 0, 5, 10, … × batch sizes 1 … {@code batches}, computed when
	 * read: {@code lengths} × {@code batches} points.
	 */
	static SweepResult sweep(WorkloadModel inference, int lengths, int batches) {
		int[] varied = { inference.space().indexOf("reasoning").orElseThrow(),
				inference.space().indexOf("batch").orElseThrow() };
		double[][] values = { IntStream.range(0, lengths).mapToDouble(i -> 5.0 * i).toArray(),
				IntStream.range(1, batches + 1).mapToDouble(i -> i).toArray() };
		int[] outputs = inference.sweepFigures().stream().mapToInt(inference.kernel()::indexOf).toArray();
		List<String> columns = new java.util.ArrayList<>(List.of("reasoning", "batch"));
		columns.addAll(inference.sweepFigures());
		return new SweepResult("Reasoning_by_batch", Origin.UNKNOWN, "sweep", columns,
				List.of("tokens", "1", "J", "J", "J"), lengths * batches,
				new SweepGrid(inference.kernel(), inference.space().nominal(), varied, values, outputs, true),
				List.of());
	}

	/** Samples or points per second, reported by JMH beside the runs per second. */
	@State(Scope.Thread)
	@AuxCounters(AuxCounters.Type.OPERATIONS)
	public static class Counted {
		public long counted;
	}

	@Benchmark
	public Object trainingEveryFigure(Counted c) {
		c.counted += samples;
		return Evaluation.run(training.space(), training.kernel(), new Settings(samples, 42, 2)).figures();
	}

	@Benchmark
	public Object inferenceEveryFigure(Counted c) {
		c.counted += samples;
		return Evaluation.run(inference.space(), inference.kernel(), new Settings(samples, 42, 2)).figures();
	}

	/**
	 * p05/p50/p95 of the derived cost alone: recomputing it runs the kernel for the one figure it reads, not for
	 * all of them ({@code SampleStream.select}).
	 */
	@Benchmark
	public Object trainingDerivedFigure(Counted c) {
		c.counted += samples;
		return StreamQuantiles.of(withCost.stream(List.of("cost")), samples, true, Cancellation.NONE);
	}

	@Benchmark
	public void sweepRows(Blackhole bh, Counted c) {
		c.counted += POINTS;
		sweep.forEachBlock((values, first, n) -> bh.consume(values[0]));
	}

	@Benchmark
	public long sweepToCsv(Counted c) throws IOException {
		c.counted += POINTS;
		CountingSink sink = new CountingSink();
		Reports.write(sweepStudy, CONTEXT, ReportFormat.CSV, sink);
		return sink.chars;
	}

	/** The sweep written as CSV to a byte stream, as {@code jevons analyze --out FILE} writes it. */
	@Benchmark
	public long sweepToCsvBytes(Counted c) throws IOException {
		c.counted += POINTS;
		CountingStream sink = new CountingStream();
		Reports.write(sweepStudy, CONTEXT, ReportFormat.CSV, sink);
		return sink.bytes;
	}

	/** The sweep as a wide CSV table (one row per point) to a byte stream, as {@code analyze --sweeps DIR} writes it. */
	@Benchmark
	public long sweepToWideCsvBytes(Counted c) throws IOException {
		c.counted += POINTS;
		CountingStream sink = new CountingStream();
		Reports.writeSweep(sweep, sink);
		return sink.bytes;
	}

	/** Counts the bytes a report writes, instead of keeping them. */
	static final class CountingStream extends java.io.OutputStream {
		long bytes;

		@Override
		public void write(int b) {
			bytes++;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			bytes += len;
		}
	}

	/** Counts what a report writes, instead of keeping it. */
	static final class CountingSink implements Appendable {
		long chars;

		@Override
		public Appendable append(CharSequence s) {
			chars += s.length();
			return this;
		}

		@Override
		public Appendable append(CharSequence s, int start, int end) {
			chars += end - start;
			return this;
		}

		@Override
		public Appendable append(char ch) {
			chars++;
			return this;
		}
	}
}

package org.jevons.analysis.sweep;

import static org.jevons.analysis.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;

import org.jevons.analysis.Fixtures.InferenceBuilder;
import org.jevons.analysis.Problem;
import org.jevons.analysis.SweepResult;
import org.jevons.analysis.inference.InferenceAcceptanceTest;
import org.jevons.analysis.spec.Specs.Inference;
import org.jevons.analysis.spec.Specs.Precision;
import org.jevons.analysis.spec.Specs.Sweep;
import org.jevons.analysis.spec.Specs.Vary;
import org.junit.jupiter.api.Test;

class SweepTest {
	static double[] range(double from, double to, double step) {
		return IntStream.rangeClosed(0, (int) Math.round((to - from) / step)).mapToDouble(i -> from + i * step)
				.toArray();
	}

	@Test
	void reasoningByBatchIsTheCartesianProduct() {
		// 81 reasoning values × 4 batches = 324 rows (the JSON example); with a measured 2 J/token the energy per
		// request is 26.4739 J prefill + (reasoning + 550) · 2 J, whatever the batch.
		Sweep sweep = new Sweep("Reasoning_length", origin(50), InferenceAcceptanceTest.r1Chat(), List.of(
				new Vary("reasoning", range(0, 8000, 100), "tokens"), new Vary("batch", new double[] { 1, 8, 32, 128 },
						"")));
		SweepResult table = SweepAnalysis.sweep(sweep, true);
		assertTrue(table.problems().isEmpty(), table.problems().toString());
		assertEquals(324, table.rows());
		assertEquals(List.of("reasoning", "batch", "energy_per_request", "energy_per_token", "annual_energy"),
				table.columns());
		assertEquals(List.of("tokens", "1", "J", "J", "J"), table.units());
		// row 41: reasoning index 10 (1000 tokens), batch index 1 (8): last dimension changes fastest
		assertEquals(1000, table.value(41, 0));
		assertEquals(8, table.value(41, 1));
		assertEquals(26.473929 + 1550 * 2, table.value(41, 2), 1e-4);
	}

	@Test
	void modelPathsAndAliasesResolve() {
		Inference roofline = InferenceBuilder.of("Roofline", InferenceAcceptanceTest.LLAMA,
				on(2, InferenceAcceptanceTest.H100_WITH_IDLE, datacenter("Lab", 1.0, 384)), 0, 0, 100, 1).build();
		Sweep sweep = new Sweep("Paths", origin(51), roofline, List.of(new Vary("model.active", new double[] { 70.6e9 },
				"B"), new Vary("average power", new double[] { 500 }, "W"), new Vary("mfu", new double[] { 0.4 }, "")));
		SweepResult table = SweepAnalysis.sweep(sweep, false);
		assertTrue(table.problems().isEmpty(), table.problems().toString());
		// batch 1: memory-bound, t_mem = 70.6e9 · 2 B / (2 · 3.35e12 · 0.61) = 0.03454857 s; 2 · 500 W · t_mem / 1
		// = 34.54857 J per token, 100 tokens
		assertEquals(3454.857, table.value(0, 3), 1e-3);
	}

	@Test
	void unknownPathIsAProblemNotAnException() {
		Sweep sweep = new Sweep("Bad", origin(52), InferenceAcceptanceTest.r1Chat(),
				List.of(new Vary("colour", new double[] { 1 }, "")));
		SweepResult table = SweepAnalysis.sweep(sweep, false);
		assertEquals(0, table.rows());
		assertEquals(Problem.Severity.ERROR, table.problems().get(0).severity());
		assertTrue(table.problems().get(0).message().contains("colour"));
	}

	@Test
	void aMillionPointsInSeconds() {
		// 1000 reasoning lengths × 1000 batch sizes of a roofline MoE workload
		Inference moe = InferenceBuilder.of("Moe", moe("V3", 671e9, 37e9, Precision.FP8),
				on(8, h100(), datacenter("DC", 1.2, 400)), 500, 1000, 500, 8).requestsPerDay(1e6).build();
		Sweep sweep = new Sweep("Million", origin(53), moe, List.of(new Vary("reasoning", range(0, 9990, 10), "tokens"),
				new Vary("batch", range(1, 1000, 1), "")));
		long start = System.nanoTime();
		SweepResult table = SweepAnalysis.sweep(sweep, true);
		double seconds = (System.nanoTime() - start) / 1e9;
		assertEquals(1_000_000, table.rows());
		assertTrue(seconds < 10, "1M points took " + seconds + " s");
		for (int row = 0; row < table.rows(); row += 99_991) {
			assertFalse(Double.isNaN(table.value(row, 2)), "row " + row);
		}
		// energy per request grows with reasoning at a fixed batch
		assertTrue(table.value(999_000, 2) > table.value(0, 2));
	}

	@Test
	void rowsAreComputedWhenReadInBlocksOrOneByOne() {
		Sweep sweep = new Sweep("Streamed", origin(54), InferenceAcceptanceTest.r1Chat(), List.of(
				new Vary("reasoning", range(0, 9990, 10), "tokens"), new Vary("batch", range(1, 9, 1), "")));
		SweepResult table = SweepAnalysis.sweep(sweep, true);
		int width = table.columns().size();
		assertEquals(9000, table.rows());
		double[] streamed = new double[table.rows() * width];
		table.forEachBlock((values, first, n) -> System.arraycopy(values, 0, streamed, first * width, n * width));
		for (int row = table.rows() - 1; row >= 0; row -= 7) {
			// backwards, across block boundaries: each cell equals the streamed one
			for (int c = 0; c < width; c++) {
				assertEquals(streamed[row * width + c], table.value(row, c));
			}
		}
		// row 4501: reasoning index 500 (5000 tokens), batch index 1 (2)
		assertEquals(5000, streamed[4501 * width]);
		assertEquals(2, streamed[4501 * width + 1]);
		assertEquals(26.473929 + 5550 * 2, streamed[4501 * width + 2], 1e-4);
	}
}

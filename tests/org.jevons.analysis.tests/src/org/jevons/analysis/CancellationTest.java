package org.jevons.analysis;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.jevons.analysis.engine.Kernel;
import org.jevons.analysis.engine.MonteCarlo;
import org.jevons.analysis.engine.ParameterSpace;
import org.jevons.analysis.sweep.SweepGrid;
import org.jevons.analysis.spec.Specs.Precision;
import org.jevons.analysis.spec.Value;
import org.jevons.analysis.training.TrainingModel;
import org.junit.jupiter.api.Test;

/** A cancelled run stops within a block instead of running to its end. */
class CancellationTest {

	/** DeepSeek-V3 predicted from tokens and an uncertain MFU. */
	private static org.jevons.analysis.spec.Specs.Training v3() {
		return Fixtures.TrainingBuilder.of("V3", Fixtures.moe("DeepSeek_V3", 671e9, 37e9, Precision.FP8),
				Fixtures.on(2048, Fixtures.h100(), Fixtures.datacenter("DC", 1.0, 560)), Precision.BF16)
				.tokens(Fixtures.v(14.8e12)).mfu(Value.uniform(0.30, 0.40)).build();
	}

	@Test
	void aCancelledSweepStopsPromptlyWithoutAResult() throws Exception {
		TrainingModel model = new TrainingModel(v3());
		Kernel kernel = model.kernel();
		double[] base = model.space().nominal();
		double[] many = new double[4000];
		for (int i = 0; i < many.length; i++) {
			many[i] = 0.2 + i * 1e-4;
		}
		Cancellation cancellation = new Cancellation();
		long start = System.nanoTime();
		CompletableFuture<double[]> run = CompletableFuture.supplyAsync(() -> SweepGrid.evaluate(kernel, base,
				new int[] { 0, 1 }, new double[][] { many, many }, new int[] { 0 }, true, cancellation));
		Thread.sleep(20);
		cancellation.cancel();
		Exception e = assertThrows(Exception.class, () -> run.get(30, TimeUnit.SECONDS));
		assertTrue(e.getCause() instanceof Cancellation.Cancelled, String.valueOf(e));
		assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(10), "16 M points would take longer");
	}

	@Test
	void aCancelledMonteCarloEndsWithCancelled() {
		TrainingModel model = new TrainingModel(v3());
		ParameterSpace space = model.space();
		Cancellation cancellation = new Cancellation();
		cancellation.cancel();
		assertThrows(Cancellation.Cancelled.class,
				() -> MonteCarlo.sample(space, model.kernel(), new int[] { 0 }, 1_000_000, 1, true, cancellation));
	}

	@Test
	void theSharedNoneCannotBeCancelled() {
		Cancellation.NONE.cancel();
		Cancellation.NONE.check();
	}
}

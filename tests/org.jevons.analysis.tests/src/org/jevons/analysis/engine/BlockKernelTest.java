package org.jevons.analysis.engine;

import static org.jevons.analysis.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.jevons.analysis.Fixtures.InferenceBuilder;
import org.jevons.analysis.Fixtures.TrainingBuilder;
import org.jevons.analysis.inference.InferenceModel;
import org.jevons.analysis.spec.Specs.Architecture;
import org.jevons.analysis.spec.Specs.Datacenter;
import org.jevons.analysis.spec.Specs.Model;
import org.jevons.analysis.spec.Specs.Precision;
import org.jevons.analysis.spec.Value;
import org.jevons.analysis.training.TrainingModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every formula is written once, over blocks; a single point is a block of one sample. A Monte Carlo run of full
 * blocks must give exactly what one-sample blocks give for the same draws — every figure, every sample, bit for bit
 * — whatever the block, task and thread layout, and whichever branches of the formulas a workload takes.
 */
class BlockKernelTest {
	static final Datacenter UNCERTAIN_DC = new Datacenter("UDC", Optional.of(Value.uniform(1.1, 1.3)),
			Optional.of(Value.triangular(300 / 3.6e9, 400 / 3.6e9, 600 / 3.6e9)), o(0.5 / 3.6e6), o(3.1 / 3.6e6),
			Optional.empty());
	static final Model V3 = new Model("V3", Architecture.MOE, v(671e9), v(37e9), o(256), o(8), o(61), o(70e3),
			Precision.FP8, Optional.empty());

	static Stream<WorkloadModel> workloads() {
		var dc = datacenter("DC", 1.2, 400);
		return Stream.of(
				new TrainingModel(TrainingBuilder.of("T", V3, on(2048, h100(), UNCERTAIN_DC), Precision.BF16)
						.tokens(Value.uniform(13e12, 15e12)).mfu(Value.triangular(0.25, 0.35, 0.45)).build()),
				new TrainingModel(TrainingBuilder.of("R", dense("D", 175e9, Precision.FP16), on(10_000, h100(), dc),
						Precision.BF16).duration(14 * DAY).averagePower(Value.uniform(300, 360)).flops(3.14e23)
						.build()),
				new TrainingModel(TrainingBuilder.of("H", dense("D", 70e9, Precision.BF16), on(2048, h100(), dc),
						Precision.BF16).acceleratorHours(1_720_320).averagePower(Value.triangular(350, 400, 420))
						.build()),
				new InferenceModel(InferenceBuilder.of("MoE", V3, on(8, h100(), UNCERTAIN_DC), 150, 0, 500, 16)
						.with(v(150), Value.triangular(600, 1100, 3000), Value.uniform(300, 700),
								Value.triangular(4, 16, 64))
						.mfu(Value.uniform(0.2, 0.5)).requestsPerDay(1e6).build()),
				new InferenceModel(InferenceBuilder.of("Prompt", moe("M", 671e9, 37e9, Precision.FP8),
						on(8, h100(), dc), 0, 0, 500, 16).with(Value.uniform(0, 300), v(0), Value.uniform(300, 700),
								v(16))
						.requestsPerDay(1e6).build()),
				new InferenceModel(InferenceBuilder.of("Measured", dense("L", 70.6e9, Precision.BF16),
						on(1, h100(), dc), 0, 0, 880, 8).energyPerToken(Value.uniform(1.5, 2.5)).build()),
				new InferenceModel(InferenceBuilder.of("Power", moe("G", 200e9, 100e9, Precision.BF16),
						on(8, h100(), UNCERTAIN_DC), 0, 0, 500, 256).mfu(Value.uniform(0.05, 0.15))
						.averagePower(Value.triangular(800, 892.5, 1000)).build()),
				// a node's host power, uncertain, shared by the batch
				new InferenceModel(InferenceBuilder.of("Hosted", dense("L", 70e9, Precision.BF16),
						new org.jevons.analysis.spec.Specs.Deployment(v(8), h100(),
								Optional.of(Value.uniform(1000, 2000)), Optional.of(dc)), 150, 0, 500, 16)
						.with(v(150), v(0), Value.uniform(300, 700), Value.uniform(4, 32)).requestsPerDay(1e6).build()),
				// per year: uncertain request volume
				new InferenceModel(InferenceBuilder.of("PerYear", dense("L", 70e9, Precision.BF16),
						on(2, h100(), UNCERTAIN_DC), 150, 0, 500, 8).energyPerToken(Value.uniform(1.5, 2.5))
						.build()),
				// the batch derived from memory, with uncertain lengths and KV size
				new InferenceModel(InferenceBuilder.of("Derived", new Model("K", Architecture.DENSE, v(8e9), v(8e9),
						Optional.empty(), Optional.empty(), o(36), Optional.of(Value.uniform(1e5, 2e5)),
						Precision.BF16, Optional.empty()), on(1, h100(), dc), 150, 0, 500, 1)
						.with(Value.uniform(100, 2000), v(0), Value.triangular(100, 500, 3000), v(1)).derivedBatch()
						.build()),
				// reported time plus an uncertain mfu: the predicted time as a cross-check
				new TrainingModel(TrainingBuilder.of("ReportedAndMfu", V3, on(2048, h100(), dc), Precision.BF16)
						.tokens(v(14.8e12)).duration(57 * DAY).mfu(Value.uniform(0.3, 0.4))
						.averagePower(Value.uniform(500, 700)).build()),
				// embodied carbon over an uncertain lifetime
				new TrainingModel(TrainingBuilder.of("Embodied", dense("D", 70e9, Precision.BF16),
						on(2048, embodied(), dc), Precision.BF16).acceleratorHours(1_720_320)
						.averagePower(Value.uniform(350, 450)).build()));
	}

	static org.jevons.analysis.spec.Specs.Accelerator embodied() {
		var a = h100();
		return new org.jevons.analysis.spec.Specs.Accelerator(a.name(), a.peak(), a.power(), a.idle(), a.memory(),
				a.bandwidth(), o(164), Optional.of(Value.triangular(3 * 3.15576e7, 4 * 3.15576e7, 6 * 3.15576e7)),
				Optional.empty());
	}

	/** The reference: one parameter vector per sample, each evaluated as a block of one sample. */
	static double[][] scalar(WorkloadModel model, int samples, long seed) {
		Kernel kernel = model.kernel();
		int outputs = kernel.figures().size();
		double[][] columns = new double[outputs][samples];
		double[] p = model.space().nominal();
		double[] out = new double[outputs];
		Sampler sampler = new Sampler(model.space(), seed);
		for (int i = 0; i < samples; i++) {
			sampler.fill(p, i);
			kernel.evaluate(p, out);
			for (int k = 0; k < outputs; k++) {
				columns[k][i] = out[k];
			}
		}
		return columns;
	}

	@ParameterizedTest
	@MethodSource("workloads")
	void fullBlocksEqualOneSampleBlocksBitForBit(WorkloadModel model) {
		// 70 001 samples: several parallel tasks and a short last block
		int samples = 70_001;
		double[][] expected = scalar(model, samples, 7);
		for (boolean parallel : new boolean[] { false, true }) {
			double[][] actual = MonteCarlo.sample(model.space(), model.kernel(), samples, 7, parallel);
			for (int k = 0; k < expected.length; k++) {
				assertArrayEquals(expected[k], actual[k], model.kernel().figures().get(k).key());
			}
		}
	}

	@ParameterizedTest
	@MethodSource("workloads")
	void headlineColumnEqualsItsColumnAmongAll(WorkloadModel model) {
		int figure = model.kernel().indexOf(model.primaryFigure());
		double[][] all = MonteCarlo.sample(model.space(), model.kernel(), 5_000, 11, true);
		double[][] one = MonteCarlo.sample(model.space(), model.kernel(), new int[] { figure }, 5_000, 11, true);
		assertArrayEquals(all[figure], one[0]);
		assertTrue(IntStream.range(1, 5_000).anyMatch(i -> one[0][i] != one[0][0]), "the headline figure varies");
		// each figure alone: the block kernels skip intermediate columns no wanted figure reads
		for (int k = 0; k < all.length; k++) {
			double[][] alone = MonteCarlo.sample(model.space(), model.kernel(), new int[] { k }, 5_000, 11, false);
			assertArrayEquals(all[k], alone[0], model.kernel().figures().get(k).key());
		}
	}

	@ParameterizedTest
	@MethodSource("workloads")
	void percentilesBySelectionEqualPercentilesBySorting(WorkloadModel model) {
		double[][] columns = MonteCarlo.sample(model.space(), model.kernel(), 20_000, 3, true);
		for (double[] column : columns) {
			double[] sorted = column.clone();
			java.util.Arrays.sort(sorted);
			var p = Quantiles.of(column);
			assertEquals(!Double.isNaN(sorted[sorted.length - 1]), p.isPresent());
			p.ifPresent(q -> {
				assertEquals(Quantiles.at(sorted, 0.05), q.p05());
				assertEquals(Quantiles.at(sorted, 0.50), q.p50());
				assertEquals(Quantiles.at(sorted, 0.95), q.p95());
			});
		}
	}
}

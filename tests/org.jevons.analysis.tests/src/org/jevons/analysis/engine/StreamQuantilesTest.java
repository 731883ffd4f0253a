package org.jevons.analysis.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.jevons.analysis.Cancellation;
import org.jevons.analysis.Estimate;
import org.jevons.analysis.inference.InferenceModel;
import org.jevons.analysis.inference.InferenceAcceptanceTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Percentiles over recomputed samples are exactly those of sorting all samples — whatever path they take (kept
 * in memory, one refinement, several levels of refinement, kept members) and for any number of threads.
 */
class StreamQuantilesTest {
	/** Tiny histograms and limits, so that every column takes several refinement levels. */
	static final StreamQuantiles SMALL = new StreamQuantiles(0, 100, 16, 8, 32);
	/** Refinement, but kept members at once. */
	static final StreamQuantiles ONE_LEVEL = new StreamQuantiles(0, 1000, 64, 16, 1 << 20);
	/** Pass 1 keeps the members of the bins around the ranks (one pass); tiny refinements for a rank it missed. */
	static final StreamQuantiles WINDOWS = new StreamQuantiles(0, Optional.of(WindowsTest.LIMITS), 256, 8, 32);

	/** A stream over stored columns, standing in for recomputation. */
	static SampleStream of(double[]... columns) {
		return new SampleStream() {
			@Override
			public int width() {
				return columns.length;
			}

			@Override
			public Cursor cursor() {
				return (first, n, out) -> {
					for (int j = 0; j < columns.length; j++) {
						System.arraycopy(columns[j], (int) first, out[j], 0, n);
					}
				};
			}
		};
	}

	static void assertSameAsSorting(double[] column, Optional<Estimate.Percentiles> actual) {
		double[] sorted = column.clone();
		Arrays.sort(sorted);
		Estimate.Percentiles p = actual.orElseThrow();
		assertEquals(Quantiles.at(sorted, 0.05), p.p05());
		assertEquals(Quantiles.at(sorted, 0.50), p.p50());
		assertEquals(Quantiles.at(sorted, 0.95), p.p95());
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 513, 10_000, 99_999 })
	void equalsSortingOnEveryPath(int n) {
		SplittableRandom random = new SplittableRandom(n);
		double[] skewed = new double[n], tied = new double[n], signed = new double[n], constant = new double[n],
				zeros = new double[n];
		for (int i = 0; i < n; i++) {
			double u = random.nextDouble();
			skewed[i] = Math.exp(30 * u) * 1e-3;
			tied[i] = Math.floor(u * 7);
			signed[i] = (u - 0.5) * 1e9;
			constant[i] = 3.25;
			zeros[i] = u < 0.3 ? -0.0 : u < 0.6 ? 0.0 : u < 0.8 ? -u : u;
		}
		SampleStream stream = of(skewed, tied, signed, constant, zeros);
		for (StreamQuantiles q : List.of(SMALL, ONE_LEVEL, WINDOWS, StreamQuantiles.DEFAULT)) {
			for (boolean parallel : new boolean[] { false, true }) {
				List<Optional<Estimate.Percentiles>> p = q.percentiles(stream, n, parallel, Cancellation.NONE);
				assertSameAsSorting(skewed, p.get(0));
				assertSameAsSorting(tied, p.get(1));
				assertSameAsSorting(signed, p.get(2));
				assertSameAsSorting(constant, p.get(3));
				assertSameAsSorting(zeros, p.get(4));
			}
		}
		if (n > 2_000) {
			// pass 1 alone holds every order statistic of these independent samples (no refinement pass)
			long[] ranks = WindowsTest.ranks(n);
			RootPass root = RootPass.run(stream, n, 256, ranks, WindowsTest.LIMITS, true, Cancellation.NONE);
			double[][] columns = { skewed, tied, signed, constant, zeros };
			assertEquals(3.25, root.min[3], "a constant column is decided by its extremes, no members kept");
			assertEquals(3.25, root.max[3]);
			for (int j : new int[] { 0, 1, 2, 4 }) {
				double[] sorted = columns[j].clone();
				Arrays.sort(sorted);
				OptionalDouble[] kept = root.orderStatistics(j, ranks);
				for (int r = 0; r < ranks.length; r++) {
					assertEquals(sorted[(int) ranks[r]], kept[r].orElseThrow(), "column " + j + ", rank " + ranks[r]);
				}
			}
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 5_000 })
	void infinitiesOutsideThePilotAndNaN(int n) {
		double[] infinite = new double[n];
		Arrays.setAll(infinite, i -> i % 1000);
		infinite[n - 3] = Double.NEGATIVE_INFINITY; // after the pilot: only the bins below and above see them
		infinite[n - 1] = Double.POSITIVE_INFINITY;
		double[] nan = new double[n];
		nan[n - 2] = Double.NaN;
		for (StreamQuantiles q : List.of(SMALL, WINDOWS)) {
			List<Optional<Estimate.Percentiles>> p = q.percentiles(of(infinite, nan), n, true, Cancellation.NONE);
			assertSameAsSorting(infinite, p.get(0));
			assertTrue(p.get(1).isEmpty(), "a NaN sample leaves the percentiles out, as Quantiles.of does");
		}
	}

	/** A workload's figures recomputed by the kernel give the percentiles of its stored samples. */
	@ParameterizedTest
	@ValueSource(ints = { 1, 2 })
	void kernelStreamEqualsStoredSamples(int threads) {
		InferenceModel model = new InferenceModel(InferenceAcceptanceTest.r1Chat());
		int samples = 30_001;
		int[] all = IntStream.range(0, model.kernel().figures().size()).toArray();
		double[][] stored = MonteCarlo.sample(model.space(), model.kernel(), all, samples, 5, false);
		for (StreamQuantiles q : List.of(SMALL, WINDOWS)) {
			List<Optional<Estimate.Percentiles>> streamed = q.percentiles(
					new KernelStream(model.space(), model.kernel(), all, 5), samples, threads > 1, Cancellation.NONE);
			for (int k = 0; k < all.length; k++) {
				assertEquals(Quantiles.of(stored[k]), streamed.get(k), model.kernel().figures().get(k).key());
			}
		}
	}
}

package org.jevons.analysis.engine;

import static org.jevons.analysis.engine.StreamQuantilesTest.assertSameAsSorting;
import static org.jevons.analysis.engine.StreamQuantilesTest.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;

import org.jevons.analysis.Cancellation;
import org.jevons.analysis.Estimate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pass 1 of the streamed percentiles keeps the members of the bins its pilot predicts to hold p05/p50/p95. When the
 * prediction fails — only for samples unlike their pilot, which a Monte Carlo run's independent samples are not —
 * the rank takes the refinement passes, and the percentiles are still those of sorting.
 */
class WindowsTest {
	/** A pilot of 2 000 samples, 256 bins, memory without limit. */
	static final RootPass.Limits LIMITS = new RootPass.Limits(64, 2_000, Long.MAX_VALUE, Long.MAX_VALUE);

	static long[] ranks(int n) {
		long[] ranks = new long[6];
		for (int r = 0; r < 6; r++) {
			long below = (long) Math.floor(new double[] { 0.05, 0.5, 0.95 }[r / 2] * (n - 1));
			ranks[r] = r % 2 == 0 ? below : Math.min(below + 1, n - 1L);
		}
		return ranks;
	}

	/**
	 * A rising column puts every rank far above its pilot (not kept); a column that settles inside one kept bin
	 * after the pilot outgrows its share of kept members (dropped); an independent one is kept.
	 */
	@ParameterizedTest
	@ValueSource(booleans = { false, true })
	void ranksOutsideTheKeptBinsAreRefined(boolean parallel) {
		int n = 200_000;
		SplittableRandom random = new SplittableRandom(7);
		double[] rising = new double[n], settling = new double[n], steady = new double[n];
		for (int i = 0; i < n; i++) {
			double u = random.nextDouble();
			rising[i] = i + u;
			settling[i] = i < 2_000 ? u : 0.5 + u * 1e-9;
			steady[i] = u;
		}
		SampleStream stream = of(rising, settling, steady);
		long[] ranks = ranks(n);
		RootPass root = RootPass.run(stream, n, 256, ranks, LIMITS, parallel, Cancellation.NONE);
		assertTrue(Arrays.stream(root.orderStatistics(0, ranks)).allMatch(OptionalDouble::isEmpty), "rising");
		assertTrue(Arrays.stream(root.orderStatistics(1, ranks)).allMatch(OptionalDouble::isEmpty), "settling");
		assertTrue(Arrays.stream(root.orderStatistics(2, ranks)).allMatch(OptionalDouble::isPresent), "steady");
		List<Optional<Estimate.Percentiles>> p = StreamQuantilesTest.WINDOWS.percentiles(stream, n, parallel,
				Cancellation.NONE);
		assertSameAsSorting(rising, p.get(0));
		assertSameAsSorting(settling, p.get(1));
		assertSameAsSorting(steady, p.get(2));
	}

	/** Too little memory for even the narrowest windows: no members kept, every rank refined, the same result. */
	@ParameterizedTest
	@ValueSource(longs = { 0, 100 })
	void windowsOverTheirMemoryAreNotKept(long keptValues) {
		int n = 50_000;
		double[] column = new double[n];
		Arrays.setAll(column, i -> Math.sin(i));
		SampleStream stream = of(column);
		RootPass.Limits limits = new RootPass.Limits(64, 2_000, Long.MAX_VALUE, keptValues);
		long[] ranks = ranks(n);
		RootPass root = RootPass.run(stream, n, 256, ranks, limits, true, Cancellation.NONE);
		assertTrue(Arrays.stream(root.orderStatistics(0, ranks)).allMatch(OptionalDouble::isEmpty));
		assertSameAsSorting(column, new StreamQuantiles(0, Optional.of(limits), 256, 8, 32).percentiles(stream, n,
				true, Cancellation.NONE).get(0));
	}

	/**
	 * A column equal to an earlier one in the pilot is compared with it instead of counted while it stays equal;
	 * one that stays a copy, one that departs after the pilot (in the middle of a group), and one that differs only
	 * by the sign of a zero still get the percentiles of sorting, through the kept members and through refinement.
	 */
	@ParameterizedTest
	@ValueSource(booleans = { false, true })
	void copiesOfAColumnHaveTheirOwnPercentiles(boolean parallel) {
		int n = 300_000;
		SplittableRandom random = new SplittableRandom(11);
		double[] original = new double[n], copy = new double[n], departing = new double[n], zeros = new double[n];
		for (int i = 0; i < n; i++) {
			original[i] = i % 5 == 0 ? 0.0 : random.nextDouble(-1, 1);
			copy[i] = original[i];
			departing[i] = i < 170_001 ? original[i] : 2 + original[i] * 3;
			zeros[i] = original[i] == 0 && i > 100_000 ? -0.0 : original[i];
		}
		SampleStream stream = of(original, copy, departing, zeros);
		for (StreamQuantiles engine : List.of(StreamQuantilesTest.WINDOWS,
				new StreamQuantiles(0, Optional.of(new RootPass.Limits(64, 2_000, Long.MAX_VALUE, 0)), 256, 8, 32))) {
			List<Optional<Estimate.Percentiles>> p = engine.percentiles(stream, n, parallel, Cancellation.NONE);
			assertSameAsSorting(original, p.get(0));
			assertSameAsSorting(copy, p.get(1));
			assertSameAsSorting(departing, p.get(2));
			assertSameAsSorting(zeros, p.get(3));
		}
		long[] ranks = ranks(n);
		RootPass root = RootPass.run(stream, n, 256, ranks, LIMITS, parallel, Cancellation.NONE);
		assertEquals(Arrays.toString(root.orderStatistics(0, ranks)), Arrays.toString(root.orderStatistics(1, ranks)));
		assertEquals(Arrays.stream(root.counts[0]).sum(), Arrays.stream(root.counts[1]).sum());
		assertEquals(n, Arrays.stream(root.counts[2]).sum());
	}

	/** Whether the pilot is the whole run or a part: pass 1 counts and keeps what is needed, no sample is computed twice. */
	@ParameterizedTest
	@ValueSource(ints = { 1_000, 1_999, 2_000, 50_000 })
	void aPilotOfEverySample(int n) {
		double[] column = new double[n];
		Arrays.setAll(column, i -> (i * 7919) % 1000 - 500.5);
		int[] filled = new int[1];
		SampleStream counted = new SampleStream() {
			@Override
			public int width() {
				return 1;
			}

			@Override
			public Cursor cursor() {
				return (first, size, out) -> {
					synchronized (filled) {
						filled[0] += size;
					}
					System.arraycopy(column, (int) first, out[0], 0, size);
				};
			}
		};
		List<Optional<Estimate.Percentiles>> p = StreamQuantilesTest.WINDOWS.percentiles(counted, n, true,
				Cancellation.NONE);
		assertSameAsSorting(column, p.get(0));
		assertEquals(n, filled[0], "each sample computed once");
	}
}

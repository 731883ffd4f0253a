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

	/** The engine's percentiles of a stream over these columns are, column by column, those of sorting them. */
	static void assertColumnsSameAsSorting(StreamQuantiles engine, boolean parallel, double[]... columns) {
		List<Optional<Estimate.Percentiles>> p = engine.percentiles(of(columns), columns[0].length, parallel,
				Cancellation.NONE);
		for (int j = 0; j < columns.length; j++) {
			assertSameAsSorting(columns[j], p.get(j));
		}
	}

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
			steady[i] = random.nextDouble(); // not u: in the pilot, settling's values
		}
		SampleStream stream = of(rising, settling, steady);
		long[] ranks = ranks(n);
		RootPass root = RootPass.run(stream, n, 256, ranks, LIMITS, parallel, Cancellation.NONE);
		assertTrue(Arrays.stream(root.orderStatistics(0, ranks)).allMatch(OptionalDouble::isEmpty), "rising");
		assertTrue(Arrays.stream(root.orderStatistics(1, ranks)).allMatch(OptionalDouble::isEmpty), "settling");
		assertTrue(Arrays.stream(root.orderStatistics(2, ranks)).allMatch(OptionalDouble::isPresent), "steady");
		assertColumnsSameAsSorting(StreamQuantilesTest.WINDOWS, parallel, rising, settling, steady);
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
	 * A column that is an image of an earlier one in the pilot ({@link Scaling}) is checked instead of counted while it
	 * stays one: a copy, a multiple and a quotient that stay images, one that departs after the pilot (in the middle
	 * of a group) and one that differs only by the sign of a zero still get the percentiles of sorting, through the
	 * kept members and through refinement. A departure costs one more pass, for the departed columns.
	 */
	@ParameterizedTest
	@ValueSource(booleans = { false, true })
	void imagesOfAColumnHaveTheirOwnPercentiles(boolean parallel) {
		int n = 300_000;
		SplittableRandom random = new SplittableRandom(11);
		double[] original = new double[n], copy = new double[n], times = new double[n], over = new double[n],
				departing = new double[n], zeros = new double[n];
		for (int i = 0; i < n; i++) {
			original[i] = i % 5 == 1 ? 0.0 : random.nextDouble(-1, 1);
			copy[i] = original[i];
			times[i] = original[i] * 3.7;
			over[i] = original[i] / 7;
			departing[i] = i < 170_001 ? original[i] * 2.5 : 2 + original[i] * 3;
			zeros[i] = original[i] == 0 && i > 100_000 ? -0.0 : original[i];
		}
		SampleStream stream = of(original, copy, times, over, departing, zeros);
		for (StreamQuantiles engine : List.of(StreamQuantilesTest.WINDOWS,
				new StreamQuantiles(0, Optional.of(new RootPass.Limits(64, 2_000, Long.MAX_VALUE, 0)), 256, 8, 32))) {
			assertColumnsSameAsSorting(engine, parallel, original, copy, times, over, departing, zeros);
		}
		long[] ranks = ranks(n);
		int[] filled = new int[1];
		RootPass root = RootPass.run(counting(stream, filled), n, 256, ranks, LIMITS, parallel, Cancellation.NONE);
		assertEquals(Optional.of(new Scaling(0, 1.0, false)), root.scaling(1));
		assertEquals(Optional.of(new Scaling(0, 3.7, false)), root.scaling(2));
		assertEquals(Optional.of(new Scaling(0, 7, true)), root.scaling(3));
		assertEquals(Optional.empty(), root.scaling(4), "departed");
		assertEquals(Optional.empty(), root.scaling(5), "departed by the sign of a zero");
		assertEquals(Arrays.toString(root.orderStatistics(0, ranks)), Arrays.toString(root.orderStatistics(1, ranks)));
		assertEquals(n, Arrays.stream(root.counts[4]).sum());
		assertEquals(n, Arrays.stream(root.counts[5]).sum());
		assertEquals(2 * n - 2_000, filled[0], "the pilot once, the rest twice: once more for the departed columns");

		// an image of a later column (found once the earlier columns are tried), and a copy of that later column
		RootPass back = RootPass.run(of(times, original, copy), n, 256, ranks, LIMITS, parallel, Cancellation.NONE);
		assertEquals(Optional.of(new Scaling(1, 3.7, false)), back.scaling(0));
		assertEquals(Optional.empty(), back.scaling(1));
		assertEquals(Optional.of(new Scaling(1, 1.0, false)), back.scaling(2));
		assertColumnsSameAsSorting(StreamQuantilesTest.WINDOWS, parallel, times, original, copy);
	}

	/**
	 * An image whose original turns NaN after the pilot is NaN there too (the check takes NaN for NaN): both have
	 * no percentiles, as sorting a column with a NaN gives none; one that overflows to infinity stays an image.
	 */
	@ParameterizedTest
	@ValueSource(booleans = { false, true })
	void imagesFollowTheirOriginalToNaNAndInfinity(boolean parallel) {
		int n = 100_000;
		SplittableRandom random = new SplittableRandom(5);
		double[] original = new double[n], image = new double[n], large = new double[n], overflowing = new double[n];
		for (int i = 0; i < n; i++) {
			original[i] = i == 60_000 ? Double.NaN : random.nextDouble(1, 2);
			image[i] = original[i] * 0.3;
			large[i] = i > 50_000 && i % 7 == 0 ? 1e308 : random.nextDouble(1, 2);
			overflowing[i] = large[i] * 10;
		}
		SampleStream stream = of(original, image, large, overflowing);
		RootPass root = RootPass.run(stream, n, 256, ranks(n), LIMITS, parallel, Cancellation.NONE);
		assertEquals(Optional.of(new Scaling(0, 0.3, false)), root.scaling(1));
		assertEquals(Optional.of(new Scaling(2, 10, false)), root.scaling(3));
		List<Optional<Estimate.Percentiles>> p = StreamQuantilesTest.WINDOWS.percentiles(stream, n, parallel,
				Cancellation.NONE);
		assertEquals(Optional.empty(), p.get(0));
		assertEquals(Optional.empty(), p.get(1));
		assertSameAsSorting(large, p.get(2));
		assertSameAsSorting(overflowing, p.get(3));
	}

	/** A column constant in its pilot is compared with that constant; one that departs later is counted from there. */
	@ParameterizedTest
	@ValueSource(booleans = { false, true })
	void constantsOfThePilotThatDepartAreCounted(boolean parallel) {
		int n = 200_000;
		double[] constant = new double[n], departing = new double[n], signed = new double[n];
		for (int i = 0; i < n; i++) {
			constant[i] = 4.25;
			departing[i] = i < 150_000 ? 4.25 : i % 3;
			signed[i] = i == 120_000 ? -0.0 : 0.0;
		}
		assertColumnsSameAsSorting(StreamQuantilesTest.WINDOWS, parallel, constant, departing, signed);
		RootPass root = RootPass.run(of(constant, departing, signed), n, 256, ranks(n), LIMITS, parallel, Cancellation.NONE);
		assertEquals(-0.0, root.min[2]);
		assertEquals(0.0, root.max[2]);
		assertEquals(n, Arrays.stream(root.counts[0]).sum());
	}

	/** A stream that adds the samples it computes to {@code filled[0]}. */
	private static SampleStream counting(SampleStream stream, int[] filled) {
		return new SampleStream() {
			@Override
			public int width() {
				return stream.width();
			}

			@Override
			public Cursor cursor() {
				Cursor inner = stream.cursor();
				return (first, size, out) -> {
					synchronized (filled) {
						filled[0] += size;
					}
					inner.fill(first, size, out);
				};
			}
		};
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

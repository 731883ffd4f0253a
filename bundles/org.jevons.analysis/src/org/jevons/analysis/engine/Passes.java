package org.jevons.analysis.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import org.jevons.analysis.Cancellation;

/**
 * One pass over the samples of a stream: the samples are split into a fixed number of contiguous groups (the same
 * for any number of threads), each walked in blocks by one thread with its own cursor and its own accumulator.
 * Accumulators are returned in group order, so sums combined in that order are identical on any machine.
 */
public final class Passes {
	/** Groups per pass: enough to balance the cores, few enough that per-group histograms stay small. */
	static final int GROUPS = 16;

	private Passes() {
	}

	/** What a pass does with each block. */
	@FunctionalInterface
	public interface Body<S> {
		/** @param columns {@code columns[j][0..n)} are the values of samples {@code first .. first+n-1} */
		void accept(S state, double[][] columns, long first, int n);
	}

	/** The number of groups (accumulators) a pass over {@code count} samples has. */
	static int groups(long count) {
		return (int) Math.max(1, Math.min(GROUPS, (count + Block.SIZE - 1) / Block.SIZE));
	}

	/** Runs {@code body} over samples {@code from .. from+count-1}; returns the accumulators in group order. */
	public static <S> List<S> run(SampleStream stream, long from, long count, boolean parallel,
			Cancellation cancellation, IntFunction<S> state, Body<S> body) {
		int groups = groups(count);
		List<S> states = new ArrayList<>(groups);
		for (int g = 0; g < groups; g++) {
			states.add(state.apply(g));
		}
		IntStream range = IntStream.range(0, groups);
		(parallel ? range.parallel() : range).forEach(g -> {
			SampleStream.Cursor cursor = stream.cursor();
			double[][] columns = new double[stream.width()][Block.SIZE];
			S s = states.get(g);
			long end = from + count * (g + 1) / groups;
			for (long first = from + count * g / groups; first < end; first += Block.SIZE) {
				if (cancellation.isCancelled()) {
					return; // check() below ends the run
				}
				int n = (int) Math.min(Block.SIZE, end - first);
				cursor.fill(first, n, columns);
				body.accept(s, columns, first, n);
			}
		});
		cancellation.check();
		return states;
	}

	/** Every column of samples {@code 0 .. count-1} in memory: columns[j][sample]. */
	public static double[][] materialise(SampleStream stream, int count, boolean parallel,
			Cancellation cancellation) {
		return materialise(stream, 0, count, parallel, cancellation);
	}

	/** Every column of samples {@code from .. from+count-1} in memory: columns[j][sample − from]. */
	public static double[][] materialise(SampleStream stream, long from, int count, boolean parallel,
			Cancellation cancellation) {
		double[][] all = new double[stream.width()][count];
		run(stream, from, count, parallel, cancellation, g -> all, (a, columns, first, n) -> {
			for (int j = 0; j < columns.length; j++) {
				System.arraycopy(columns[j], 0, a[j], (int) (first - from), n);
			}
		});
		return all;
	}

	/** The share of samples of column 0 that pass {@code test}. */
	public static double fraction(SampleStream stream, int count, boolean parallel, Cancellation cancellation,
			java.util.function.DoublePredicate test) {
		long passing = 0;
		for (long[] c : run(stream, 0, count, parallel, cancellation, g -> new long[1], (c, columns, first, n) -> {
			for (int i = 0; i < n; i++) {
				c[0] += test.test(columns[0][i]) ? 1 : 0;
			}
		})) {
			passing += c[0];
		}
		return (double) passing / count;
	}

	/** The mean of column 0: sums per group in sample order, added in group order (the same for any thread count). */
	public static double mean(SampleStream stream, int count, boolean parallel, Cancellation cancellation) {
		double sum = 0;
		for (double[] s : run(stream, 0, count, parallel, cancellation, g -> new double[1], (s, columns, first, n) -> {
			for (int i = 0; i < n; i++) {
				s[0] += columns[0][i];
			}
		})) {
			sum += s[0];
		}
		return sum / count;
	}
}

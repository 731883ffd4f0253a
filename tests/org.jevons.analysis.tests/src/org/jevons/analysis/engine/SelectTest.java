package org.jevons.analysis.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jevons.analysis.Dimension;
import org.jevons.analysis.spec.Value;
import org.junit.jupiter.api.Test;

/**
 * A selection of a table's figures gives the values of the whole table, and recomputes only what it needs: the
 * kernel is asked for the selected figures and the inputs of the derived ones, nothing else.
 */
class SelectTest {
	private static final int N = 1_500;

	/** Four figures of two uncertain inputs; records which figures each evaluation was asked for. */
	private static final class Recording implements Kernel {
		final Set<Integer> asked = new TreeSet<>();

		@Override
		public List<FigureSpec> figures() {
			return List.of(spec("a"), spec("ab"), spec("sum"), spec("b2"));
		}

		private static FigureSpec spec(String key) {
			return new FigureSpec(key, key, Dimension.values()[0], List.of());
		}

		@Override
		public synchronized void evaluate(Block block, int[] figures, double[][] out, int offset) {
			double[] a = block.in(0), b = block.in(1);
			for (int j = 0; j < figures.length; j++) {
				asked.add(figures[j]);
				for (int i = 0; i < block.size(); i++) {
					out[j][offset + i] = switch (figures[j]) {
					case 0 -> a[i];
					case 1 -> a[i] * b[i];
					case 2 -> a[i] + b[i];
					default -> b[i] * b[i];
					};
				}
			}
		}
	}

	private static SampleTable table(Recording kernel) {
		ParameterSpace space = new ParameterSpace();
		space.add(Parameter.declared("t", "a", Value.uniform(1, 2)));
		space.add(Parameter.declared("t", "b", Value.triangular(3, 4, 7)));
		SampleTable table = new SampleTable(N);
		List<String> keys = List.of("a", "ab", "sum", "b2");
		keys.forEach(k -> table.put(k, Double.NaN));
		table.sampled(keys, new KernelStream(space, kernel, new int[] { 0, 1, 2, 3 }, 42));
		// a cost from "ab" with a constant input, then a figure derived from that cost and "b2"
		table.derive("cost", 0, List.of("ab", "missing"), () -> (in, first, n, out) -> {
			for (int i = 0; i < n; i++) {
				out[i] = 2 * in[0][i];
			}
		});
		table.derive("total", 0, List.of("cost", "b2"), () -> (in, first, n, out) -> {
			for (int i = 0; i < n; i++) {
				out[i] = in[0][i] + in[1][i] + (first + i) % 3;
			}
		});
		return table;
	}

	private static double[][] values(SampleStream stream) {
		return Passes.materialise(stream, N, false, org.jevons.analysis.Cancellation.NONE);
	}

	@Test
	void aSelectionHasTheValuesOfTheWholeTable() {
		List<String> all = List.of("a", "ab", "sum", "b2", "cost", "total");
		double[][] whole = values(table(new Recording()).stream(all));
		for (List<String> chosen : List.of(List.of("total"), List.of("cost", "a"), List.of("b2", "total", "ab"),
				List.of("sum"), List.of("total", "total", "cost"))) {
			double[][] selected = values(table(new Recording()).stream(chosen));
			for (int k = 0; k < chosen.size(); k++) {
				assertArrayEquals(whole[all.indexOf(chosen.get(k))], selected[k], chosen + ": " + chosen.get(k));
			}
		}
	}

	@Test
	void onlyTheFiguresNeededAreComputed() {
		assertEquals(List.of(1), asked("cost"));
		assertEquals(List.of(1, 3), asked("total"));
		assertEquals(List.of(0, 3), asked("b2", "a"));
		assertEquals(List.of(0, 1, 2, 3), asked("a", "ab", "sum", "b2", "cost", "total"));
	}

	private static List<Integer> asked(String... keys) {
		Recording kernel = new Recording();
		values(table(kernel).stream(List.of(keys)));
		return new ArrayList<>(kernel.asked);
	}
}

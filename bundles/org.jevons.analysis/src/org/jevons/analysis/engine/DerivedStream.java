package org.jevons.analysis.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Columns computed per sample from the columns of another stream: some copied as they are, the others by
 * formulas (a comparison's ratio, a plugin's cost, a constant for a figure that does not vary).
 */
public final class DerivedStream implements SampleStream {
	private final SampleStream source;
	private final int[] copied;
	private final Supplier<List<Column>> columns;
	private final int computed;
	/** The source columns the computed columns read. */
	private final int[] inputs;

	/** A column computed from a block of the source stream. */
	@FunctionalInterface
	public interface Column {
		/**
		 * Writes {@code out[i]} for samples {@code i < n} of the block.
		 *
		 * @param source the source's columns for the current block; sample i's values are {@code source[c][i]}
		 * @param first the first sample's index in the run (for draws of a formula's own uncertain inputs)
		 */
		void fill(double[][] source, long first, int n, double[] out);
	}

	/**
	 * Computed columns that may read any source column.
	 *
	 * @param copied  source columns passed on unchanged, first
	 * @param columns the computed columns, after them; called once per cursor, so formulas may keep scratch arrays
	 */
	public DerivedStream(SampleStream source, int[] copied, Supplier<List<Column>> columns) {
		this(source, copied, columns, IntStream.range(0, source.width()).toArray());
	}

	/** @param inputs the only source columns the computed columns read: {@link #select} computes no others */
	public DerivedStream(SampleStream source, int[] copied, Supplier<List<Column>> columns, int[] inputs) {
		this.source = source;
		this.copied = copied.clone();
		this.columns = columns;
		this.computed = columns.get().size();
		this.inputs = inputs.clone();
	}

	@Override
	public int width() {
		return copied.length + computed;
	}

	/**
	 * The source fills the output columns it is copied to directly (the first copy of each source column), and a
	 * scratch column otherwise: passing a column on costs no copy, however deeply streams are nested.
	 */
	@Override
	public Cursor cursor() {
		Cursor inner = source.cursor();
		double[][] scratch = new double[source.width()][Block.SIZE];
		double[][] in = new double[source.width()][];
		int[] firstCopy = new int[source.width()];
		Arrays.fill(firstCopy, -1);
		for (int k = copied.length - 1; k >= 0; k--) {
			firstCopy[copied[k]] = k;
		}
		Column[] formulas = columns.get().toArray(Column[]::new);
		return (first, n, out) -> {
			for (int s = 0; s < in.length; s++) {
				in[s] = firstCopy[s] >= 0 ? out[firstCopy[s]] : scratch[s];
			}
			inner.fill(first, n, in);
			for (int k = 0; k < copied.length; k++) {
				if (firstCopy[copied[k]] != k) {
					System.arraycopy(in[copied[k]], 0, out[k], 0, n);
				}
			}
			if (formulas.length == 0) {
				return;
			}
			for (int f = 0; f < formulas.length; f++) {
				formulas[f].fill(in, first, n, out[copied.length + f]);
			}
		};
	}

	/**
	 * Asks the source only for the columns the selection needs: copied columns pass the request down; a computed
	 * column adds its inputs. A cost derived from one figure of a kernel thus runs the kernel for that figure alone.
	 */
	@Override
	public SampleStream select(int[] wanted) {
		List<Integer> copiedOut = new ArrayList<>(), computedOut = new ArrayList<>();
		for (int c : wanted) {
			List<Integer> list = c < copied.length ? copiedOut : computedOut;
			int index = c < copied.length ? copied[c] : c - copied.length;
			if (!list.contains(index)) {
				list.add(index);
			}
		}
		if (computedOut.isEmpty()) {
			return source.select(IntStream.of(wanted).map(c -> copied[c]).toArray());
		}
		boolean[] needed = new boolean[source.width()];
		copiedOut.forEach(s -> needed[s] = true);
		IntStream.of(inputs).forEach(s -> needed[s] = true);
		int[] read = IntStream.range(0, needed.length).filter(s -> needed[s]).toArray();
		SampleStream narrowed = new InPlace(source.select(read), read, source.width());
		int[] keptFormulas = computedOut.stream().mapToInt(Integer::intValue).toArray();
		DerivedStream narrow = new DerivedStream(narrowed, copiedOut.stream().mapToInt(Integer::intValue).toArray(),
				() -> IntStream.of(keptFormulas).mapToObj(columns.get()::get).toList(), inputs);
		int[] order = IntStream.of(wanted).map(c -> c < copied.length ? copiedOut.indexOf(copied[c])
				: copiedOut.size() + computedOut.indexOf(c - copied.length)).toArray();
		boolean inOrder = order.length == narrow.width() && IntStream.range(0, order.length).allMatch(k -> order[k] == k);
		return inOrder ? narrow : new DerivedStream(narrow, order, List::of);
	}

	/**
	 * A selection of a stream's columns written back at their places in a block as wide as the whole stream, so that
	 * formulas read their inputs at the indices they were given; the other columns are not written.
	 */
	private record InPlace(SampleStream selection, int[] places, int width) implements SampleStream {
		@Override
		public Cursor cursor() {
			Cursor inner = selection.cursor();
			double[][] view = new double[places.length][];
			return (first, n, out) -> {
				for (int k = 0; k < places.length; k++) {
					view[k] = out[places[k]];
				}
				inner.fill(first, n, view);
			};
		}
	}
}

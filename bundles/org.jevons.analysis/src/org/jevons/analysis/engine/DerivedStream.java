package org.jevons.analysis.engine;

import java.util.List;
import java.util.function.Supplier;

/**
 * Columns computed per sample from the columns of another stream: some copied as they are, the others by
 * formulas (a comparison's ratio, a plugin's cost, a constant for a figure that does not vary).
 */
public final class DerivedStream implements SampleStream {
	private final SampleStream source;
	private final int[] copied;
	private final Supplier<List<Column>> columns;
	private final int computed;

	/** A value computed from one sample of the source stream. */
	@FunctionalInterface
	public interface Column {
		/**
		 * @param source the source's columns for the current block; this sample's values are {@code source[c][i]}
		 * @param sample the sample's index in the run (for draws of a formula's own uncertain inputs)
		 */
		double at(double[][] source, int i, long sample);
	}

	/**
	 * @param copied  source columns passed on unchanged, first
	 * @param columns the computed columns, after them; called once per cursor, so formulas may keep scratch arrays
	 */
	public DerivedStream(SampleStream source, int[] copied, Supplier<List<Column>> columns) {
		this.source = source;
		this.copied = copied.clone();
		this.columns = columns;
		this.computed = columns.get().size();
	}

	@Override
	public int width() {
		return copied.length + computed;
	}

	@Override
	public Cursor cursor() {
		Cursor inner = source.cursor();
		double[][] in = new double[source.width()][Block.SIZE];
		Column[] formulas = columns.get().toArray(Column[]::new);
		return (first, n, out) -> {
			inner.fill(first, n, in);
			for (int k = 0; k < copied.length; k++) {
				System.arraycopy(in[copied[k]], 0, out[k], 0, n);
			}
			if (formulas.length == 0) {
				return;
			}
			for (int f = 0; f < formulas.length; f++) {
				Column formula = formulas[f];
				double[] column = out[copied.length + f];
				for (int i = 0; i < n; i++) {
					column[i] = formula.at(in, i, first + i);
				}
			}
		};
	}
}

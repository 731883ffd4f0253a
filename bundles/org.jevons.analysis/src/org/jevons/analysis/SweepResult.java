package org.jevons.analysis;

import java.util.Arrays;
import java.util.List;

import org.jevons.analysis.spec.Specs.Origin;

/**
 * A sweep table: one row per grid point, the varied inputs first, then the output figures, all in SI units. The
 * rows are computed when read ({@link SweepTable}): {@link #forEachBlock} streams them in order, {@link #value}
 * reads single cells (computing the block that holds the row, so reading row after row stays cheap).
 */
public record SweepResult(String name, Origin origin, String analysisId, List<String> columns,
		List<String> units, int rows, SweepTable table, List<Problem> problems) implements AnalysisResult {
	/** Rows computed at once by {@link #forEachBlock} and by {@link #value}. */
	public static final int BLOCK = 4096;
	private static final ThreadLocal<Cache> CACHE = new ThreadLocal<>();

	public SweepResult {
		columns = List.copyOf(columns);
		units = List.copyOf(units);
		problems = List.copyOf(problems);
		if (table.width() != columns.size()) {
			throw new IllegalArgumentException("table of " + table.width() + " columns is not " + columns);
		}
	}

	/** A table held in memory, {@code data} row-major. */
	public SweepResult(String name, Origin origin, String analysisId, List<String> columns, List<String> units,
			int rows, double[] data, List<Problem> problems) {
		this(name, origin, analysisId, columns, units, rows, SweepTable.stored(data, columns.size()), problems);
		if (data.length != (long) rows * columns.size()) {
			throw new IllegalArgumentException("table of " + data.length + " values is not " + rows + " rows");
		}
	}

	/** What a reader does with each block of rows. */
	@FunctionalInterface
	public interface BlockReader<E extends Exception> {
		/** @param values rows {@code first .. first+n-1}, row-major, {@code width} values per row */
		void accept(double[] values, int first, int n) throws E;
	}

	/** Reads every row in order, {@link #BLOCK} rows at a time, in memory independent of the number of rows. */
	public <E extends Exception> void forEachBlock(BlockReader<E> reader) throws E {
		double[] buffer = new double[BLOCK * columns.size()];
		for (int first = 0; first < rows; first += BLOCK) {
			int n = Math.min(BLOCK, rows - first);
			table.fill(first, n, buffer);
			reader.accept(buffer, first, n);
		}
	}

	public double value(int row, int column) {
		Cache cache = CACHE.get();
		if (cache == null || cache.table != table || row < cache.first || row >= cache.first + cache.n) {
			cache = new Cache(table, row - row % BLOCK, Math.min(BLOCK, rows - (row - row % BLOCK)),
					cache != null && cache.values.length == BLOCK * columns.size() ? cache.values
							: new double[BLOCK * columns.size()]);
			table.fill(cache.first, cache.n, cache.values);
			CACHE.set(cache);
		}
		return cache.values[(row - cache.first) * columns.size() + column];
	}

	/** A copy of one row. */
	public double[] row(int row) {
		double[] values = new double[columns.size()];
		for (int c = 0; c < values.length; c++) {
			values[c] = value(row, c);
		}
		return values;
	}

	/** Sweeps have no summary figures; their table is the result. */
	@Override
	public List<Figure> figures() {
		return List.of();
	}

	/** Equal tables: the same name, columns and every value (computed for the comparison). */
	@Override
	public boolean equals(Object other) {
		if (!(other instanceof SweepResult that && name.equals(that.name) && columns.equals(that.columns)
				&& rows == that.rows)) {
			return false;
		}
		double[] a = new double[BLOCK * columns.size()], b = new double[a.length];
		for (int first = 0; first < rows; first += BLOCK) {
			int n = Math.min(BLOCK, rows - first);
			table.fill(first, n, a);
			that.table.fill(first, n, b);
			if (!Arrays.equals(a, 0, n * columns.size(), b, 0, n * columns.size())) {
				return false;
			}
		}
		return true;
	}

	@Override
	public int hashCode() {
		return name.hashCode() * 31 + columns.hashCode() * 7 + rows;
	}

	@Override
	public String toString() {
		return "SweepResult[" + name + ", " + columns + ", " + rows + " rows]";
	}

	/** The block of rows a thread read last. */
	private record Cache(SweepTable table, int first, int n, double[] values) {
	}
}

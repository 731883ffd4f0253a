package org.jevons.analysis;

import java.util.Arrays;
import java.util.List;

import org.jevons.analysis.spec.Specs.Origin;

/**
 * A sweep table: one row per grid point, the varied inputs first, then the output figures, all in SI units.
 * Stored as one row-major array because a sweep may have millions of rows.
 */
public record SweepResult(String name, Origin origin, String analysisId, List<String> columns,
		List<String> units, int rows, double[] data, List<Problem> problems) implements AnalysisResult {

	public SweepResult {
		columns = List.copyOf(columns);
		units = List.copyOf(units);
		problems = List.copyOf(problems);
		if (data.length != (long) rows * columns.size()) {
			throw new IllegalArgumentException("table of " + data.length + " values is not " + rows + " rows");
		}
	}

	public double value(int row, int column) {
		return data[row * columns.size() + column];
	}

	/** A copy of one row. */
	public double[] row(int row) {
		int width = columns.size();
		return Arrays.copyOfRange(data, row * width, row * width + width);
	}

	/** Sweeps have no summary figures; their table is the result. */
	@Override
	public List<Figure> figures() {
		return List.of();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SweepResult that && name.equals(that.name) && columns.equals(that.columns)
				&& rows == that.rows && Arrays.equals(data, that.data);
	}

	@Override
	public int hashCode() {
		return name.hashCode() * 31 + Arrays.hashCode(data);
	}

	@Override
	public String toString() {
		return "SweepResult[" + name + ", " + columns + ", " + rows + " rows]";
	}
}

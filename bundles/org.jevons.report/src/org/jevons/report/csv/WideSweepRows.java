package org.jevons.report.csv;

import java.util.ArrayList;
import java.util.List;

import org.jevons.analysis.SweepResult;
import org.jevons.report.SweepColumns;
import org.jevons.report.Unit;

/**
 * A sweep as a wide table: a header naming each column with its unit ({@code reasoning [tokens]},
 * {@code energy_per_request [Wh]}; a dimensionless column by its name alone), then one row per point in point
 * order, the varied inputs then the outputs, in the tidy report's units and number form. About 35 bytes a point
 * against the tidy table's 300, for sweeps of millions of points.
 */
final class WideSweepRows {
	private final SweepResult sweep;
	private final int width;
	private final int inputs;
	private final double[] sizes;
	private final List<String> header;

	WideSweepRows(SweepResult sweep) {
		SweepColumns table = SweepColumns.of(sweep);
		this.sweep = sweep;
		this.width = table.width();
		this.inputs = table.inputs();
		this.sizes = new double[width];
		List<String> names = new ArrayList<>();
		for (int c = 0; c < width; c++) {
			Unit unit = table.units().get(c);
			sizes[c] = unit.size();
			String column = table.columns().get(c).replace('\n', ' ');
			names.add(unit.symbol().equals("1") || unit.symbol().isEmpty() ? column
					: column + " [" + unit.symbol() + "]");
		}
		this.header = List.copyOf(names);
	}

	/** The header's names, in column order. */
	List<String> header() {
		return header;
	}

	SweepCsv.Segment segment(int points) {
		return new Segment(points);
	}

	private final class Segment extends SweepCsv.Segment {
		private final InputText inputText = new InputText();

		Segment(int points) {
			super(sweep, points, width * (SixFigures.MAX_LENGTH + 1));
		}

		@Override
		int text(int first, int n) {
			int at = 0;
			for (int r = 0; r < n; r++) {
				int cell = r * width;
				for (int c = 0; c < width; c++) {
					// an input is in its SI unit (size 1): written as it is. The same two lines as in the other layout:
					// a method shared by both measured 15-20 % slower per point (the JIT inlines less below it)
					at = c < inputs ? inputText.write(bytes, at, values[cell + c])
							: SixFigures.write(bytes, at, values[cell + c] / sizes[c]);
					bytes[at++] = c + 1 < width ? (byte) ',' : (byte) '\n';
				}
			}
			return at;
		}
	}
}

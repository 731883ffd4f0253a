package org.jevons.report.csv;

import java.nio.charset.StandardCharsets;

import org.jevons.analysis.SweepResult;
import org.jevons.report.SweepColumns;

/**
 * A sweep's rows in the tidy report, {@code sweeps,NAME,,POINT,COLUMN,UNIT,VALUE,,,,} for every point and column.
 * The constant parts of a row are bytes made once, and the point number is counted up in place.
 */
final class TidySweepRows {
	private static final byte[] END = ",,,,\n".getBytes(StandardCharsets.US_ASCII);
	/** Digits of a point number (an int). */
	private static final int POINT_DIGITS = 10;

	private final SweepResult sweep;
	private final int width;
	/** The varied inputs come first; their few distinct values recur point after point. */
	private final int inputs;
	/** {@code sweeps,NAME,,} */
	private final byte[] start;
	/** {@code ,COLUMN,UNIT,} for each column. */
	private final byte[][] middles;
	/** Each column's unit in SI units: the value written is the SI value divided by it. */
	private final double[] sizes;
	/** Bytes a point's rows may take at most. */
	private final int pointBytes;

	TidySweepRows(SweepResult sweep) {
		SweepColumns table = SweepColumns.of(sweep);
		this.sweep = sweep;
		this.width = table.width();
		this.inputs = table.inputs();
		this.start = utf8(Csv.field("sweeps") + "," + Csv.field(sweep.name().replace('\n', ' ')) + ",,");
		this.middles = new byte[width][];
		this.sizes = new double[width];
		int bytes = 0;
		for (int c = 0; c < width; c++) {
			middles[c] = utf8("," + Csv.field(table.columns().get(c)) + "," + Csv.field(table.units().get(c).symbol())
					+ ",");
			sizes[c] = table.units().get(c).size();
			bytes += start.length + POINT_DIGITS + middles[c].length + SixFigures.MAX_LENGTH + END.length;
		}
		this.pointBytes = bytes;
	}

	SweepCsv.Segment segment(int points) {
		return new Segment(points);
	}

	private static byte[] utf8(String s) {
		return s.getBytes(StandardCharsets.UTF_8);
	}

	private final class Segment extends SweepCsv.Segment {
		/**
		 * The bytes between one row's number and the next row's column name when both rows are of one point:
		 * {@code ,,,,\nsweeps,NAME,,POINT} (the first row of a segment starts after the line end).
		 */
		private final byte[] joint = new byte[END.length + start.length + POINT_DIGITS];
		private final InputText inputText = new InputText();

		Segment(int points) {
			super(sweep, points, pointBytes);
			System.arraycopy(END, 0, joint, 0, END.length);
			System.arraycopy(start, 0, joint, END.length, start.length);
		}

		/** Points {@code first .. first+n-1} (from 0; numbered from 1 in the text). */
		@Override
		int text(int first, int n) {
			int at = 0;
			int skip = END.length; // no line before the segment's first row
			int joined = number(first + 1);
			for (int r = 0; r < n; r++) {
				int cell = r * width;
				for (int c = 0; c < width; c++) {
					System.arraycopy(joint, skip, bytes, at, joined - skip);
					at += joined - skip;
					skip = 0;
					byte[] middle = middles[c];
					System.arraycopy(middle, 0, bytes, at, middle.length);
					at += middle.length;
					// an input is in its SI unit (size 1): written as it is. The same two lines as in the other layout:
					// a method shared by both measured 15-20 % slower per point (the JIT inlines less below it)
					at = c < inputs ? inputText.write(bytes, at, values[cell + c])
							: SixFigures.write(bytes, at, values[cell + c] / sizes[c]);
				}
				joined = next(joined);
			}
			if (n > 0) {
				System.arraycopy(END, 0, bytes, at, END.length);
				at += END.length;
			}
			return at;
		}

		/** Puts a point number's digits at the end of {@link #joint}; returns the joint's length. */
		private int number(int value) {
			int digits = 1;
			for (int v = value; v >= 10; v /= 10) {
				digits++;
			}
			int end = END.length + start.length + digits;
			int v = value;
			for (int i = end - 1; i >= end - digits; i--) {
				joint[i] = (byte) ('0' + v % 10);
				v /= 10;
			}
			return end;
		}

		/** Adds one to the point number at the end of {@link #joint} (no division); returns the joint's length. */
		private int next(int end) {
			int first = END.length + start.length;
			int i = end - 1;
			while (i >= first && joint[i] == '9') {
				joint[i--] = '0';
			}
			if (i >= first) {
				joint[i]++;
				return end;
			}
			joint[first] = '1'; // 99 → 100: one digit more, all zeros after the one
			joint[end] = '0';
			return end + 1;
		}
	}
}

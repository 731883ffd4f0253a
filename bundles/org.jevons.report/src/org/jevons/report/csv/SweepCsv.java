package org.jevons.report.csv;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.jevons.analysis.SweepResult;
import org.jevons.analysis.engine.Workers;
import org.jevons.report.SweepColumns;

/**
 * A sweep's rows in the tidy table, {@code sweeps,NAME,,POINT,COLUMN,UNIT,VALUE,,,,} for every point and column.
 * A sweep has up to 20 M points of several columns, so the rows are made as bytes: segments of points are
 * computed (the table's {@code fill}), converted to the fixed units and formatted on every core into reused
 * buffers, and written in order. Nothing is allocated per point, and memory does not grow with the sweep.
 */
final class SweepCsv {
	/** Points per segment: a few MB of text, enough to keep a core busy between hand-overs. */
	static final int POINTS = 4096;
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

	SweepCsv(SweepResult sweep) {
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

	/** Every row, in order, to {@code sink}: on every core when there is more than one segment. */
	void write(CsvSink sink) throws IOException {
		int rows = sweep.rows();
		if (rows <= POINTS) {
			Segment only = new Segment(rows);
			only.format(0, rows);
			sink.bytes(only.bytes, 0, only.length);
			return;
		}
		int threads = Math.min(Runtime.getRuntime().availableProcessors(), (rows + POINTS - 1) / POINTS);
		ExecutorService pool = Workers.pool(threads, "jevons-csv-sweep");
		try {
			ordered(pool, 2 * threads + 1, sink);
		} finally {
			pool.shutdownNow();
		}
	}

	/** Segments formatted by the pool, at most {@code buffers} at once, written in the order of their points. */
	private void ordered(ExecutorService pool, int buffers, CsvSink sink) throws IOException {
		Deque<Segment> free = new ArrayDeque<>();
		for (int i = 0; i < buffers; i++) {
			free.push(new Segment(POINTS));
		}
		Deque<Future<Segment>> running = new ArrayDeque<>();
		int rows = sweep.rows();
		for (int first = 0; first < rows; first += POINTS) {
			if (free.isEmpty()) {
				free.push(writeNext(running, sink));
			}
			Segment segment = free.pop();
			int from = first, n = Math.min(POINTS, rows - first);
			running.add(pool.submit(() -> segment.format(from, n)));
		}
		while (!running.isEmpty()) {
			writeNext(running, sink);
		}
	}

	/** Waits for the oldest segment and writes it; returns its buffers for reuse. */
	private static Segment writeNext(Deque<Future<Segment>> running, CsvSink sink) throws IOException {
		Segment done;
		try {
			done = Workers.result(running.remove());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			InterruptedIOException stop = new InterruptedIOException("interrupted while writing a sweep");
			stop.initCause(e);
			throw stop;
		}
		sink.bytes(done.bytes, 0, done.length);
		return done;
	}

	private static byte[] utf8(String s) {
		return s.getBytes(StandardCharsets.UTF_8);
	}

	/** One segment's values and text; reused for segment after segment. */
	private final class Segment {
		final double[] values;
		final byte[] bytes;
		/**
		 * The bytes between one row's number and the next row's column name when both rows are of one point:
		 * {@code ,,,,\nsweeps,NAME,,POINT} (the first row of a segment starts after the line end).
		 */
		final byte[] joint = new byte[END.length + start.length + POINT_DIGITS];
		final InputText inputText = new InputText();
		int length;

		Segment(int points) {
			values = new double[points * width];
			bytes = new byte[points * pointBytes];
			System.arraycopy(END, 0, joint, 0, END.length);
			System.arraycopy(start, 0, joint, END.length, start.length);
		}

		/** Points {@code first .. first+n-1} (from 0; numbered from 1 in the text). */
		Segment format(int first, int n) {
			sweep.table().fill(first, n, values);
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
					double value = values[cell + c] / sizes[c];
					at = c < inputs ? inputText.write(bytes, at, value) : SixFigures.write(bytes, at, value);
				}
				joined = next(joined);
			}
			if (n > 0) {
				System.arraycopy(END, 0, bytes, at, END.length);
				at += END.length;
			}
			length = at;
			return this;
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

	/**
	 * The text of the varied inputs' values, kept by the value's bits: a sweep has a few thousand distinct values
	 * per input, each formatted once per segment instead of once per point.
	 */
	private static final class InputText {
		private static final int SLOTS = 1 << 13;
		private final long[] bits = new long[SLOTS];
		/** The text's length plus one; 0 for an empty slot (a value that is not a number has no text). */
		private final byte[] lengths = new byte[SLOTS];
		private final byte[] texts = new byte[SLOTS * SixFigures.MAX_LENGTH];

		int write(byte[] out, int at, double value) {
			long key = Double.doubleToRawLongBits(value);
			int slot = (int) ((key * 0x9E37_79B9_7F4A_7C15L) >>> 51); // Fibonacci hashing to 13 bits
			int offset = slot * SixFigures.MAX_LENGTH;
			if (lengths[slot] != 0 && bits[slot] == key) {
				int n = lengths[slot] - 1;
				System.arraycopy(texts, offset, out, at, n);
				return at + n;
			}
			int end = SixFigures.write(out, at, value);
			bits[slot] = key;
			lengths[slot] = (byte) (end - at + 1);
			System.arraycopy(out, at, texts, offset, end - at);
			return end;
		}
	}
}

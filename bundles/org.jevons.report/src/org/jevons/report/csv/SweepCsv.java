package org.jevons.report.csv;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.jevons.analysis.SweepResult;
import org.jevons.analysis.engine.Workers;

/**
 * A sweep's rows as CSV bytes, in one of two layouts: the tidy report's ({@link TidySweepRows}, one row per point
 * and column) or the wide table ({@link WideSweepRows}, one row per point). A sweep has up to 20 M points, so
 * segments of points are computed (the table's {@code fill}), converted to the fixed units and formatted on every
 * core into reused buffers, and written in order. Nothing is allocated per point, and memory does not grow with
 * the sweep.
 */
final class SweepCsv {
	/** Points per segment: up to a few MB of text, enough to keep a core busy between hand-overs. */
	static final int POINTS = 4096;

	private final SweepResult sweep;
	/** A segment's buffers for a number of points, in the layout's form. */
	private final IntFunction<Segment> segments;

	/** @param segments a segment's buffers for a number of points, in the layout's form */
	SweepCsv(SweepResult sweep, IntFunction<Segment> segments) {
		this.sweep = sweep;
		this.segments = segments;
	}

	/** Every row, in order, to {@code sink}: on every core when there is more than one segment. */
	void write(CsvSink sink) throws IOException {
		int rows = sweep.rows();
		if (rows <= POINTS) {
			Segment only = segments.apply(rows).format(0, rows);
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
			free.push(segments.apply(POINTS));
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

	/** One segment's values and text; reused for segment after segment, by one thread at a time. */
	abstract static class Segment {
		private final SweepResult sweep;
		final double[] values;
		final byte[] bytes;
		int length;

		Segment(SweepResult sweep, int points, int pointBytes) {
			this.sweep = sweep;
			this.values = new double[points * sweep.columns().size()];
			this.bytes = new byte[points * pointBytes];
		}

		/** Computes points {@code first .. first+n-1} (from 0) and formats them. */
		final Segment format(int first, int n) {
			sweep.table().fill(first, n, values);
			length = text(first, n);
			return this;
		}

		/** Formats the points in {@link #values} into {@link #bytes}; returns the length. */
		abstract int text(int first, int n);
	}
}

package org.jevons.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.jevons.attribution.Attribution;
import org.jevons.attribution.LogRow;
import org.jevons.attribution.Requests;

/**
 * One partition through an {@link Attribution}: input rows (as selected by {@link SparkAttribution}) in, attributed
 * requests out, lazily, in batches; when the input ends, the partition's aggregates go to the accumulator.
 */
final class AttributingIterator implements Iterator<Row> {
	private final Iterator<Row> input;
	private final Attribution attribution;
	private final ArrayDeque<Row> ready = new ArrayDeque<>();
	private final Runnable onEnd;
	private final LogRow row = new LogRow();
	private boolean ended;

	AttributingIterator(PlanSource source, Iterator<Row> input, PartialResults results, int partition) {
		this.input = input;
		this.attribution = new Attribution(source.plan(), this::emit);
		this.row.by = new String[source.plan().extraColumns().size()];
		this.onEnd = () -> results.add(new PartialResults.Partition(partition, attribution.groups(),
				attribution.problems()));
	}

	private void emit(Requests r) {
		for (int i = 0; i < r.size(); i++) {
			Timestamp time = r.time[i] == LogRow.NO_TIME ? null : micros(r.time[i]);
			ready.add(RowFactory.create(r.source[i], r.row[i], time, r.model[i], r.workload[i], r.prompt[i],
					r.reasoning[i], r.answer[i], orNull(r.energyWh[i]), orNull(r.carbonG[i]), orNull(r.waterMl[i])));
		}
	}

	/** As the embedded path writes it: a figure the boundary does not have is null, not NaN. */
	private static Double orNull(double value) {
		return Double.isNaN(value) ? null : value;
	}

	private static Timestamp micros(long micros) {
		Timestamp t = new Timestamp(Math.floorDiv(micros, 1000));
		t.setNanos((int) Math.floorMod(micros, 1_000_000) * 1000);
		return t;
	}

	@Override
	public boolean hasNext() {
		try {
			while (ready.isEmpty() && !ended) {
				if (input.hasNext()) {
					SparkAttribution.fill(row, input.next());
					attribution.accept(row);
				} else {
					attribution.finish();
					ended = true;
					onEnd.run();
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e); // the sink above does not throw; kept for the interface
		}
		return !ready.isEmpty();
	}

	@Override
	public Row next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		return ready.poll();
	}
}

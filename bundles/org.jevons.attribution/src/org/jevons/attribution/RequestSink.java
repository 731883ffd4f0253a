package org.jevons.attribution;

import java.io.IOException;

/** Where per-request results go: a DuckDB appender, a Spark partition's output, or nowhere. */
@FunctionalInterface
public interface RequestSink {
	/** Aggregates only. */
	RequestSink NONE = requests -> {
	};

	/** Takes a batch; the arrays are reused for the next batch once this returns. */
	void write(Requests requests) throws IOException;
}

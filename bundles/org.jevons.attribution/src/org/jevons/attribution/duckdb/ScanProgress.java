package org.jevons.attribution.duckdb;

/**
 * What an embedded run tells about its progress, and how it learns that it should stop (the workbench's job). It is
 * asked between chunks of 2048 rows; a cancelled run throws {@link java.util.concurrent.CancellationException} and
 * writes nothing.
 */
public interface ScanProgress {
	/** No reporting, never cancelled (the command line). */
	ScanProgress NONE = new ScanProgress() {
	};

	/** The rows the logs have (those DuckDB can read), known after a first pass over the text columns. */
	default void started(long rows) {
	}

	/** Rows read so far, over all files. */
	default void read(long rows) {
	}

	default boolean cancelled() {
		return false;
	}
}

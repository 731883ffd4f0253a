/** The embedded path of {@code jevons attribute}: DuckDB reads CSV/Parquet logs and writes the results atomically. */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.attribution.duckdb;

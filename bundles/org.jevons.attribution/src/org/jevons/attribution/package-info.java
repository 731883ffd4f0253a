/**
 * Attribution of logged usage: every request of a log mapped to an inference workload and given its energy, carbon
 * and water by the inference kernel of {@code analyze}, with aggregates and their Monte Carlo percentiles. No I/O
 * here: the readers (DuckDB, Spark) feed {@link org.jevons.attribution.LogRow}s.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.attribution;

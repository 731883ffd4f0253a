package org.jevons.attribution.duckdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The log files of an attribution, as a DuckDB table function: CSV ({@code .csv}, {@code .tsv}, optionally
 * gzipped) or Parquet, from files or folders (every log file below, sorted). All files of one run have one format.
 */
record LogSource(List<Path> files, boolean parquet) {

	/** Expands folders and checks that there is at least one log and that all have one format. */
	static LogSource of(List<Path> inputs) throws AttributionException {
		List<Path> files = new ArrayList<>();
		for (Path input : inputs) {
			if (Files.isDirectory(input)) {
				try (Stream<Path> walk = Files.walk(input)) {
					walk.filter(Files::isRegularFile).filter(p -> format(p) != Format.OTHER).sorted()
							.forEach(files::add);
				} catch (IOException e) {
					throw new AttributionException("cannot read folder " + input + ": " + e.getMessage());
				}
			} else if (Files.isRegularFile(input)) {
				if (format(input) == Format.OTHER) {
					throw new AttributionException(input + " is not a log: use .csv, .tsv (optionally .gz) or .parquet");
				}
				files.add(input);
			} else {
				throw new AttributionException("no such file or folder: " + input);
			}
		}
		if (files.isEmpty()) {
			throw new AttributionException("no .csv, .tsv or .parquet log in " + inputs);
		}
		Format first = format(files.get(0));
		for (Path file : files) {
			if (format(file) != first) {
				throw new AttributionException("logs of one run must have one format: " + files.get(0) + " and "
						+ file + " differ");
			}
		}
		return new LogSource(List.copyOf(files), first == Format.PARQUET);
	}

	private enum Format {
		CSV, PARQUET, OTHER
	}

	private static Format format(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
		if (name.endsWith(".parquet")) {
			return Format.PARQUET;
		}
		return name.endsWith(".csv") || name.endsWith(".tsv") ? Format.CSV : Format.OTHER;
	}

	/**
	 * A table function over some of the files. CSV is read as text (every cast is the attribution's, so a bad cell
	 * is a counted problem, not a failed scan); lines DuckDB cannot split into the header's columns are skipped and,
	 * with {@code keepRejects}, listed in its rejects tables.
	 */
	String tableFunction(List<Path> some, boolean keepRejects) {
		String list = some.stream().map(p -> Sql.literal(p.toString())).reduce((a, b) -> a + ", " + b).orElseThrow();
		return parquet ? "read_parquet([" + list + "])"
				: "read_csv([" + list + "], header = true, all_varchar = true, "
						+ (keepRejects ? "store_rejects = true)" : "ignore_errors = true)");
	}
}

package org.jevons.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jevons.analysis.SweepResult;
import org.jevons.report.AtomicFiles;
import org.jevons.report.Reports;
import org.jevons.report.SweepTables;

/**
 * {@code analyze --sweeps DIR}: each sweep as a wide CSV table of its own, {@code DIR/NAME.csv}
 * ({@link SweepTables#fileNames}), streamed and written atomically like a report.
 */
final class SweepFiles {
	private SweepFiles() {
	}

	/** Refuses a path that is a file, before any work is done (the folder itself is made when written). */
	static void requireFolder(Path folder) throws IOException {
		if (Files.exists(folder) && !Files.isDirectory(folder)) {
			throw new IOException(folder + " is a file, not a folder (--sweeps DIR writes one file per sweep)");
		}
	}

	/** Writes the tables into {@code folder}, which {@link #requireFolder} has accepted before the analysis. */
	static void write(Path folder, List<SweepResult> sweeps) throws IOException {
		List<String> names = SweepTables.fileNames(sweeps);
		for (int i = 0; i < sweeps.size(); i++) {
			SweepResult sweep = sweeps.get(i);
			AtomicFiles.write(folder.resolve(names.get(i)), out -> Reports.writeSweep(sweep, out));
		}
	}
}

package org.jevons.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jevons.analysis.SweepResult;
import org.jevons.report.Reports;

/**
 * {@code analyze --sweeps DIR}: each sweep as a wide CSV table of its own, {@code DIR/NAME.csv}, streamed and
 * written atomically like a report. A name is the sweep's (an identifier); characters a file name should not hold
 * become {@code _}, and a name met twice (two files of the same sweep name) gets {@code _2}, {@code _3}, ….
 */
final class SweepFiles {
	private SweepFiles() {
	}

	static void write(Path folder, List<SweepResult> sweeps) throws IOException {
		Set<String> taken = new HashSet<>();
		for (SweepResult sweep : sweeps) {
			String base = sweep.name().replaceAll("[^\\p{L}\\p{N}_.-]", "_");
			String name = base;
			for (int n = 2; !taken.add(name); n++) {
				name = base + "_" + n;
			}
			Outputs.streamAtomically(folder.resolve(name + ".csv"), out -> Reports.writeSweep(sweep, out));
		}
	}
}

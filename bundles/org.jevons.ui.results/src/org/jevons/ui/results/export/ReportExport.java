package org.jevons.ui.results.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jevons.analysis.SweepResult;
import org.jevons.report.AtomicFiles;
import org.jevons.report.ReportFormat;
import org.jevons.report.Reports;
import org.jevons.report.SweepTables;
import org.jevons.ui.results.run.AnalysisRun;

/**
 * Writes the whole analysis as a report with the CLI's writers ({@link Reports#write}), and the sweeps as the wide
 * tables of {@code jevons analyze --sweeps}, whole or not at all ({@link AtomicFiles}, as the CLI writes them, with
 * the permissions of any new file). Both are streamed: a CSV report of a sweep of millions of
 * points is gigabytes of text, which must not be held in the heap.
 */
public final class ReportExport {
	private ReportExport() {
	}

	/** The format of a file name's extension: .html, .json, .csv, .md, .txt. */
	public static Optional<ReportFormat> formatOf(Path file) {
		String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
		int dot = name.lastIndexOf('.');
		String extension = dot < 0 ? "" : name.substring(dot + 1);
		for (ReportFormat f : ReportFormat.values()) {
			if (f.extension().equals(extension) || (f == ReportFormat.HTML && extension.equals("htm"))) {
				return Optional.of(f);
			}
		}
		return Optional.empty();
	}

	public static void write(AnalysisRun run, ReportFormat format, Path file) throws IOException {
		AtomicFiles.write(file, out -> Reports.write(run.result(), run.context(), format, out));
	}

	/** Each sweep of the run as {@code folder/NAME.csv} ({@link SweepTables#fileNames}); returns the files. */
	public static List<Path> writeSweepTables(AnalysisRun run, Path folder) throws IOException {
		List<SweepResult> sweeps = run.result().sweeps();
		List<Path> files = SweepTables.fileNames(sweeps).stream().map(folder::resolve).toList();
		for (int i = 0; i < sweeps.size(); i++) {
			SweepResult sweep = sweeps.get(i);
			AtomicFiles.write(files.get(i), out -> Reports.writeSweep(sweep, out));
		}
		return files;
	}
}

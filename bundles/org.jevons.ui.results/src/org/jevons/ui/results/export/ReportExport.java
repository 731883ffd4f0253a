package org.jevons.ui.results.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jevons.analysis.SweepResult;
import org.jevons.report.ReportFormat;
import org.jevons.report.Reports;
import org.jevons.report.SweepTables;
import org.jevons.ui.results.run.AnalysisRun;

/**
 * Writes the whole analysis as a report with the CLI's writers ({@link Reports#write}), and the sweeps as the wide
 * tables of {@code jevons analyze --sweeps}, atomically. Both are streamed: a CSV report of a sweep of millions of
 * points is gigabytes of text, which must not be held in the heap.
 */
public final class ReportExport {
	private ReportExport() {
	}

	/** What goes into a file. */
	@FunctionalInterface
	private interface Content {
		void writeTo(OutputStream out) throws IOException;
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
		writeAtomically(file, out -> Reports.write(run.result(), run.context(), format, out));
	}

	/** Each sweep of the run as {@code folder/NAME.csv} ({@link SweepTables#fileNames}); returns the files. */
	public static List<Path> writeSweepTables(AnalysisRun run, Path folder) throws IOException {
		List<SweepResult> sweeps = run.result().sweeps();
		List<Path> files = SweepTables.fileNames(sweeps).stream().map(folder::resolve).toList();
		for (int i = 0; i < sweeps.size(); i++) {
			SweepResult sweep = sweeps.get(i);
			writeAtomically(files.get(i), out -> Reports.writeSweep(sweep, out));
		}
		return files;
	}

	/** Streams the content to a temporary file beside the target, then renames it: whole or not at all. */
	private static void writeAtomically(Path file, Content content) throws IOException {
		Path parent = file.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		Path temporary = Files.createTempFile(parent, ".jevons-report", ".tmp");
		try {
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
				content.writeTo(out);
			}
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}
}

package org.jevons.ui.results.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;

import org.jevons.report.ReportFormat;
import org.jevons.report.Reports;
import org.jevons.ui.results.run.AnalysisRun;

/** Writes the whole analysis as a report with the CLI's renderers ({@link Reports#render}), atomically. */
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
		String report = Reports.render(run.result(), run.context(), format);
		Path parent = file.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		Path temporary = Files.createTempFile(parent, ".jevons-report", ".tmp");
		try {
			Files.writeString(temporary, report, StandardCharsets.UTF_8);
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}
}

package org.jevons.ui.results.export;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.resources.IResource;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.jevons.ui.results.run.AnalysisRun;
import org.jevons.ui.results.run.ResultsStore;

/**
 * Where export dialogs open and what they propose: the folder of the project analysed (else the user's home), and a
 * file name made of the chart's title or the analysed scope.
 */
public final class ExportTargets {
	private ExportTargets() {
	}

	/** The latest analysis; without one, says so in a dialog titled {@code title} and gives none. */
	static Optional<AnalysisRun> latestOrSay(Shell shell, String title) {
		Optional<AnalysisRun> run = ResultsStore.get().latest();
		if (run.isEmpty()) {
			MessageDialog.openInformation(shell, title, "Analyse a model first (Ctrl+Alt+A).");
		}
		return run;
	}

	/** The analysed project's folder on disk, else the user's home. */
	public static Path folder(Optional<AnalysisRun> run) {
		return run.flatMap(r -> r.scope().stream().findFirst()).map(IResource::getProject)
				.flatMap(p -> Optional.ofNullable(p.getLocation())).map(l -> l.toPath())
				.orElse(Path.of(System.getProperty("user.home")));
	}

	/** "R1_chat: sensitivity of energy per request" → "R1_chat-sensitivity-of-energy-per-request". */
	public static String fileName(String title, String extension) {
		String slug = title.replaceAll("[^\\p{L}\\p{N}_.]+", "-").replaceAll("^-+|-+$", "");
		if (slug.length() > 80) {
			slug = slug.substring(0, 80).replaceAll("-+$", "");
		}
		return (slug.isEmpty() ? "chart" : slug) + "." + extension.toLowerCase(Locale.ROOT);
	}

	/** The report's name: the analysed scope's name and "energy-report". */
	public static String reportName(Optional<AnalysisRun> run, String extension) {
		String scope = run.flatMap(r -> r.scope().stream().findFirst()).map(IResource::getName)
				.map(n -> n.replaceAll("\\.energy$", "")).orElse("");
		return fileName(scope.isEmpty() ? "energy-report" : scope + "-energy-report", extension);
	}
}

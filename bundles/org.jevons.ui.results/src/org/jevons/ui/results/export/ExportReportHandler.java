package org.jevons.ui.results.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.jevons.report.ReportFormat;
import org.jevons.ui.results.run.AnalysisRun;
import org.jevons.ui.results.run.ResultsStore;

/** "Export Energy Report…": the latest analysis as HTML, JSON, CSV, Markdown or text, by the file's extension. */
public final class ExportReportHandler extends AbstractHandler {
	public static final String COMMAND_ID = "org.jevons.ui.results.exportReport";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		Optional<AnalysisRun> run = ResultsStore.get().latest();
		if (run.isEmpty()) {
			MessageDialog.openInformation(shell, "Export Energy Report", "Analyse a model first (Ctrl+Alt+A).");
			return null;
		}
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText("Export Energy Report");
		dialog.setFilterExtensions(new String[] { "*.html", "*.json", "*.csv", "*.md", "*.txt" });
		dialog.setFilterNames(new String[] { "HTML with charts", "JSON", "CSV", "Markdown", "Text" });
		dialog.setFilterPath(ExportTargets.folder(run).toString());
		dialog.setFileName(ExportTargets.reportName(run, "html"));
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return null;
		}
		Path file = Path.of(chosen);
		ReportFormat format = ReportExport.formatOf(file).orElse(ReportFormat.HTML);
		try {
			ReportExport.write(run.get(), format, file);
		} catch (IOException e) {
			throw new ExecutionException("Cannot write " + file + ": " + e.getMessage(), e);
		}
		return null;
	}
}

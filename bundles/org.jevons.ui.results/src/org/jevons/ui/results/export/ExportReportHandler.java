package org.jevons.ui.results.export;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.jevons.report.ReportFormat;
import org.jevons.ui.results.run.AnalysisRun;

/** "Export Energy Report…": the latest analysis as HTML, JSON, CSV, Markdown or text, by the file's extension. */
public final class ExportReportHandler extends AbstractHandler {
	public static final String COMMAND_ID = "org.jevons.ui.results.exportReport";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		Optional<AnalysisRun> run = ExportTargets.latestOrSay(shell, "Export Energy Report");
		if (run.isEmpty()) {
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
		AnalysisRun latest = run.get();
		new ExportJob("Exporting the energy report", file, () -> ReportExport.write(latest, format, file)).schedule();
		return null;
	}
}

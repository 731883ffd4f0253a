package org.jevons.ui.results.export;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.jevons.ui.results.run.AnalysisRun;

/**
 * "Export Sweep Tables…": each sweep of the latest analysis as a wide CSV table, {@code NAME.csv} in a chosen
 * folder, as {@code jevons analyze --sweeps DIR} writes them (one row per point, the columns side by side).
 */
public final class ExportSweepTablesHandler extends AbstractHandler {
	public static final String COMMAND_ID = "org.jevons.ui.results.exportSweepTables";
	private static final String TITLE = "Export Sweep Tables";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		Optional<AnalysisRun> run = ExportTargets.latestOrSay(shell, TITLE);
		if (run.isEmpty()) {
			return null;
		}
		if (run.get().result().sweeps().isEmpty()) {
			MessageDialog.openInformation(shell, TITLE, "The latest analysis has no sweep.");
			return null;
		}
		DirectoryDialog dialog = new DirectoryDialog(shell);
		dialog.setText(TITLE);
		dialog.setMessage("Folder for one CSV table per sweep (NAME.csv, replaced if present)");
		dialog.setFilterPath(ExportTargets.folder(run).toString());
		String chosen = dialog.open();
		if (chosen == null) {
			return null;
		}
		Path folder = Path.of(chosen);
		AnalysisRun latest = run.get();
		new ExportJob("Exporting sweep tables", folder, () -> ReportExport.writeSweepTables(latest, folder))
				.schedule();
		return null;
	}
}

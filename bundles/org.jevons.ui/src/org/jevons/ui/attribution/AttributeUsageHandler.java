package org.jevons.ui.attribution;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.jevons.ui.preferences.JevonsPreferences;

/**
 * "Attribute Usage…" (Analysis menu, context menu of logs, {@code .energy} files and folders): on a selected log (CSV,
 * TSV or Parquet) it attributes that log; on anything else in a project it asks for the log. The models are the
 * {@code .energy} files of the project. The run is an {@link AttributionJob}; its summary goes to the
 * {@link AttributionView}.
 */
public final class AttributeUsageHandler extends AbstractHandler {
	public static final String COMMAND_ID = "org.jevons.ui.attributeUsage";

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		Shell shell = HandlerUtil.getActiveShell(event);
		Optional<IResource> selected = selected(event);
		if (window == null || shell == null) {
			return null;
		}
		if (selected.isEmpty()) {
			MessageDialog.openInformation(shell, "Attribute Usage", AttributionView.EMPTY);
			return null;
		}
		IProject project = selected.get().getProject();
		Optional<Path> log = isLog(selected.get()) ? path(selected.get()) : askForLog(shell, project);
		if (log.isEmpty()) {
			return null;
		}
		attribute(window.getActivePage(), models(project), log.get());
		return null;
	}

	/** Shows the view and schedules the run; returns the job (tests wait for it). */
	public static AttributionJob attribute(IWorkbenchPage page, List<Path> models, Path log) {
		try {
			page.showView(AttributionView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
		} catch (PartInitException e) {
			ILog.of(AttributeUsageHandler.class).log(e.getStatus());
		}
		Display display = page.getWorkbenchWindow().getShell().getDisplay();
		AttributionJob job = new AttributionJob(models, log, JevonsPreferences.seed(),
				summary -> display.asyncExec(() -> show(page, summary)));
		job.schedule();
		return job;
	}

	private static void show(IWorkbenchPage page, AttributionSummary summary) {
		try {
			((AttributionView) page.showView(AttributionView.ID, null, IWorkbenchPage.VIEW_VISIBLE)).show(summary);
		} catch (PartInitException e) {
			ILog.of(AttributeUsageHandler.class).log(e.getStatus());
		}
	}

	private static Optional<IResource> selected(ExecutionEvent event) {
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection s && !s.isEmpty()) {
			return Optional.ofNullable(Adapters.adapt(s.getFirstElement(), IResource.class));
		}
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		return editor == null ? Optional.empty()
				: Optional.ofNullable(Adapters.adapt(editor.getEditorInput(), IFile.class));
	}

	static boolean isLog(IResource resource) {
		String name = resource.getName().toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
		return resource.getType() == IResource.FILE
				&& (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".parquet"));
	}

	private static Optional<Path> askForLog(Shell shell, IProject project) {
		FileDialog dialog = new FileDialog(shell, SWT.OPEN);
		dialog.setText("Attribute Usage: choose a usage log");
		dialog.setFilterExtensions(new String[] { "*.csv;*.tsv;*.parquet;*.csv.gz", "*.*" });
		dialog.setFilterNames(new String[] { "Usage logs (CSV, TSV, Parquet)", "All files" });
		path(project).ifPresent(p -> dialog.setFilterPath(p.toString()));
		return Optional.ofNullable(dialog.open()).map(Path::of);
	}

	private static Optional<Path> path(IResource resource) {
		return Optional.ofNullable(resource.getLocation()).map(IPath::toPath);
	}

	/** The {@code .energy} files of the project, in the file system. */
	static List<Path> models(IProject project) {
		List<Path> models = new ArrayList<>();
		try {
			project.accept(r -> {
				if (r.getType() == IResource.FILE && "energy".equals(r.getFileExtension())) {
					path(r).ifPresent(models::add);
				}
				return true;
			});
		} catch (CoreException e) {
			ILog.of(AttributeUsageHandler.class).log(e.getStatus());
		}
		return models;
	}
}

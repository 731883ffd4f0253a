package org.jevons.ui.results.run;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.jevons.ui.preferences.JevonsPreferences;
import org.jevons.ui.results.view.ResultsView;

/**
 * "Analyze Energy Model" (toolbar, context menu of files and folders, Ctrl+Alt+A): analyses the selected files
 * and folders, or the file of the active editor, in an {@link AnalysisJob}, and shows the Energy Results view.
 */
public final class AnalyzeHandler extends AbstractHandler {
	public static final String COMMAND_ID = "org.jevons.ui.results.analyze";

	@Override
	public Object execute(ExecutionEvent event) {
		List<IResource> scope = scope(HandlerUtil.getCurrentSelection(event), HandlerUtil.getActiveEditor(event));
		if (scope.isEmpty()) {
			return null;
		}
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event) == null ? null
				: HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
		if (page != null) {
			try {
				page.showView(ResultsView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
			} catch (PartInitException e) {
				org.eclipse.core.runtime.ILog.of(getClass()).log(e.getStatus());
			}
		}
		new AnalysisJob(scope, JevonsPreferences.settings(), JevonsPreferences.sampleRule()).schedule();
		return null;
	}

	/** The resources of a structured selection; else the active editor's file. */
	static List<IResource> scope(ISelection selection, IEditorPart editor) {
		List<IResource> scope = new ArrayList<>();
		if (selection instanceof IStructuredSelection s && !s.isEmpty()) {
			for (Object o : s.toList()) {
				IResource r = Adapters.adapt(o, IResource.class);
				if (r != null) {
					scope.add(r);
				}
			}
		}
		if (scope.isEmpty() && editor != null) {
			IFile file = Adapters.adapt(editor.getEditorInput(), IFile.class);
			if (file != null) {
				scope.add(file);
			}
		}
		return scope;
	}
}

package org.jevons.rcp.help;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Help > Help Contents (F1): opens the help view on the first steps. */
public final class HelpContentsHandler extends AbstractHandler {
	public static final String COMMAND_ID = "org.jevons.rcp.helpContents";

	@Override
	public @Nullable Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		try {
			HelpView view = (HelpView) window.getActivePage().showView(HelpView.ID);
			view.show(HelpDocuments.PAGES.get(0));
		} catch (PartInitException e) {
			throw new ExecutionException("Cannot open the help", e);
		}
		return null;
	}
}

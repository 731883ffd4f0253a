package org.jevons.rcp.welcome;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.osgi.service.prefs.BackingStoreException;

/** Help > Welcome shows the Welcome page; a workspace's first start shows it once, beside the first example. */
public final class Welcome extends AbstractHandler {
	public static final String COMMAND_ID = "org.jevons.rcp.welcome";
	/** Set in the workspace's preferences once the page was shown: closing it is respected. */
	public static final String SHOWN = "welcomeShown";
	private static final String PLUGIN_ID = "org.jevons.rcp";

	@Override
	public @Nullable Object execute(ExecutionEvent event) throws ExecutionException {
		try {
			HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().showView(WelcomeView.ID);
		} catch (PartInitException e) {
			throw new ExecutionException("Cannot open the Welcome page", e);
		}
		return null;
	}

	/**
	 * On the first start of a workspace: shows the page without taking the focus from the editor. Returns whether it
	 * was shown.
	 */
	public static boolean showOnFirstStart(IWorkbenchPage page) {
		IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(PLUGIN_ID);
		if (prefs.getBoolean(SHOWN, false) || Boolean.getBoolean("jevons.noWelcome")) {
			return false;
		}
		prefs.putBoolean(SHOWN, true);
		try {
			prefs.flush();
			page.showView(WelcomeView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
			return true;
		} catch (BackingStoreException | PartInitException e) {
			ILog.of(Welcome.class).log(Status.warning("Cannot show the Welcome page", e));
			return false;
		}
	}
}

package org.jevons.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/** The plug-in id and logging into the Eclipse log (never swallow an exception: log it here). */
public final class JevonsUi {

	public static final String PLUGIN_ID = "org.jevons.ui";

	private JevonsUi() {
	}

	public static void error(String message, Throwable t) {
		ILog.of(JevonsUi.class).log(new Status(IStatus.ERROR, PLUGIN_ID, message, t));
	}

	public static void warning(String message, Throwable t) {
		ILog.of(JevonsUi.class).log(new Status(IStatus.WARNING, PLUGIN_ID, message, t));
	}

	public static void warning(String message) {
		ILog.of(JevonsUi.class).log(new Status(IStatus.WARNING, PLUGIN_ID, message));
	}

	public static void info(String message) {
		ILog.of(JevonsUi.class).log(new Status(IStatus.INFO, PLUGIN_ID, message));
	}
}

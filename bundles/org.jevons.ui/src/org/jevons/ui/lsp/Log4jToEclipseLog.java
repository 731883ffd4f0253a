package org.jevons.ui.lsp;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;
import org.apache.log4j.spi.ThrowableInformation;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jdt.annotation.Nullable;
import org.jevons.ui.JevonsUi;

/**
 * Xtext logs through log4j 1.2 and has no appender in the workbench: without this, errors of the language server
 * (an exception inside a request) would vanish. Warnings and errors go to the Eclipse log.
 */
public final class Log4jToEclipseLog extends AppenderSkeleton {

	private static volatile boolean installed;

	/** Adds the appender to log4j's root logger once (WARN and above). */
	public static synchronized void install() {
		if (installed) {
			return;
		}
		Logger root = Logger.getRootLogger();
		root.addAppender(new Log4jToEclipseLog());
		if (root.getLevel() == null || !root.getLevel().isGreaterOrEqual(Level.WARN)) {
			root.setLevel(Level.WARN);
		}
		installed = true;
	}

	@Override
	protected void append(LoggingEvent event) {
		int severity = event.getLevel().isGreaterOrEqual(Level.ERROR) ? IStatus.ERROR
				: event.getLevel().isGreaterOrEqual(Level.WARN) ? IStatus.WARNING : IStatus.INFO;
		ThrowableInformation info = event.getThrowableInformation();
		@Nullable Throwable t = info == null ? null : info.getThrowable();
		String message = "[language server] " + event.getLoggerName() + ": " + event.getRenderedMessage();
		ILog.of(Log4jToEclipseLog.class).log(new Status(severity, JevonsUi.PLUGIN_ID, message, t));
	}

	@Override
	public void close() {
	}

	@Override
	public boolean requiresLayout() {
		return false;
	}
}

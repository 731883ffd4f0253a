package org.jevons.cli;

import java.io.PrintWriter;
import java.util.function.Supplier;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;
import org.apache.log4j.spi.LoggingEvent;

/**
 * Xtext logs through log4j 1.2, and its jar carries a configuration that logs INFO to System.out: that would mix
 * log lines into reports and corrupt the language server's stdio stream. The tools log errors only, to stderr.
 * Configured in code (not by a properties file) so that it works on the plain classpath and in OSGi alike.
 */
final class Logging {
	private static final String PATTERN = "jevons: %-5p %c{1} - %m%n";

	private Logging() {
	}

	static void toStandardError(Level level) {
		Logger root = Logger.getRootLogger();
		root.removeAllAppenders();
		root.setLevel(level);
		root.addAppender(new ConsoleAppender(new PatternLayout(PATTERN), ConsoleAppender.SYSTEM_ERR));
	}

	/**
	 * Errors to whichever standard error is current: in the background server, that of the run being served (so
	 * that its client sees them as it would in a JVM of its own), else the server's log.
	 */
	static void toCurrentError(Level level, Supplier<PrintWriter> current) {
		Logger root = Logger.getRootLogger();
		root.removeAllAppenders();
		root.setLevel(level);
		AppenderSkeleton appender = new AppenderSkeleton() {
			@Override
			protected void append(LoggingEvent event) {
				PrintWriter writer = current.get();
				writer.print(getLayout().format(event));
				String[] trace = event.getThrowableStrRep();
				if (trace != null) {
					for (String line : trace) {
						writer.println(line);
					}
				}
				writer.flush();
			}

			@Override
			public boolean requiresLayout() {
				return true;
			}

			@Override
			public void close() {
				// writes to writers owned by others: nothing to release
			}
		};
		appender.setLayout(new PatternLayout(PATTERN));
		root.addAppender(appender);
	}
}

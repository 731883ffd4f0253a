package org.jevons.cli;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;

/**
 * Xtext logs through log4j 1.2, and its jar carries a configuration that logs INFO to System.out: that would mix
 * log lines into reports and corrupt the language server's stdio stream. The tools log errors only, to stderr.
 * Configured in code (not by a properties file) so that it works on the plain classpath and in OSGi alike.
 */
final class Logging {
	private Logging() {
	}

	static void toStandardError(Level level) {
		Logger root = Logger.getRootLogger();
		root.removeAllAppenders();
		root.setLevel(level);
		root.addAppender(new ConsoleAppender(new PatternLayout("jevons: %-5p %c{1} - %m%n"), ConsoleAppender.SYSTEM_ERR));
	}
}

package org.jevons.cli;

import java.util.Locale;

import org.jevons.analysis.Problem;

/** Analysis problems in the compiler form of the validator's diagnostics. */
final class Diagnostics {
	private Diagnostics() {
	}

	static String format(Problem p) {
		String file = p.origin().file().isEmpty() ? "jevons" : p.origin().file();
		return file + ":" + Math.max(1, p.origin().line()) + ":" + Math.max(1, p.origin().column()) + ": "
				+ p.severity().name().toLowerCase(Locale.ROOT) + ": " + p.message();
	}
}

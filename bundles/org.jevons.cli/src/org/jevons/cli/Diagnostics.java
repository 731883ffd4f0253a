package org.jevons.cli;

import java.util.Locale;

import org.jevons.analysis.ExpectationResult;
import org.jevons.analysis.Problem;
import org.jevons.analysis.spec.Specs.Origin;
import org.jevons.report.Human;

/**
 * Analysis problems in the compiler form of the validator's diagnostics. Origins name files as they were given
 * on the command line (the workspace records them), so both kinds of lines agree.
 */
final class Diagnostics {
	private Diagnostics() {
	}

	static String format(Problem p) {
		return place(p.origin()) + p.severity().name().toLowerCase(Locale.ROOT) + ": " + p.message();
	}

	/** A missed budget, at its {@code expect}, with the figures in the units a reader expects. */
	static String failedExpectation(ExpectationResult e) {
		String values = Human.actualAndLimit(e).map(v -> " (actual " + v[0] + ", limit " + v[1] + ")").orElse("");
		return place(e.origin()) + "error: expectation failed: " + e.name() + values;
	}

	private static String place(Origin origin) {
		String file = origin.file().isEmpty() ? "jevons" : origin.file();
		return file + ":" + Math.max(1, origin.line()) + ":" + Math.max(1, origin.column()) + ": ";
	}
}

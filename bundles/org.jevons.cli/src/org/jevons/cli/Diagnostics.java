package org.jevons.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

import org.jevons.analysis.Estimate;
import org.jevons.analysis.ExpectationResult;
import org.jevons.analysis.Figure;
import org.jevons.analysis.Problem;
import org.jevons.analysis.spec.Specs.Origin;
import org.jevons.report.Human;
import org.jevons.report.Unit;

/** Analysis problems in the compiler form of the validator's diagnostics. */
final class Diagnostics {
	private Diagnostics() {
	}

	static String format(Problem p) {
		return place(p.origin()) + p.severity().name().toLowerCase(Locale.ROOT) + ": " + p.message();
	}

	/** A missed budget, at its {@code expect}, with the figures in the units a reader expects. */
	static String failedExpectation(ExpectationResult e) {
		Figure actual = e.actual().orElseThrow();
		Unit unit = Human.unitFor(actual.key(), actual.dimension(), actual.estimate());
		return place(e.origin()) + "error: expectation failed: " + e.name() + " (actual " + Human.format(actual)
				+ ", limit " + Human.format(actual.key(), actual.dimension(), Estimate.exact(e.limit()), unit) + ")";
	}

	private static String place(Origin origin) {
		String file = origin.file().isEmpty() ? "jevons" : relative(origin.file());
		return file + ":" + Math.max(1, origin.line()) + ":" + Math.max(1, origin.column()) + ": ";
	}

	/** Paths under the working directory as the user typed them, like the validator's diagnostics. */
	private static String relative(String file) {
		try {
			Path path = Path.of(file);
			Path here = Path.of("").toAbsolutePath();
			return path.isAbsolute() && path.startsWith(here) ? here.relativize(path).toString() : file;
		} catch (InvalidPathException notAPath) {
			return file; // a library resource (jar: URL) is shown as it is
		}
	}
}

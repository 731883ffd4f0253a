package org.jevons.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.jevons.analysis.Problem;
import org.jevons.analysis.Settings;
import org.jevons.analysis.StudyResult;

/**
 * What a report says besides the results: the inputs it was computed from and the diagnostics of parsing.
 *
 * @param files       the input files as given on the command line
 * @param settings    Monte Carlo samples and seed, stated in the report so that it can be reproduced
 * @param full        all sweep rows in JSON, even above {@link #SWEEP_ROWS_LIMIT} points ({@code --full})
 * @param diagnostics parser and validator diagnostics; analysis problems are added from the result
 */
public record ReportContext(List<String> files, Settings settings, boolean full, List<ReportDiagnostic> diagnostics) {
	/** JSON omits sweep rows above this many points unless {@link #full}. */
	public static final int SWEEP_ROWS_LIMIT = 10_000;

	public ReportContext {
		files = List.copyOf(files);
		diagnostics = List.copyOf(diagnostics);
	}

	public static ReportContext of(List<String> files, Settings settings) {
		return new ReportContext(files, settings, false, List.of());
	}

	/** The context's diagnostics, then every problem of the result, each once. */
	public List<ReportDiagnostic> allDiagnostics(StudyResult result) {
		LinkedHashSet<ReportDiagnostic> all = new LinkedHashSet<>(diagnostics);
		for (Problem problem : result.allProblems()) {
			all.add(ReportDiagnostic.of(problem));
		}
		return new ArrayList<>(all);
	}

	/** Whether JSON carries a sweep's rows. */
	public boolean rowsFor(int points) {
		return full || points <= SWEEP_ROWS_LIMIT;
	}
}

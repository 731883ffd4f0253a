package org.jevons.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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

	/** The context's diagnostics, then every problem of the result not already said, each once. */
	public List<ReportDiagnostic> allDiagnostics(StudyResult result) {
		LinkedHashSet<ReportDiagnostic> all = new LinkedHashSet<>(diagnostics);
		for (Problem problem : analysisProblems(result)) {
			all.add(ReportDiagnostic.of(problem));
		}
		return new ArrayList<>(all);
	}

	/**
	 * The analyses' problems that the validator has not already reported: an analysis error on a line that has
	 * a validator error says the same thing again (a training without hours nor MFU is one problem, not two).
	 */
	public List<Problem> analysisProblems(StudyResult result) {
		Set<String> errorLines = new HashSet<>();
		for (ReportDiagnostic d : diagnostics) {
			if (d.severity() == ReportDiagnostic.Severity.ERROR) {
				errorLines.add(d.file() + ":" + d.line());
			}
		}
		return result.allProblems().stream().filter(p -> p.severity() != Problem.Severity.ERROR
				|| !errorLines.contains(p.origin().file() + ":" + p.origin().line())).toList();
	}

	/** Whether JSON carries a sweep's rows. */
	public boolean rowsFor(int points) {
		return full || points <= SWEEP_ROWS_LIMIT;
	}
}

package org.jevons.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jevons.analysis.AnalysisResult;
import org.jevons.analysis.ExpectationResult;
import org.jevons.analysis.Settings;
import org.jevons.analysis.StudyResult;
import org.jevons.analysis.SweepResult;
import org.jevons.analysis.spec.Specs.Origin;

/**
 * The human formats' view of a study: sections of blocks of tables, every number already formatted. Text,
 * Markdown and HTML only differ in how they lay it out.
 */
public final class ReportModel {
	private ReportModel() {
	}

	/** "2 files, 10 000 samples, seed 20250129" — what is needed to reproduce the figures. */
	public static String runLine(ReportContext context) {
		Settings s = context.settings();
		String files = context.files().isEmpty() ? "" : String.join(", ", context.files()) + " — ";
		return files + (s.samples() == 0 ? "no sampling (nominal values only)"
				: String.format(Locale.ROOT, "%,d", s.samples()).replace(',', ' ') + " Monte Carlo samples, seed "
						+ s.seed());
	}

	/**
	 * @param sweepRows at most this many rows of each sweep (the rest is in CSV and JSON)
	 */
	public static List<Section> sections(StudyResult result, ReportContext context, int sweepRows) {
		List<Section> sections = new ArrayList<>();
		add(sections, "trainings", "Trainings", result.trainings().stream().map(Blocks::workload).toList());
		add(sections, "inferences", "Inferences", result.inferences().stream().map(Blocks::workload).toList());
		add(sections, "comparisons", "Comparisons",
				result.comparisons().stream().map(c -> Blocks.comparison(c, Scope.comparesTrainings(c, result))).toList());
		add(sections, "projections", "Projections", result.projections().stream().map(Blocks::projection).toList());
		add(sections, "sweeps", "Sweeps",
				result.sweeps().stream().map(s -> sweep(s, context.full() ? Integer.MAX_VALUE : sweepRows)).toList());
		if (!result.expectations().isEmpty()) {
			add(sections, "expectations", "Expectations", List.of(expectations(result.expectations())));
		}
		Map<String, List<Block>> others = new LinkedHashMap<>();
		for (AnalysisResult other : result.others()) {
			others.computeIfAbsent(other.analysisId(), id -> new ArrayList<>()).add(Blocks.generic(other));
		}
		others.forEach((id, blocks) -> add(sections, id, capitalise(id), blocks));
		List<ReportDiagnostic> diagnostics = context.allDiagnostics(result);
		if (!diagnostics.isEmpty()) {
			List<List<String>> rows = diagnostics.stream().map(d -> List.of(location(d), d.severity().word(),
					d.message())).toList();
			add(sections, "diagnostics", "Diagnostics", List.of(new Block("", "",
					List.of(new Table("", List.of("Where", "Severity", "Message"), rows)), List.of())));
		}
		return sections;
	}

	private static void add(List<Section> sections, String id, String title, List<Block> blocks) {
		if (!blocks.isEmpty()) {
			sections.add(new Section(id, title, blocks));
		}
	}

	static String where(Origin origin) {
		return origin.file().isEmpty() ? "" : origin.file() + ":" + origin.line();
	}

	private static String location(ReportDiagnostic d) {
		return d.file().isEmpty() ? "" : d.file() + ":" + d.line() + ":" + d.column();
	}

	private static String capitalise(String id) {
		return id.isEmpty() ? id : id.substring(0, 1).toUpperCase(Locale.ROOT) + id.substring(1);
	}

	private static Block sweep(SweepResult sweep, int limit) {
		SweepColumns columns = SweepColumns.of(sweep);
		List<String> header = new ArrayList<>();
		for (int c = 0; c < columns.width(); c++) {
			String unit = columns.units().get(c).symbol();
			header.add(Human.words(columns.columns().get(c)) + (unit.equals("1") ? "" : " (" + unit + ")"));
		}
		int shown = Math.min(limit, sweep.rows());
		List<List<String>> rows = new ArrayList<>();
		for (int r = 0; r < shown; r++) {
			List<String> row = new ArrayList<>();
			for (int c = 0; c < columns.width(); c++) {
				row.add(Human.sig(columns.value(r, c)));
			}
			rows.add(row);
		}
		List<String> notes = new ArrayList<>();
		notes.add(sweep.rows() + " points" + (shown < sweep.rows()
				? "; the first " + shown + " shown (all rows: --format csv, or --full)" : ""));
		return new Block(sweep.name(), where(sweep.origin()), List.of(new Table("", header, rows)), notes);
	}

	private static Block expectations(List<ExpectationResult> expectations) {
		List<List<String>> rows = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		boolean probabilities = expectations.stream().anyMatch(e -> e.passProbability().isPresent());
		for (ExpectationResult e : expectations) {
			String[] values = Human.actualAndLimit(e)
					.orElse(new String[] { "n/a", Human.sig(e.limit()) });
			List<String> row = new ArrayList<>(List.of(e.passed() ? "pass" : "FAIL", e.name(), values[0], values[1]));
			if (probabilities) {
				row.add(e.passProbability().map(p -> Human.trimmed(p * 100, 3) + " %").orElse(""));
			}
			rows.add(row);
			if (e.actual().isEmpty()) {
				e.problems().forEach(p -> notes.add(e.name() + ": " + p.message()));
			}
		}
		List<String> header = new ArrayList<>(List.of("Result", "Expectation", "Actual", "Limit"));
		if (probabilities) {
			header.add("P(pass)");
		}
		return new Block("", "", List.of(new Table("", header, rows)), notes);
	}
}

package org.jevons.ui.results.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.jevons.analysis.AnalysisResult;
import org.jevons.analysis.ComparisonResult;
import org.jevons.analysis.ExpectationResult;
import org.jevons.analysis.Figure;
import org.jevons.analysis.ProjectionResult;
import org.jevons.analysis.StudyResult;
import org.jevons.analysis.SweepResult;
import org.jevons.analysis.WorkloadResult;
import org.jevons.analysis.spec.Specs.Origin;
import org.jevons.report.Human;
import org.jevons.report.ReportContext;
import org.jevons.report.ReportDiagnostic;
import org.jevons.report.ReportModel;
import org.jevons.report.Scope;
import org.jevons.report.Story;
import org.jevons.report.SweepColumns;

/**
 * Builds the view model from a study result. Every number is formatted by {@link Human} and every sentence
 * written by {@link Story}, as in the CLI's reports; nothing is computed here.
 */
public final class ModelBuilder {
	private final StudyResult result;
	private final Function<String, String> files;
	private final List<ResultRow> rows = new ArrayList<>();

	private ModelBuilder(StudyResult result, Function<String, String> files) {
		this.result = result;
		this.files = files;
	}

	/**
	 * @param files maps an {@link Origin#file()} (an OS path) to the name shown (a workspace path)
	 */
	public static ResultsModel build(StudyResult result, ReportContext context, Function<String, String> files) {
		ModelBuilder builder = new ModelBuilder(result, files);
		builder.rows();
		builder.problems(context);
		return new ResultsModel(ReportModel.runLine(context.files().isEmpty() ? context
				: new ReportContext(List.of(context.files().size() + " file" + (context.files().size() == 1 ? "" : "s")),
						context.settings(), context.full(), context.diagnostics())),
				Story.headlines(result), builder.rows, ChartModels.all(result));
	}

	private void rows() {
		for (AnalysisResult r : result.results()) {
			if (r instanceof WorkloadResult w) {
				figures(w, w.kind().name().toLowerCase(Locale.ROOT), w.figures());
			} else if (r instanceof ComparisonResult c) {
				Story.comparison(c, Scope.comparesTrainings(c, result)).ifPresent(s -> story(c, "comparison", s));
				figures(c, "comparison", c.figures());
			} else if (r instanceof ProjectionResult p) {
				Story.projection(p).ifPresent(s -> story(p, "projection", s));
				figures(p, "projection", p.figures().stream().filter(f -> shownYear(p, f)).toList());
			} else if (r instanceof SweepResult s) {
				sweep(s);
			} else if (r instanceof ExpectationResult e) {
				expectation(e);
			} else {
				figures(r, r.analysisId(), r.figures());
			}
		}
	}

	/** Parser, validator and analysis diagnostics, each once, as the reports list them. */
	private void problems(ReportContext context) {
		for (ReportDiagnostic d : context.allDiagnostics(result)) {
			ResultRow.Status status = switch (d.severity()) {
			case ERROR -> ResultRow.Status.ERROR;
			case WARNING -> ResultRow.Status.WARNING;
			case INFO -> ResultRow.Status.INFO;
			};
			rows.add(row("", "problem", "problem", d.severity().word(), d.message(), List.of(),
					new Origin(d.file(), d.line(), d.column()), status));
		}
	}

	/** A projection's yearly figures are in its chart; the view keeps the first and the last year. */
	private static boolean shownYear(ProjectionResult p, Figure f) {
		int at = f.key().indexOf('@');
		if (at < 0) {
			return true;
		}
		String year = f.key().substring(at + 1);
		boolean ends = !p.years().isEmpty() && (year.equals(String.valueOf(p.years().get(0)))
				|| year.equals(String.valueOf(p.years().get(p.years().size() - 1))));
		return ends && f.key().startsWith("energy@");
	}

	private void figures(AnalysisResult r, String kind, List<Figure> figures) {
		for (Figure f : figures) {
			rows.add(row(r.name(), kind, f.key(), f.label(), Human.format(f), f.sources(), r.origin(),
					ResultRow.Status.NONE));
		}
	}

	private void story(AnalysisResult r, String kind, String sentence) {
		rows.add(row(r.name(), kind, "story", "In words", sentence, List.of(), r.origin(), ResultRow.Status.NONE));
	}

	private void sweep(SweepResult s) {
		SweepColumns columns = SweepColumns.of(s);
		String varied = String.join(" × ", columns.columns().subList(0, columns.inputs()));
		rows.add(row(s.name(), "sweep", "points", "Grid", s.rows() + " points over " + varied, List.of(), s.origin(),
				ResultRow.Status.NONE));
	}

	private void expectation(ExpectationResult e) {
		String value = e.actual().map(a -> Human.actualAndLimit(a, e.limit()))
				.map(v -> "actual " + v[0] + ", limit " + v[1]).orElse("not computed, limit " + Human.sig(e.limit()));
		String probability = e.passProbability().map(p -> "; P(pass) " + Human.trimmed(p * 100, 3) + " %").orElse("");
		rows.add(row(e.name(), "expect", "verdict", e.passed() ? "pass" : "FAIL", value + probability,
				e.actual().map(Figure::sources).orElse(List.of()), e.origin(),
				e.passed() ? ResultRow.Status.PASS : ResultRow.Status.FAIL));
	}

	private ResultRow row(String declaration, String kind, String key, String label, String value,
			List<String> sources, Origin origin, ResultRow.Status status) {
		String file = origin.file().isEmpty() ? "" : files.apply(origin.file());
		return new ResultRow(declaration, kind, key, label, value, sources, file, origin.line(), status);
	}
}

package org.jevons.report.csv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.jevons.analysis.AnalysisResult;
import org.jevons.analysis.Estimate;
import org.jevons.analysis.ExpectationResult;
import org.jevons.analysis.Figure;
import org.jevons.analysis.ProjectionResult;
import org.jevons.analysis.StudyResult;
import org.jevons.analysis.SweepResult;
import org.jevons.analysis.WorkloadResult;
import org.jevons.report.ReportContext;
import org.jevons.report.ReportDiagnostic;
import org.jevons.report.ReportWriter;
import org.jevons.report.Scope;
import org.jevons.report.SweepColumns;
import org.jevons.report.Unit;
import org.jevons.report.Units;

/**
 * Every result kind as its own table, in the JSON's fixed units, stated in the header ({@code energy_kWh}); an
 * uncertain figure adds {@code _p05}, {@code _p50}, {@code _p95} columns. Tables follow each other, each after a
 * {@code # section} line and separated by a blank line: {@code # trainings}, {@code # inferences},
 * {@code # comparisons}, {@code # projections} (one row per projection and year), {@code # projection_figures},
 * {@code # sweep <name>} (every row), {@code # expectations}, {@code # <plugin id>}, {@code # diagnostics}.
 * Empty tables are left out.
 */
public final class CsvReport implements ReportWriter {

	@Override
	public String render(StudyResult result, ReportContext context) {
		List<String> tables = new ArrayList<>();
		table(tables, "trainings", result.trainings(), w -> Scope.WORKLOAD, CsvReport::workloadColumns);
		table(tables, "inferences", result.inferences(), w -> Scope.WORKLOAD, CsvReport::workloadColumns);
		table(tables, "comparisons", result.comparisons(), c -> Scope.of(c, result),
				c -> List.of(c.left(), c.right(), c.per().name().toLowerCase(java.util.Locale.ROOT)));
		projections(tables, result.projections());
		table(tables, "projection_figures", result.projections(), p -> Scope.PROJECTION,
				p -> List.of(String.valueOf(p.backfire())));
		CsvProjectionExtras.tables(tables, result.projections());
		for (SweepResult s : result.sweeps()) {
			tables.add(sweep(s));
		}
		expectations(tables, result.expectations());
		Map<String, List<AnalysisResult>> others = new LinkedHashMap<>();
		result.others().forEach(r -> others.computeIfAbsent(r.analysisId(), k -> new ArrayList<>()).add(r));
		others.forEach((id, list) -> table(tables, id, list, r -> Scope.WORKLOAD, r -> List.of()));
		diagnostics(tables, context.allDiagnostics(result));
		return String.join("\n", tables);
	}

	private static List<String> workloadColumns(WorkloadResult w) {
		return List.of(w.boundary().description());
	}

	/** Extra leading columns per kind, named here so that the header and the rows agree. */
	private static List<String> extraHeader(String section) {
		return switch (section) {
		case "trainings", "inferences" -> List.of("boundary");
		case "comparisons" -> List.of("left", "right", "per");
		case "projection_figures" -> List.of("backfire");
		default -> List.of();
		};
	}

	/** A figure table: one row per result, one column (or four, when uncertain) per figure key. */
	private static <R extends AnalysisResult> void table(List<String> tables, String section, List<R> results,
			Function<R, Scope> scope, Function<R, List<String>> extra) {
		if (results.isEmpty()) {
			return;
		}
		Map<String, Unit> units = new LinkedHashMap<>();
		Set<String> uncertain = new LinkedHashSet<>();
		for (R r : results) {
			for (Figure f : r.figures()) {
				units.putIfAbsent(f.key(), Units.fixed(f.key(), f.dimension(), scope.apply(r)));
				if (f.estimate().isUncertain()) {
					uncertain.add(f.key());
				}
			}
		}
		List<String> header = new ArrayList<>(List.of("name"));
		header.addAll(extraHeader(section));
		units.forEach((key, unit) -> {
			String column = key + "_" + unit.symbol();
			header.add(column);
			if (uncertain.contains(key)) {
				header.addAll(List.of(column + "_p05", column + "_p50", column + "_p95"));
			}
		});
		StringBuilder out = new StringBuilder("# ").append(section).append('\n');
		Csv.record(out, header);
		for (R r : results) {
			List<String> row = new ArrayList<>(List.of(r.name()));
			row.addAll(extra.apply(r));
			for (String key : units.keySet()) {
				Optional<Figure> f = r.figure(key);
				Unit unit = Units.fixed(key, f.map(Figure::dimension).orElse(org.jevons.analysis.Dimension.RATIO),
						scope.apply(r));
				Optional<Estimate> e = f.map(x -> unit.of(x.estimate()));
				row.add(e.map(x -> Csv.number(x.nominal())).orElse(""));
				if (uncertain.contains(key)) {
					Optional<Estimate.Percentiles> p = e.flatMap(Estimate::percentiles);
					row.add(p.map(x -> Csv.number(x.p05())).orElse(""));
					row.add(p.map(x -> Csv.number(x.p50())).orElse(""));
					row.add(p.map(x -> Csv.number(x.p95())).orElse(""));
				}
			}
			Csv.record(out, row);
		}
		tables.add(out.toString());
	}

	private static void projections(List<String> tables, List<ProjectionResult> projections) {
		if (projections.isEmpty()) {
			return;
		}
		StringBuilder out = new StringBuilder("# projections\n");
		Csv.record(out, List.of("name", "year", "energy_TWh", "energy_TWh_p05", "energy_TWh_p95",
				"counterfactual_energy_TWh", "carbon_MtCO2e"));
		for (ProjectionResult p : projections) {
			for (int i = 0; i < p.years().size() && i < p.energy().size(); i++) {
				Estimate e = Units.TWH.of(p.energy().get(i));
				String cf = i < p.counterfactualEnergy().size()
						? Csv.number(Units.TWH.of(p.counterfactualEnergy().get(i).nominal())) : "";
				String carbon = i < p.carbon().size() ? Csv.number(Units.MT.of(p.carbon().get(i).nominal())) : "";
				Csv.record(out, List.of(p.name(), String.valueOf(p.years().get(i)), Csv.number(e.nominal()),
						e.percentiles().map(x -> Csv.number(x.p05())).orElse(""),
						e.percentiles().map(x -> Csv.number(x.p95())).orElse(""), cf, carbon));
			}
		}
		tables.add(out.toString());
	}

	private static String sweep(SweepResult s) {
		SweepColumns table = SweepColumns.of(s);
		StringBuilder out = new StringBuilder("# sweep ").append(s.name().replace('\n', ' ')).append('\n');
		List<String> header = new ArrayList<>();
		for (int c = 0; c < table.width(); c++) {
			header.add(table.columns().get(c) + "_" + table.units().get(c).symbol());
		}
		Csv.record(out, header);
		List<String> row = new ArrayList<>(table.width());
		for (int r = 0; r < table.rows(); r++) {
			row.clear();
			for (int c = 0; c < table.width(); c++) {
				row.add(Csv.number(table.value(r, c)));
			}
			Csv.record(out, row);
		}
		return out.toString();
	}

	private static void expectations(List<String> tables, List<ExpectationResult> expectations) {
		if (expectations.isEmpty()) {
			return;
		}
		StringBuilder out = new StringBuilder("# expectations\n");
		Csv.record(out, List.of("text", "passed", "actual", "limit", "unit", "pass_probability"));
		for (ExpectationResult e : expectations) {
			Scope scope = Scope.of(e);
			Unit unit = e.actual().map(a -> Units.fixed(a.key(), a.dimension(), scope))
					.orElse(Units.fixed(Units.guessKey(e.name()), Units.guessDimension(e.name()), scope));
			Csv.record(out, List.of(e.name(), String.valueOf(e.passed()),
					e.actual().map(a -> Csv.number(unit.of(a.nominal()))).orElse(""), Csv.number(unit.of(e.limit())),
					unit.symbol(), e.passProbability().map(Csv::number).orElse("")));
		}
		tables.add(out.toString());
	}

	private static void diagnostics(List<String> tables, List<ReportDiagnostic> diagnostics) {
		if (diagnostics.isEmpty()) {
			return;
		}
		StringBuilder out = new StringBuilder("# diagnostics\n");
		Csv.record(out, List.of("file", "line", "column", "severity", "message"));
		for (ReportDiagnostic d : diagnostics) {
			Csv.record(out, List.of(d.file(), String.valueOf(d.line()), String.valueOf(d.column()),
					d.severity().word(), d.message()));
		}
		tables.add(out.toString());
	}
}

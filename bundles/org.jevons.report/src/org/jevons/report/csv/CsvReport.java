package org.jevons.report.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jevons.analysis.AnalysisResult;
import org.jevons.analysis.ComparisonResult;
import org.jevons.analysis.Decomposition;
import org.jevons.analysis.ReferenceScenario;
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
import org.jevons.report.Unit;
import org.jevons.report.Units;

/**
 * One tidy table (one observation per row) that spreadsheets, pandas and R read as it is:
 * {@code table,name,year,point,figure,unit,value,p05,p50,p95,text}. {@code table} is the kind of result
 * ({@code trainings}, {@code inferences}, {@code comparisons}, {@code projections}, {@code sweeps},
 * {@code expectations}, a plugin's id, {@code diagnostics}); {@code year} is set for a projection's yearly values,
 * {@code point} numbers a sweep's rows (from 1); numbers are in the JSON's fixed units, {@code value} is the
 * nominal value every view shows, {@code p05}/{@code p50}/{@code p95} are filled when an input is uncertain (for
 * projections too); {@code text} holds what is not a number (a boundary, a verdict, a message).
 */
public final class CsvReport implements ReportWriter {
	static final List<String> HEADER = List.of("table", "name", "year", "point", "figure", "unit", "value", "p05",
			"p50", "p95", "text");

	@Override
	public String render(StudyResult result, ReportContext context) {
		return ReportWriter.written(this, result, context);
	}

	/** Streamed: a sweep's rows are computed and written a block at a time, never held whole. */
	@Override
	public void write(StudyResult result, ReportContext context, Appendable sink) throws IOException {
		write(result, context, CsvSink.of(sink));
	}

	/** Streamed as {@link #write(StudyResult, ReportContext, Appendable)}; a sweep's rows go out as ready bytes. */
	@Override
	public void write(StudyResult result, ReportContext context, OutputStream sink) throws IOException {
		write(result, context, CsvSink.of(sink));
	}

	/**
	 * One sweep as a wide table, streamed: a header naming each column with its unit, then one row per point with
	 * the columns side by side, in the units and number form of the tidy table's sweep rows ({@link WideSweepRows}).
	 */
	public static void writeSweep(SweepResult sweep, OutputStream out) throws IOException {
		CsvSink sink = CsvSink.of(out);
		WideSweepRows rows = new WideSweepRows(sweep);
		StringBuilder header = new StringBuilder();
		Csv.record(header, rows.header());
		sink.text(header);
		new SweepCsv(sweep, rows::segment).write(sink);
	}

	private static void write(StudyResult result, ReportContext context, CsvSink sink) throws IOException {
		StringBuilder out = new StringBuilder();
		Csv.record(out, HEADER);
		for (WorkloadResult w : result.trainings()) {
			workload(out, "trainings", w);
		}
		for (WorkloadResult w : result.inferences()) {
			workload(out, "inferences", w);
		}
		for (ComparisonResult c : result.comparisons()) {
			figures(out, "comparisons", c, Scope.of(c, result));
			text(out, "comparisons", c.name(), "left", c.left());
			text(out, "comparisons", c.name(), "right", c.right());
			text(out, "comparisons", c.name(), "per", c.per().name().toLowerCase(Locale.ROOT));
		}
		for (ProjectionResult p : result.projections()) {
			projection(out, p);
		}
		for (SweepResult s : result.sweeps()) {
			sink.text(out);
			out.setLength(0);
			new SweepCsv(s, new TidySweepRows(s)::segment).write(sink);
		}
		for (ExpectationResult e : result.expectations()) {
			expectation(out, e);
		}
		for (AnalysisResult r : result.others()) {
			figures(out, r.analysisId(), r, Scope.WORKLOAD);
		}
		for (ReportDiagnostic d : context.allDiagnostics(result)) {
			String where = d.file().isEmpty() ? "" : d.file() + ":" + d.line() + ":" + d.column();
			row(out, "diagnostics", where, "", "", d.severity().word(), "", Optional.empty(), d.message());
		}
		sink.text(out);
	}

	private static void workload(StringBuilder out, String table, WorkloadResult w) {
		figures(out, table, w, Scope.WORKLOAD);
		text(out, table, w.name(), "boundary", w.boundary().description());
	}

	private static void figures(StringBuilder out, String table, AnalysisResult r, Scope scope) {
		for (Figure f : r.figures()) {
			Unit unit = Units.fixed(f.key(), f.dimension(), scope);
			row(out, table, r.name(), "", "", f.key(), unit.symbol(), Optional.of(unit.of(f.estimate())), "");
		}
	}

	private static void projection(StringBuilder out, ProjectionResult p) {
		for (int i = 0; i < p.years().size(); i++) {
			String year = String.valueOf(p.years().get(i));
			yearly(out, p.name(), year, "energy", Units.TWH, p.energy(), i);
			yearly(out, p.name(), year, "counterfactual_energy", Units.TWH, p.counterfactualEnergy(), i);
			yearly(out, p.name(), year, "carbon", Units.MT, p.carbon(), i);
		}
		for (int i = 0; i < p.totalEnergy().size() && i < p.years().size(); i++) {
			yearly(out, p.name(), String.valueOf(p.years().get(i)), "data_centre_energy", Units.TWH, p.totalEnergy(),
					i);
		}
		figures(out, "projections", p, Scope.PROJECTION);
		text(out, "projections", p.name(), "backfire", String.valueOf(p.backfire()));
		p.reference().ifPresent(r -> {
			for (ReferenceScenario.Point point : r.points()) {
				row(out, "projection_references", p.name(), String.valueOf(point.year()), "", r.name(),
						Units.TWH.symbol(), Optional.of(new Estimate(Units.TWH.of(point.central()),
								Optional.of(new Estimate.Percentiles(Units.TWH.of(point.low()),
										Units.TWH.of(point.central()), Units.TWH.of(point.high()))))),
						r.source());
			}
		});
		for (Decomposition d : p.decompositions()) {
			Unit unit = d.quantity().equals("carbon") ? Units.MT : Units.TWH;
			for (Decomposition.Effect e : d.effects()) {
				row(out, "projection_decompositions", p.name(), d.fromYear() + "-" + d.toYear(), "", e.key(),
						unit.symbol(), Optional.of(Estimate.exact(unit.of(e.value()))), d.quantity());
			}
		}
	}

	private static void yearly(StringBuilder out, String name, String year, String figure, Unit unit,
			List<Estimate> series, int i) {
		if (i < series.size()) {
			row(out, "projections", name, year, "", figure, unit.symbol(), Optional.of(unit.of(series.get(i))), "");
		}
	}

	private static void expectation(StringBuilder out, ExpectationResult e) {
		Scope scope = Scope.of(e);
		Unit unit = e.actual().map(a -> Units.fixed(a.key(), a.dimension(), scope))
				.orElse(Units.fixed(Units.guessKey(e.name()), Units.guessDimension(e.name()), scope));
		e.actual().ifPresent(a -> row(out, "expectations", e.name(), "", "", "actual", unit.symbol(),
				Optional.of(unit.of(a.estimate())), ""));
		row(out, "expectations", e.name(), "", "", "limit", unit.symbol(),
				Optional.of(Estimate.exact(unit.of(e.limit()))), "");
		text(out, "expectations", e.name(), "tested", e.statistic().word());
		text(out, "expectations", e.name(), "passed", String.valueOf(e.passed()));
		e.passProbability().ifPresent(p -> row(out, "expectations", e.name(), "", "", "pass_probability", "1",
				Optional.of(Estimate.exact(p)), ""));
		if (!e.passed() && !e.problems().isEmpty()) {
			text(out, "expectations", e.name(), "reason",
					String.join("; ", e.problems().stream().map(p -> p.message()).toList()));
		}
	}

	private static void text(StringBuilder out, String table, String name, String figure, String text) {
		row(out, table, name, "", "", figure, "", Optional.empty(), text);
	}

	private static void row(StringBuilder out, String table, String name, String year, String point, String figure,
			String unit, Optional<Estimate> value, String text) {
		List<String> fields = new ArrayList<>(List.of(table, name.replace('\n', ' '), year, point, figure, unit));
		fields.add(value.map(e -> Csv.number(e.nominal())).orElse(""));
		Optional<Estimate.Percentiles> p = value.flatMap(Estimate::percentiles);
		fields.add(p.map(x -> Csv.number(x.p05())).orElse(""));
		fields.add(p.map(x -> Csv.number(x.p50())).orElse(""));
		fields.add(p.map(x -> Csv.number(x.p95())).orElse(""));
		fields.add(text);
		Csv.record(out, fields);
	}
}

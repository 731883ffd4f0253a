package org.jevons.report.json;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jevons.analysis.AnalysisResult;
import org.jevons.analysis.ComparisonResult;
import org.jevons.analysis.ExpectationResult;
import org.jevons.analysis.Figure;
import org.jevons.analysis.ProjectionResult;
import org.jevons.analysis.StudyResult;
import org.jevons.analysis.SweepResult;
import org.jevons.analysis.Waterfall;
import org.jevons.analysis.WorkloadResult;
import org.jevons.report.ReportContext;
import org.jevons.report.ReportDiagnostic;
import org.jevons.report.ReportWriter;
import org.jevons.report.Scope;
import org.jevons.report.SweepColumns;
import org.jevons.report.Unit;
import org.jevons.report.Units;

import com.google.gson.stream.JsonWriter;

/**
 * The JSON contract of headless.md: sections {@code files, diagnostics, trainings, inferences, comparisons,
 * projections, sweeps, expectations}, every figure a quantity object in its fixed unit, plus per object its
 * {@code sources} and (workloads) {@code boundary}, and results of unknown plugins in a section named after the
 * plugin.
 */
public final class JsonReport implements ReportWriter {
	private static final Set<String> SECTIONS = Set.of("files", "settings", "diagnostics", "trainings", "inferences",
			"comparisons", "projections", "sweeps", "expectations");

	@Override
	public String render(StudyResult result, ReportContext context) {
		return ReportWriter.written(this, result, context);
	}

	/** Streams the document: with {@code --full}, the rows of a large sweep go out as they are computed. */
	@Override
	public void write(StudyResult result, ReportContext context, Appendable out) throws IOException {
		Writer writer = out instanceof Writer w ? w : new AppendableWriter(out);
		JsonWriter json = new JsonWriter(writer);
		json.setIndent("  ");
		write(json, result, context);
		json.flush();
		writer.write('\n');
		writer.flush();
	}

	/** A writer onto any appendable (a StringBuilder in tests). */
	private static final class AppendableWriter extends Writer {
		private final Appendable out;

		AppendableWriter(Appendable out) {
			this.out = out;
		}

		@Override
		public void write(char[] buffer, int offset, int length) throws IOException {
			out.append(java.nio.CharBuffer.wrap(buffer, offset, length));
		}

		@Override
		public void flush() {
			// nothing is buffered here
		}

		@Override
		public void close() {
			// the appendable belongs to the caller
		}
	}

	private static void write(JsonWriter json, StudyResult result, ReportContext context) throws IOException {
		json.beginObject();
		json.name("files").beginArray();
		for (String file : context.files()) {
			json.value(file);
		}
		json.endArray();
		json.name("settings").beginObject().name("samples").value(context.settings().samples()).name("seed")
				.value(context.settings().seed()).name("central").value(org.jevons.analysis.Estimate.CENTRAL).endObject();
		json.name("diagnostics").beginArray();
		for (ReportDiagnostic d : context.allDiagnostics(result)) {
			json.beginObject().name("file").value(d.file()).name("line").value(d.line()).name("column")
					.value(d.column()).name("severity").value(d.severity().word()).name("message").value(d.message())
					.endObject();
		}
		json.endArray();
		json.name("trainings").beginArray();
		for (WorkloadResult w : result.trainings()) {
			workload(json, w);
		}
		json.endArray().name("inferences").beginArray();
		for (WorkloadResult w : result.inferences()) {
			workload(json, w);
		}
		json.endArray().name("comparisons").beginArray();
		for (ComparisonResult c : result.comparisons()) {
			comparison(json, c, result);
		}
		json.endArray().name("projections").beginArray();
		for (ProjectionResult p : result.projections()) {
			ProjectionJson.write(json, p);
		}
		json.endArray().name("sweeps").beginArray();
		for (SweepResult s : result.sweeps()) {
			sweep(json, s, context);
		}
		json.endArray().name("expectations").beginArray();
		for (ExpectationResult e : result.expectations()) {
			expectation(json, e);
		}
		json.endArray();
		others(json, result);
		json.endObject();
	}

	private static void workload(JsonWriter json, WorkloadResult w) throws IOException {
		json.beginObject().name("name").value(w.name());
		Quantities.origin(json, w.origin());
		Quantities.figures(json, w.figures(), Scope.WORKLOAD,
				Set.of("boundary", "assumptions", "sensitivity", "waterfall"));
		json.name("boundary").beginObject().name("host").value(w.boundary().host()).name("facility")
				.value(w.boundary().facility()).name("description").value(w.boundary().description()).endObject();
		Optional<Waterfall> waterfall = Waterfall.energy(w).filter(Waterfall::grows);
		if (waterfall.isPresent()) {
			Quantities.waterfall(json, waterfall.get());
		}
		Quantities.sources(json, w.figures());
		json.name("assumptions").beginArray();
		for (String a : w.assumptions()) {
			json.value(a);
		}
		json.endArray();
		if (!w.sensitivity().isEmpty()) {
			Quantities.sensitivity(json, w);
		}
		json.endObject();
	}

	private static void comparison(JsonWriter json, ComparisonResult c, StudyResult result) throws IOException {
		json.beginObject().name("name").value(c.name()).name("left").value(c.left()).name("right").value(c.right())
				.name("per").value(c.per().name().toLowerCase(java.util.Locale.ROOT));
		Quantities.origin(json, c.origin());
		Quantities.figures(json, c.figures(), Scope.of(c, result), Set.of("left", "right", "per"));
		Quantities.sources(json, c.figures());
		json.endObject();
	}

	private static void sweep(JsonWriter json, SweepResult s, ReportContext context) throws IOException {
		SweepColumns table = SweepColumns.of(s);
		json.beginObject().name("name").value(s.name());
		Quantities.origin(json, s.origin());
		json.name("points").value(s.rows()).name("inputs").value(table.inputs());
		json.name("columns").beginArray();
		for (String c : table.columns()) {
			json.value(c);
		}
		json.endArray().name("units").beginArray();
		for (String u : table.symbols()) {
			json.value(u);
		}
		json.endArray();
		if (context.rowsFor(s.rows())) {
			json.name("rows").beginArray();
			int width = table.width();
			List<Unit> units = table.units();
			s.forEachBlock((values, first, n) -> {
				for (int i = 0, at = 0; i < n; i++) {
					json.beginArray();
					for (int c = 0; c < width; c++, at++) {
						Quantities.number(json, units.get(c).of(values[at]));
					}
					json.endArray();
				}
			});
			json.endArray();
		} else {
			json.name("rows_omitted").value(true);
		}
		json.endObject();
	}

	private static void expectation(JsonWriter json, ExpectationResult e) throws IOException {
		json.beginObject().name("text").value(e.name()).name("passed").value(e.passed()).name("statistic")
				.value(e.statistic().word());
		Quantities.origin(json, e.origin());
		Scope scope = Scope.of(e);
		Unit unit = e.actual().map(a -> Units.fixed(a.key(), a.dimension(), scope))
				.orElse(Units.fixed(Units.guessKey(e.name()), Units.guessDimension(e.name()), scope));
		if (e.actual().isPresent()) {
			Figure actual = e.actual().get();
			json.name("actual");
			Quantities.quantity(json, unit.of(actual.estimate()), unit.symbol());
		}
		json.name("limit");
		Quantities.quantity(json, org.jevons.analysis.Estimate.exact(unit.of(e.limit())), unit.symbol());
		if (e.passProbability().isPresent()) {
			json.name("pass_probability");
			Quantities.number(json, e.passProbability().get());
		}
		if (!e.passed()) {
			json.name("reason").value(String.join("; ", e.problems().stream().map(p -> p.message()).toList()));
		}
		json.endObject();
	}

	/** Results of plugins the contract does not name, one section per plugin id (never a contract key). */
	private static void others(JsonWriter json, StudyResult result) throws IOException {
		Map<String, List<AnalysisResult>> byId = new LinkedHashMap<>();
		for (AnalysisResult r : result.others()) {
			byId.computeIfAbsent(SECTIONS.contains(r.analysisId()) ? "plugin_" + r.analysisId() : r.analysisId(),
					k -> new java.util.ArrayList<>()).add(r);
		}
		for (Map.Entry<String, List<AnalysisResult>> section : byId.entrySet()) {
			json.name(section.getKey()).beginArray();
			for (AnalysisResult r : section.getValue()) {
				json.beginObject().name("name").value(r.name());
				Quantities.origin(json, r.origin());
				Quantities.figures(json, r.figures(), Scope.WORKLOAD, Set.of());
				Quantities.sources(json, r.figures());
				json.endObject();
			}
			json.endArray();
		}
	}
}

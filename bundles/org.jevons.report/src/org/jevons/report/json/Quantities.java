package org.jevons.report.json;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jevons.analysis.Estimate;
import org.jevons.analysis.Figure;
import org.jevons.analysis.Waterfall;
import org.jevons.analysis.SensitivityBar;
import org.jevons.analysis.WorkloadResult;
import org.jevons.analysis.spec.Specs.Origin;
import org.jevons.report.Scope;
import org.jevons.report.Unit;
import org.jevons.report.Units;

import com.google.gson.stream.JsonWriter;

/** Quantity objects {@code {"value", "unit", "p05", "p50", "p95"}} and the other recurring JSON parts. */
final class Quantities {
	/** Keys every object has besides its figures. */
	private static final Set<String> BASE = Set.of("name", "file", "line", "column", "sources");

	private Quantities() {
	}

	/** Six significant figures: the models are not more precise, and golden files stay stable. */
	static void number(JsonWriter json, double x) throws IOException {
		if (Double.isNaN(x) || Double.isInfinite(x)) {
			json.nullValue(); // JSON has no NaN; a missing value is null
		} else if (x == 0) {
			json.value(0);
		} else {
			json.value(new BigDecimal(x).round(new MathContext(6)).doubleValue());
		}
	}

	static void quantity(JsonWriter json, Estimate e, String unit) throws IOException {
		json.beginObject().name("value");
		number(json, e.nominal());
		json.name("unit").value(unit);
		if (e.percentiles().isPresent()) {
			Estimate.Percentiles p = e.percentiles().get();
			json.name("p05");
			number(json, p.p05());
			json.name("p50");
			number(json, p.p50());
			json.name("p95");
			number(json, p.p95());
		}
		json.endObject();
	}

	/**
	 * {@code "waterfall": [{"component", "label", "counted", "adds", "at_boundary"}]} in the fixed unit of the first
	 * component; {@code adds} is null for a component that is not counted.
	 */
	static void waterfall(JsonWriter json, Waterfall waterfall) throws IOException {
		Unit unit = Units.fixed(waterfall.steps().get(0).key(), waterfall.dimension(), Scope.WORKLOAD);
		json.name("waterfall").beginArray();
		for (Waterfall.Step step : waterfall.steps()) {
			json.beginObject().name("component").value(step.key()).name("label").value(step.label())
					.name("counted").value(step.counted()).name("unit").value(unit.symbol()).name("adds");
			number(json, step.added().map(f -> unit.of(f.nominal())).orElse(Double.NaN));
			json.name("at_boundary");
			number(json, unit.of(step.running()));
			json.endObject();
		}
		json.endArray();
	}

	static void figure(JsonWriter json, Figure f, Scope scope) throws IOException {
		Unit unit = Units.fixed(f.key(), f.dimension(), scope);
		quantity(json, unit.of(f.estimate()), unit.symbol());
	}

	/**
	 * Every figure as a key of the object. A figure whose key the object already has (its name, a projection's
	 * {@code energy} series) is left out rather than written twice, which would be invalid.
	 */
	static void figures(JsonWriter json, List<Figure> figures, Scope scope, Set<String> reserved) throws IOException {
		Set<String> used = new HashSet<>(BASE);
		used.addAll(reserved);
		for (Figure f : figures) {
			if (used.add(f.key())) {
				json.name(f.key());
				figure(json, f, scope);
			}
		}
	}

	static void sources(JsonWriter json, List<Figure> figures) throws IOException {
		json.name("sources").beginObject();
		Set<String> done = new HashSet<>();
		for (Figure f : figures) {
			if (!f.sources().isEmpty() && done.add(f.key())) {
				json.name(f.key()).beginArray();
				for (String s : f.sources()) {
					json.value(s);
				}
				json.endArray();
			}
		}
		json.endObject();
	}

	static void origin(JsonWriter json, Origin origin) throws IOException {
		if (!origin.file().isEmpty()) {
			json.name("file").value(origin.file()).name("line").value(origin.line()).name("column")
					.value(origin.column());
		}
	}

	/** The tornado data: each uncertain input at its bounds, widest swing first, in the figure's fixed unit. */
	static void sensitivity(JsonWriter json, WorkloadResult w) throws IOException {
		json.name("sensitivity").beginArray();
		for (SensitivityBar b : w.sensitivity().stream()
				.sorted(Comparator.comparingDouble(SensitivityBar::swing).reversed()).toList()) {
			Unit unit = w.figure(b.figureKey()).map(f -> Units.fixed(f.key(), f.dimension(), Scope.WORKLOAD))
					.orElse(Units.ONE);
			json.beginObject().name("input").value(b.input()).name("input_low");
			number(json, b.inputLow());
			json.name("input_high");
			number(json, b.inputHigh());
			json.name("figure").value(b.figureKey()).name("unit").value(unit.symbol()).name("low");
			number(json, unit.of(b.outputLow()));
			json.name("high");
			number(json, unit.of(b.outputHigh()));
			json.endObject();
		}
		json.endArray();
	}
}

package org.jevons.ui.results.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * The view model as JSON, for golden tests and for tools. Chart values are rounded to {@link #DIGITS}
 * significant digits so that the golden files do not depend on the last bits of floating point.
 */
public final class ModelJson {
	public static final int DIGITS = 6;

	private ModelJson() {
	}

	public static String toJson(ResultsModel model) {
		JsonObject root = new JsonObject();
		root.addProperty("summary", model.summary());
		root.add("headlines", strings(model.headlines()));
		JsonArray rows = new JsonArray();
		for (ResultRow r : model.rows()) {
			JsonObject o = new JsonObject();
			o.addProperty("declaration", r.declaration());
			o.addProperty("kind", r.kind());
			o.addProperty("key", r.key());
			o.addProperty("label", r.label());
			o.addProperty("value", r.value());
			o.add("sources", strings(r.sources()));
			o.addProperty("file", r.file());
			o.addProperty("line", r.line());
			o.addProperty("status", r.status().name().toLowerCase(java.util.Locale.ROOT));
			rows.add(o);
		}
		root.add("rows", rows);
		JsonArray charts = new JsonArray();
		model.charts().forEach(c -> charts.add(chart(c)));
		root.add("charts", charts);
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
	}

	public static JsonObject chart(ChartModel c) {
		JsonObject o = new JsonObject();
		o.addProperty("id", c.id());
		o.addProperty("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT));
		o.addProperty("declaration", c.declaration());
		o.addProperty("title", c.title());
		o.addProperty("xTitle", c.xTitle());
		o.addProperty("yTitle", c.yTitle());
		o.add("categories", strings(c.categories()));
		o.addProperty("horizontal", c.horizontal());
		if (!Double.isNaN(c.baseline())) {
			o.add("baseline", number(c.baseline()));
		}
		JsonArray series = new JsonArray();
		for (ChartModel.Series s : c.series()) {
			JsonObject so = new JsonObject();
			so.addProperty("name", s.name());
			so.addProperty("role", s.role().name().toLowerCase(java.util.Locale.ROOT));
			so.add("x", numbers(s.x()));
			so.add("y", numbers(s.y()));
			if (!s.low().isEmpty()) {
				so.add("low", numbers(s.low()));
				so.add("high", numbers(s.high()));
			}
			series.add(so);
		}
		o.add("series", series);
		return o;
	}

	private static JsonArray strings(List<String> values) {
		JsonArray a = new JsonArray();
		values.forEach(a::add);
		return a;
	}

	private static JsonArray numbers(List<Double> values) {
		JsonArray a = new JsonArray();
		values.forEach(v -> a.add(number(v)));
		return a;
	}

	private static JsonPrimitive number(double v) {
		if (!Double.isFinite(v)) {
			return new JsonPrimitive(String.valueOf(v));
		}
		BigDecimal rounded = new BigDecimal(v).round(new MathContext(DIGITS)).stripTrailingZeros();
		return new JsonPrimitive(rounded.scale() <= 0 && rounded.precision() - rounded.scale() <= 15
				? (Number) rounded.toBigInteger() : rounded);
	}
}

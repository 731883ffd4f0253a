package org.jevons.report.json;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.jevons.analysis.calibration.ErrorTable.Line;
import org.jevons.analysis.calibration.ErrorTable.Prediction;
import org.jevons.analysis.calibration.Measurement;
import org.jevons.analysis.calibration.ValidationResult;

import com.google.gson.stream.JsonWriter;

/**
 * {@code jevons validate} as JSON: {@code file}, {@code rows} (line, model, gpu, gpus, batch, measured and
 * predicted J per output token, ratio, and held-out prediction with a fit), {@code errors} and, with a fit,
 * {@code fit} ({@code holdout}, {@code values} by path, {@code objective}, {@code heldout_errors}).
 */
public final class ValidationJson {
	private ValidationJson() {
	}

	public static String render(String file, ValidationResult result) {
		StringWriter out = new StringWriter();
		try (JsonWriter json = new JsonWriter(out)) {
			json.setIndent("  ");
			json.beginObject().name("file").value(file);
			json.name("rows").beginArray();
			for (int i = 0; i < result.predictions().size(); i++) {
				Prediction p = result.predictions().get(i);
				Measurement m = p.measurement();
				json.beginObject().name("line").value(m.origin().line()).name("model").value(m.model()).name("gpu")
						.value(m.gpu());
				number(json, "gpus", m.count());
				number(json, "batch", m.batch());
				number(json, "measured_J_per_token", m.joulesPerToken());
				number(json, "predicted_J_per_token", p.joulesPerToken());
				number(json, "ratio", p.ratio());
				if (result.fitted().isPresent()) {
					Prediction held = result.fitted().get().heldOut().get(i);
					number(json, "heldout_J_per_token", held.joulesPerToken());
					number(json, "heldout_ratio", held.ratio());
				}
				json.endObject();
			}
			json.endArray();
			errors(json.name("errors"), result.errors());
			if (result.fitted().isPresent()) {
				ValidationResult.Fitted f = result.fitted().get();
				json.name("fit").beginObject().name("holdout").value(f.holdout().name().toLowerCase(java.util.Locale.ROOT));
				json.name("values").beginObject();
				for (Map.Entry<String, Double> e : f.fit().byPath().entrySet()) {
					number(json, e.getKey(), e.getValue());
				}
				json.endObject();
				number(json, "objective", f.fit().objective());
				errors(json.name("heldout_errors"), f.heldOutErrors());
				json.endObject();
			}
			json.endObject();
		} catch (IOException e) {
			// a StringWriter does not fail; should it, the caller must know
			throw new UncheckedIOException(e);
		}
		return out.toString() + "\n";
	}

	/** JSON has no NaN or infinity: a figure that is not a number is null. */
	private static void number(JsonWriter json, String name, double x) throws IOException {
		json.name(name);
		if (Double.isFinite(x)) {
			json.value(x);
		} else {
			json.nullValue();
		}
	}

	private static void errors(JsonWriter json, List<Line> lines) throws IOException {
		json.beginArray();
		for (Line l : lines) {
			json.beginObject().name("group").value(l.group()).name("rows").value(l.rows());
			number(json, "median_error", l.median());
			number(json, "p90_error", l.p90());
			number(json, "worst_error", l.worst());
			number(json, "median_ratio", l.medianRatio());
			json.endObject();
		}
		json.endArray();
	}
}

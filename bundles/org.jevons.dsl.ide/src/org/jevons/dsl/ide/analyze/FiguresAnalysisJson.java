package org.jevons.dsl.ide.analyze;

import java.util.List;

import org.jevons.analysis.AnalysisResult;
import org.jevons.analysis.Figure;
import org.jevons.analysis.StudyResult;

import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/** The plain default: {@code {name: {key: {"value": nominal, "unit": SI unit}}}} for every result. */
public class FiguresAnalysisJson implements AnalysisJson {

	@Override
	public String render(StudyResult result, List<String> files) {
		JsonObject json = new JsonObject();
		for (AnalysisResult r : result.results()) {
			JsonObject figures = new JsonObject();
			for (Figure f : r.figures()) {
				JsonObject q = new JsonObject();
				// JSON has no NaN or infinity; LSP4J's Gson would refuse to write them
				q.add("value", Double.isFinite(f.nominal()) ? new JsonPrimitive(f.nominal()) : JsonNull.INSTANCE);
				q.addProperty("unit", f.dimension().siUnit());
				figures.add(f.key(), q);
			}
			json.add(r.name(), figures);
		}
		return json.toString();
	}
}

package org.jevons.report.json;

import java.io.IOException;

import org.jevons.analysis.Decomposition;
import org.jevons.analysis.Estimate;
import org.jevons.analysis.ProjectionResult;
import org.jevons.analysis.ReferenceScenario;
import org.jevons.report.Unit;
import org.jevons.report.Units;

import com.google.gson.stream.JsonWriter;

/**
 * A projection's reference scenario ({@code reference}: name, title, scope, source, points in TWh) and its LMDI
 * decompositions ({@code decompositions}: quantity, years, start, end and effects, TWh or MtCO2e).
 */
final class ProjectionExtrasJson {
	private ProjectionExtrasJson() {
	}

	static void write(JsonWriter json, ProjectionResult p) throws IOException {
		if (p.reference().isPresent()) {
			ReferenceScenario r = p.reference().get();
			json.name("reference").beginObject().name("name").value(r.name()).name("title").value(r.title())
					.name("scope").value(r.scope()).name("source").value(r.source()).name("points").beginArray();
			for (ReferenceScenario.Point point : r.points()) {
				json.beginObject().name("year").value(point.year());
				quantity(json, "low", point.low(), Units.TWH);
				quantity(json, "central", point.central(), Units.TWH);
				quantity(json, "high", point.high(), Units.TWH);
				json.endObject();
			}
			json.endArray().endObject();
		}
		json.name("decompositions").beginArray();
		for (Decomposition d : p.decompositions()) {
			Unit unit = d.quantity().equals("carbon") ? Units.MT : Units.TWH;
			json.beginObject().name("quantity").value(d.quantity()).name("from").value(d.fromYear()).name("to")
					.value(d.toYear());
			quantity(json, "start", d.start(), unit);
			quantity(json, "end", d.end(), unit);
			json.name("effects").beginObject();
			for (Decomposition.Effect e : d.effects()) {
				quantity(json, e.key(), e.value(), unit);
			}
			json.endObject().endObject();
		}
		json.endArray();
	}

	private static void quantity(JsonWriter json, String name, double si, Unit unit) throws IOException {
		json.name(name);
		Quantities.quantity(json, Estimate.exact(unit.of(si)), unit.symbol());
	}
}

package org.jevons.report.json;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.jevons.analysis.Estimate;
import org.jevons.analysis.ProjectionResult;
import org.jevons.report.Scope;
import org.jevons.report.Unit;
import org.jevons.report.Units;

import com.google.gson.stream.JsonWriter;

/** A projection: yearly series in TWh and MtCO2e, the backfire verdict, and its summary figures. */
final class ProjectionJson {
	private ProjectionJson() {
	}

	static void write(JsonWriter json, ProjectionResult p) throws IOException {
		json.beginObject().name("name").value(p.name());
		Quantities.origin(json, p.origin());
		json.name("years").beginArray();
		for (int year : p.years()) {
			json.value(year);
		}
		json.endArray();
		series(json, "energy", p.energy(), Units.TWH);
		series(json, "counterfactual_energy", p.counterfactualEnergy(), Units.TWH);
		if (!p.carbon().isEmpty()) {
			series(json, "carbon", p.carbon(), Units.MT);
		}
		if (!p.totalEnergy().isEmpty()) {
			series(json, "total_energy", p.totalEnergy(), Units.TWH);
		}
		json.name("backfire").value(p.backfire());
		json.name("services").beginArray();
		for (String service : p.services()) {
			json.value(service);
		}
		json.endArray();
		ProjectionExtrasJson.write(json, p);
		Quantities.figures(json, p.figures(), Scope.PROJECTION, Set.of("years", "energy", "counterfactual_energy",
				"carbon", "backfire", "total_energy", "services", "reference", "decompositions"));
		Quantities.sources(json, p.figures());
		json.endObject();
	}

	private static void series(JsonWriter json, String name, List<Estimate> values, Unit unit) throws IOException {
		json.name(name).beginArray();
		for (Estimate e : values) {
			Quantities.quantity(json, unit.of(e), unit.symbol());
		}
		json.endArray();
	}
}

package org.jevons.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.jevons.analysis.StudyResult;
import org.jevons.analysis.SweepResult;
import org.jevons.analysis.spec.Specs.Origin;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The JSON contract of headless.md: keys, fixed units, the acceptance intervals. */
class JsonReportTest {
	private static final StudyResult SEED = Studies.analyze(Studies.seed());
	private static final StudyResult TRAINING = Studies.analyze(Studies.training());

	static JsonObject json(StudyResult result, ReportContext context) {
		return JsonParser.parseString(Reports.render(result, context, ReportFormat.JSON)).getAsJsonObject();
	}

	static JsonObject find(JsonObject doc, String section, String name) {
		for (JsonElement e : doc.getAsJsonArray(section)) {
			JsonObject o = e.getAsJsonObject();
			if (o.has("name") && o.get("name").getAsString().equals(name)
					|| o.has("text") && o.get("text").getAsString().equals(name)) {
				return o;
			}
		}
		throw new AssertionError("no " + name + " in " + section);
	}

	static void assertQuantity(JsonObject item, String key, String unit, double low, double high) {
		JsonObject q = item.getAsJsonObject(key);
		assertEquals(unit, q.get("unit").getAsString(), key + " unit");
		double value = q.get("value").getAsDouble();
		assertTrue(low <= value && value <= high, key + " = " + value + ", want " + low + ".." + high);
	}

	@Test
	void topLevelKeysOfTheContract() {
		JsonObject doc = json(SEED, Studies.context("seed_87_percent.energy"));
		for (String key : List.of("files", "diagnostics", "trainings", "inferences", "comparisons", "projections",
				"sweeps", "expectations")) {
			assertTrue(doc.has(key), key);
		}
		assertEquals("seed_87_percent.energy", doc.getAsJsonArray("files").get(0).getAsString());
	}

	@Test
	void seedInferencesAndComparisonInFixedUnits() {
		JsonObject doc = json(SEED, Studies.context());
		JsonObject r1 = find(doc, "inferences", "R1_chat");
		assertQuantity(r1, "energy_per_request", "Wh", 0.90, 0.95);
		assertQuantity(r1, "annual_energy", "kWh", 328e3, 347e3);
		assertQuantity(r1, "energy_per_token", "J", 0.5, 3);
		assertQuantity(r1, "tokens_per_request", "tokens", 1650, 1650);
		assertQuantity(r1, "annual_carbon", "kgCO2e", 1e5, 2e5);
		assertTrue(r1.getAsJsonObject("boundary").has("facility"));
		JsonObject c = find(doc, "comparisons", "R1_chat vs Llama_chat");
		assertEquals("R1_chat", c.get("left").getAsString());
		assertEquals("Llama_chat", c.get("right").getAsString());
		assertQuantity(c, "ratio", "1", 1.83, 1.90);
		assertQuantity(c, "token_ratio", "1", 1.87, 1.88);
		assertQuantity(c, "per_token_ratio", "1", 0.99, 1.01);
		assertQuantity(c, "difference", "Wh", 0.3, 0.6);
	}

	@Test
	void projectionSeriesInTwh() {
		JsonObject p = find(json(SEED, Studies.context()), "projections", "Reasoning_everywhere");
		JsonArray years = p.getAsJsonArray("years");
		JsonArray energy = p.getAsJsonArray("energy");
		assertEquals(11, years.size());
		assertEquals(2025, years.get(0).getAsInt());
		assertEquals(11, energy.size());
		assertEquals(11, p.getAsJsonArray("counterfactual_energy").size());
		assertEquals("TWh", energy.get(0).getAsJsonObject().get("unit").getAsString());
		assertEquals("MtCO2e", p.getAsJsonArray("carbon").get(0).getAsJsonObject().get("unit").getAsString());
		assertTrue(p.get("backfire").isJsonPrimitive() && p.get("backfire").getAsJsonPrimitive().isBoolean());
		assertEquals("1", p.getAsJsonObject("rebound").get("unit").getAsString());
		assertEquals("1", p.getAsJsonObject("break_even_elasticity").get("unit").getAsString());
	}

	@Test
	void sweepColumnsUnitsAndRows() {
		JsonObject s = find(json(SEED, Studies.context()), "sweeps", "Reasoning_length");
		assertEquals(12, s.get("points").getAsInt());
		assertEquals(List.of("reasoning", "energy", "energy_per_request", "energy_per_token", "annual_energy"),
				strings(s.getAsJsonArray("columns")));
		// the varied "energy" (J per token) is an input and keeps its unit; the outputs are in the fixed units
		assertEquals(List.of("tokens", "J", "Wh", "J", "kWh"), strings(s.getAsJsonArray("units")));
		assertEquals(2, s.get("inputs").getAsInt());
		assertEquals(12, s.getAsJsonArray("rows").size());
		assertEquals(5, s.getAsJsonArray("rows").get(0).getAsJsonArray().size());
	}

	@Test
	void largeSweepsOmitRowsUnlessFull() {
		int rows = ReportContext.SWEEP_ROWS_LIMIT + 1;
		SweepResult big = new SweepResult("Big", new Origin("b.energy", 1, 1), "sweep", List.of("batch",
				"energy_per_request", "energy_per_token", "annual_energy"), List.of("1", "J", "J", "J"), rows,
				new double[rows * 4], List.of());
		StudyResult result = new StudyResult(List.of(big), List.of());
		JsonObject s = find(json(result, Studies.context()), "sweeps", "Big");
		assertFalse(s.has("rows"));
		assertTrue(s.get("rows_omitted").getAsBoolean());
		JsonObject full = find(json(result, new ReportContext(List.of(), Studies.SETTINGS, true, List.of())),
				"sweeps", "Big");
		assertEquals(rows, full.getAsJsonArray("rows").size());
	}

	@Test
	void expectationsWithActualAndLimit() {
		JsonObject doc = json(SEED, Studies.context());
		JsonObject e = find(doc, "expectations", "expect R1_chat energy per request <= 1 Wh");
		assertTrue(e.get("passed").getAsBoolean());
		assertQuantity(e, "actual", "Wh", 0.90, 0.95);
		assertQuantity(e, "limit", "Wh", 1, 1);
		JsonObject yearly = find(doc, "expectations", "expect Reasoning_everywhere energy in 2035 <= 10 GWh");
		assertFalse(yearly.get("passed").getAsBoolean());
		assertEquals("TWh", yearly.getAsJsonObject("actual").get("unit").getAsString());
		assertQuantity(yearly, "limit", "TWh", 0.01, 0.01);
	}

	@Test
	void trainingsAcceptanceFiguresCostAndUncertainty() {
		JsonObject doc = json(TRAINING, Studies.context());
		JsonObject gpt3 = find(doc, "trainings", "GPT3");
		assertQuantity(gpt3, "energy", "kWh", 1.274e6, 1.300e6);
		assertQuantity(gpt3, "carbon", "kgCO2e", 545e3, 560e3);
		assertQuantity(gpt3, "accelerator_hours", "h", 3.54e6, 3.56e6);
		assertQuantity(gpt3, "implied_mfu", "1", 0.19, 0.20);
		assertQuantity(gpt3, "flops", "FLOP", 3.14e23, 3.14e23);
		assertEquals("Patterson et al. 2021, Table 4",
				gpt3.getAsJsonObject("sources").getAsJsonArray("energy").get(0).getAsString());
		assertQuantity(find(doc, "trainings", "T5"), "energy", "kWh", 84.5e3, 86.5e3);
		assertQuantity(find(doc, "trainings", "Llama2_70B"), "carbon", "kgCO2e", 289e3, 294e3);
		JsonObject v3 = find(doc, "trainings", "V3_uncertain");
		JsonObject cost = v3.getAsJsonObject("cost");
		assertEquals("USD", cost.get("unit").getAsString());
		for (String p : Set.of("p05", "p50", "p95")) {
			assertTrue(cost.has(p), p);
		}
		assertTrue(cost.get("p05").getAsDouble() < cost.get("p95").getAsDouble());
		assertTrue(v3.getAsJsonArray("sensitivity").size() > 0);
		JsonObject c = find(doc, "comparisons", "GPT3 vs Llama2_70B");
		assertEquals("kWh", c.getAsJsonObject("difference").get("unit").getAsString());
		JsonObject budget = find(doc, "expectations", "expect GPT3 carbon <= 600 tCO2e");
		assertTrue(budget.get("passed").getAsBoolean());
		assertQuantity(budget, "limit", "kgCO2e", 600e3, 600e3);
	}

	@Test
	void diagnosticsOfContextAndAnalyses() {
		ReportDiagnostic parse = new ReportDiagnostic("a.energy", 3, 5, ReportDiagnostic.Severity.ERROR, "bad");
		JsonObject doc = json(empty(), new ReportContext(List.of("a.energy"), Studies.SETTINGS, false,
				List.of(parse)));
		JsonObject d = doc.getAsJsonArray("diagnostics").get(0).getAsJsonObject();
		assertEquals("a.energy", d.get("file").getAsString());
		assertEquals(3, d.get("line").getAsInt());
		assertEquals(5, d.get("column").getAsInt());
		assertEquals("error", d.get("severity").getAsString());
		assertEquals("bad", d.get("message").getAsString());
		assertEquals("a.energy:3:5: error: bad", parse.format());
	}

	private static StudyResult empty() {
		return new StudyResult(List.of(), List.of());
	}

	private static List<String> strings(JsonArray array) {
		return array.asList().stream().map(JsonElement::getAsString).toList();
	}
}

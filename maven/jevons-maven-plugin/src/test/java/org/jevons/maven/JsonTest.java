package org.jevons.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JsonTest {

	private static final String REPORT = """
			{
			  "files": ["src/main/energy/seed.energy"],
			  "diagnostics": [{"file": "src/main/energy/seed.energy", "line": 3, "column": 5,
			                   "severity": "warning", "message": "say \\"why\\"\\u00e9"}],
			  "inferences": [{"name": "R1_chat", "energy_per_request": {"value": 1.5972222222, "unit": "Wh"}}],
			  "expectations": [{"text": "R1_chat energy per request <= 1 Wh", "passed": false,
			                    "actual": {"value": 1.5972222222, "unit": "Wh"}, "limit": {"value": 1, "unit": "Wh"}},
			                   {"text": "x", "passed": true, "actual": {"value": 2.5e-7, "unit": "1"}, "limit": null}]
			}""";

	@Test
	void readsTheReportContract() {
		Map<String, Object> report = Json.object(Json.parse(REPORT));
		assertEquals(List.of("src/main/energy/seed.energy"), report.get("files"));
		Issue issue = Issue.fromJson(Json.objects(report.get("diagnostics")).get(0));
		assertEquals(new Issue("src/main/energy/seed.energy", 3, 5, "warning", "say \"why\"\u00e9"), issue);
		List<Map<String, Object>> expectations = Json.objects(report.get("expectations"));
		assertEquals(Boolean.FALSE, expectations.get(0).get("passed"));
		assertEquals("1.597 Wh", Json.quantity(expectations.get(0).get("actual")));
		assertEquals("1 Wh", Json.quantity(expectations.get(0).get("limit")));
		assertEquals("2.5E-7", Json.quantity(expectations.get(1).get("actual")));
		assertEquals("?", Json.quantity(expectations.get(1).get("limit")));
		assertTrue(Json.objects(report.get("sweeps")).isEmpty());
	}

	@Test
	void rejectsBrokenJson() {
		assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\": [1, 2}"));
		assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\": 1} x"));
		assertThrows(IllegalArgumentException.class, () -> Json.parse("\"open"));
	}

	@Test
	void parsesCompilerStyleDiagnostics() {
		assertEquals(new Issue("C:\\m\\a.energy", 12, 7, "error", "no such model: Llama"),
				Issue.parse("C:\\m\\a.energy:12:7: error: no such model: Llama").orElseThrow());
		assertTrue(Issue.parse("jevons: ERROR Foo - something").isEmpty());
	}
}

package org.jevons.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jevons.analysis.Boundary;
import org.jevons.analysis.Dimension;
import org.jevons.analysis.Estimate;
import org.jevons.analysis.ExpectationResult;
import org.jevons.analysis.Figure;
import org.jevons.analysis.Problem;
import org.jevons.analysis.SensitivityBar;
import org.jevons.analysis.StudyResult;
import org.jevons.analysis.WorkloadResult;
import org.jevons.analysis.spec.Specs.Origin;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Markup in user strings (names, sources, messages) comes out as text in every format. */
class EscapingTest {
	static final String SCRIPT = "<script>alert(1)</script>";
	static final String IMG = "<img src=x onerror=alert(2)>";
	static final String NAME = "T" + IMG;

	/** A hand-built result: the name, a source, an assumption, a sensitivity input and messages carry markup. */
	static StudyResult hostile() {
		Origin origin = new Origin("x" + IMG + ".energy", 4, 1);
		Figure energy = new Figure("energy", "Energy", Dimension.ENERGY, Estimate.uncertain(3.6e9, 3e9, 3.5e9, 4e9),
				List.of(SCRIPT, "a, \"quoted\" source"));
		Figure carbon = new Figure("carbon", "Carbon " + IMG, Dimension.MASS_CO2E, Estimate.exact(1500),
				List.of(IMG));
		WorkloadResult w = new WorkloadResult(NAME, origin, "training", WorkloadResult.Kind.TRAINING,
				new Boundary(false, true), List.of(energy, carbon), List.of(Problem.warning(origin, "msg " + IMG)),
				List.of("assumes " + SCRIPT), List.of(new SensitivityBar("mfu" + IMG, 0.3, 0.4, "energy", 3e9, 4e9,
						List.of(SCRIPT))));
		ExpectationResult e = new ExpectationResult("expect " + NAME + " energy <= 1 MWh & \u0000 more", origin,
				"expect", false, Optional.of(energy), 3.6e9, Optional.of(0.4),
				List.of(Problem.error(origin, "failed " + IMG)));
		return new StudyResult(List.of(w, e), List.of(Problem.error(Origin.UNKNOWN, "study " + SCRIPT)));
	}

	static ReportContext context() {
		return new ReportContext(List.of("x" + SCRIPT + ".energy"), Studies.SETTINGS, false,
				List.of(new ReportDiagnostic("x.energy", 1, 2, ReportDiagnostic.Severity.ERROR, "bad, \"quoted\" " + IMG)));
	}

	@Test
	void htmlEscapesSourcesNamesAndMessages() {
		String html = Reports.render(hostile(), context(), ReportFormat.HTML);
		assertFalse(html.contains("<script"), "no script element");
		assertFalse(html.contains("<img"), "no img element");
		assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
		assertTrue(html.contains("T&lt;img src=x onerror=alert(2)&gt;"));
		assertTrue(html.contains("bad, &quot;quoted&quot; &lt;img src=x onerror=alert(2)&gt;"));
		assertFalse(html.contains("\u0000"));
		assertTrue(html.contains("<svg"), "the tornado chart is drawn");
	}

	@Test
	void markdownEscapesMarkup() {
		String md = Reports.render(hostile(), context(), ReportFormat.MD);
		assertFalse(md.contains("<script"));
		assertFalse(md.contains("<img"));
		assertTrue(md.contains("&lt;script&gt;"));
	}

	@Test
	void jsonCarriesTheStringsVerbatim() {
		JsonObject doc = JsonParser.parseString(Reports.render(hostile(), context(), ReportFormat.JSON))
				.getAsJsonObject();
		JsonObject t = doc.getAsJsonArray("trainings").get(0).getAsJsonObject();
		assertEquals(NAME, t.get("name").getAsString());
		assertEquals(SCRIPT, t.getAsJsonObject("sources").getAsJsonArray("energy").get(0).getAsString());
	}

	@Test
	void csvQuotesCommasAndQuotes() {
		String csv = Reports.render(hostile(), context(), ReportFormat.CSV);
		assertTrue(csv.contains("\ntrainings,T<img src=x onerror=alert(2)>,,,boundary,,,,,,"
				+ "\"accelerators only, x PUE (facility)\"\n"), csv);
		assertTrue(csv.contains("\ntrainings,T<img src=x onerror=alert(2)>,,,energy,kWh,1000,833.333,972.222,1111.11,\n"),
				csv);
		assertTrue(csv.contains("\ndiagnostics,x.energy:1:2,,,error,,,,,,\"bad, \"\"quoted\"\" <img src=x onerror=alert(2)>\"\n"),
				csv);
	}

	@Test
	void junitXmlIsWellFormedWithMarkupAndControlCharacters() throws Exception {
		String xml = Reports.junit(hostile(), context());
		Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
		Element suite = doc.getDocumentElement();
		assertEquals("testsuite", suite.getTagName());
		assertEquals("1", suite.getAttribute("tests"));
		assertEquals("1", suite.getAttribute("failures"));
		Element testcase = (Element) suite.getElementsByTagName("testcase").item(0);
		assertEquals("expect " + NAME + " energy <= 1 MWh & \uFFFD more", testcase.getAttribute("name"));
		Element failure = (Element) testcase.getElementsByTagName("failure").item(0);
		assertTrue(failure.getAttribute("message").startsWith("actual 1.00 [0.833–1.11] MWh, limit 1.00 MWh"),
				failure.getAttribute("message"));
	}
}

package org.jevons.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.jevons.analysis.Estimate;
import org.jevons.analysis.ExpectationResult;
import org.jevons.analysis.Figure;
import org.jevons.analysis.StudyResult;
import org.jevons.analysis.WorkloadResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * One central value in every format: the same uncertain figure (whose median differs from its nominal value, so
 * a format showing the median would fail) is the nominal value in text, Markdown, HTML, JSON and CSV, every human
 * format names the policy, and an {@code expect} tests the value shown.
 */
class CentralValueTest {
	private static StudyResult seed;
	private static Figure figure;

	@BeforeAll
	static void analyse() {
		seed = Studies.analyze(Studies.seed());
		WorkloadResult r1 = seed.inferences().stream().filter(w -> w.name().equals("R1_chat")).findFirst().orElseThrow();
		figure = r1.figure("energy_per_request").orElseThrow();
	}

	private static double inWh(double si) {
		return si / 3600;
	}

	@Test
	void theFigureDiscriminates() {
		Estimate.Percentiles p = figure.estimate().percentiles().orElseThrow();
		assertNotEquals(Human.sig(inWh(figure.nominal())), Human.sig(inWh(p.p50())),
				"the test needs a figure whose median and nominal value differ");
	}

	@ParameterizedTest
	@EnumSource(value = ReportFormat.class, names = { "TEXT", "MD", "HTML" })
	void humanFormatsShowTheNominalValueAndSaySo(ReportFormat format) {
		String report = Reports.render(seed, Studies.context(), format);
		String shown = Human.format(figure);
		assertTrue(shown.startsWith(Human.sig(inWh(figure.nominal())) + " ["), shown);
		assertTrue(report.contains(shown), format + " shows " + shown);
		assertTrue(report.contains(Human.CENTRAL_NOTE), format + " names the central value");
	}

	@Test
	void jsonValueIsTheNominalValue() {
		JsonObject json = JsonParser.parseString(Reports.render(seed, Studies.context(), ReportFormat.JSON))
				.getAsJsonObject();
		assertEquals(Estimate.CENTRAL, json.getAsJsonObject("settings").get("central").getAsString());
		JsonObject r1 = null;
		for (JsonElement e : json.getAsJsonArray("inferences")) {
			if (e.getAsJsonObject().get("name").getAsString().equals("R1_chat")) {
				r1 = e.getAsJsonObject();
			}
		}
		assertTrue(r1 != null, "R1_chat in the JSON");
		double value = r1.getAsJsonObject("energy_per_request").get("value").getAsDouble();
		assertEquals(inWh(figure.nominal()), value, inWh(figure.nominal()) * 1e-5);
	}

	@Test
	void csvValueIsTheNominalValue() {
		String row = Arrays.stream(Reports.render(seed, Studies.context(), ReportFormat.CSV).split("\n"))
				.filter(l -> l.startsWith("inferences,R1_chat,,,energy_per_request,Wh,")).findFirst().orElseThrow();
		double value = Double.parseDouble(row.split(",")[6]);
		assertEquals(inWh(figure.nominal()), value, inWh(figure.nominal()) * 1e-5);
	}

	@Test
	void anExpectTestsTheValueShown() {
		for (ExpectationResult e : seed.expectations()) {
			e.actual().ifPresent(a -> {
				assertEquals(Estimate.Statistic.NOMINAL, e.statistic());
				assertEquals(a.nominal(), e.tested().orElseThrow());
				assertTrue(Human.actualAndLimit(e).orElseThrow()[0].equals(Human.format(a)), e.name());
			});
		}
	}
}

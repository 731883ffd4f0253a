package org.jevons.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.jevons.analysis.Dimension;
import org.jevons.analysis.Estimate;
import org.jevons.analysis.ExpectationResult;
import org.jevons.analysis.ProjectionResult;
import org.jevons.analysis.StudyResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * One central value in every format: the same uncertain figure (the projection's energy in its last year, whose
 * median differs from its nominal value, so a format showing the median would fail) is the nominal value in text,
 * Markdown, HTML, JSON and CSV, every human format names the policy, and an {@code expect} tests the value shown.
 */
class CentralValueTest {
	private static StudyResult seed;
	private static ProjectionResult projection;
	private static Estimate last;

	@BeforeAll
	static void analyse() {
		seed = Studies.analyze(Studies.seed());
		projection = seed.projections().get(0);
		last = projection.energy().get(projection.energy().size() - 1);
	}

	private static double inTwh(double si) {
		return si / 3.6e15;
	}

	@Test
	void theFigureDiscriminates() {
		Estimate.Percentiles p = last.percentiles().orElseThrow();
		String nominal = Human.format("energy", Dimension.ENERGY, last.nominal());
		String median = Human.format("energy", Dimension.ENERGY, p.p50());
		assertNotEquals(nominal, median, "the test needs a figure whose median and nominal value differ");
	}

	@ParameterizedTest
	@EnumSource(value = ReportFormat.class, names = { "TEXT", "MD", "HTML" })
	void humanFormatsShowTheNominalValueAndSaySo(ReportFormat format) {
		// Markdown escapes the brackets of the range
		String report = Reports.render(seed, Studies.context(), format).replace("\\[", "[").replace("\\]", "]");
		String shown = Human.format("energy", Dimension.ENERGY, last);
		assertTrue(shown.startsWith(Human.format("energy", Dimension.ENERGY, last.nominal()).split(" ")[0] + " ["),
				shown);
		assertTrue(report.contains(shown), format + " shows " + shown);
		assertTrue(report.contains(Human.CENTRAL_NOTE), format + " names the central value");
	}

	@Test
	void jsonValueIsTheNominalValue() {
		JsonObject json = JsonParser.parseString(Reports.render(seed, Studies.context(), ReportFormat.JSON))
				.getAsJsonObject();
		assertEquals(Estimate.CENTRAL, json.getAsJsonObject("settings").get("central").getAsString());
		JsonArray energy = json.getAsJsonArray("projections").get(0).getAsJsonObject().getAsJsonArray("energy");
		double value = energy.get(energy.size() - 1).getAsJsonObject().get("value").getAsDouble();
		assertEquals(inTwh(last.nominal()), value, inTwh(last.nominal()) * 1e-5);
	}

	@Test
	void csvValueIsTheNominalValue() {
		int year = projection.years().get(projection.years().size() - 1);
		String row = Arrays.stream(Reports.render(seed, Studies.context(), ReportFormat.CSV).split("\n"))
				.filter(l -> l.startsWith("projections," + projection.name() + "," + year + ",,energy,TWh,"))
				.findFirst().orElseThrow();
		double value = Double.parseDouble(row.split(",")[6]);
		assertEquals(inTwh(last.nominal()), value, inTwh(last.nominal()) * 1e-5);
	}

	@Test
	void anExpectTestsTheValueShown() {
		for (ExpectationResult e : seed.expectations()) {
			e.actual().ifPresent(a -> {
				assertEquals(Estimate.Statistic.NOMINAL, e.statistic());
				assertEquals(a.nominal(), e.tested().orElseThrow());
				assertEquals(Human.format(a), Human.actualAndLimit(e).orElseThrow()[0], e.name());
			});
		}
	}
}

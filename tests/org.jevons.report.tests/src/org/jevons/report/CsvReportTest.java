package org.jevons.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.jevons.analysis.StudyResult;
import org.junit.jupiter.api.Test;

/** CSV: one tidy table with a `table` column, fixed units, percentiles for projections too, every sweep row. */
class CsvReportTest {
	private static final String HEADER = "table,name,year,point,figure,unit,value,p05,p50,p95,text";

	@Test
	void oneTidyTable() {
		StudyResult seed = Studies.analyze(Studies.seed());
		List<String> lines = Arrays.asList(Reports.render(seed, Studies.context(), ReportFormat.CSV).split("\n"));
		assertEquals(HEADER, lines.get(0));
		assertTrue(lines.stream().noneMatch(String::isBlank), "no blank lines: one table");
		assertTrue(lines.stream().allMatch(l -> l.split(",", -1).length >= 11), "every row has every column");
		assertEquals(List.of("inferences", "comparisons", "projections", "projection_decompositions", "sweeps",
				"expectations"),
				lines.stream().skip(1).map(l -> l.substring(0, l.indexOf(','))).distinct().toList());
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("inferences,R1_chat,,,energy_per_request,Wh,")));
	}

	@Test
	void aByteStreamGetsTheTextAsUtf8InEveryFormat() throws java.io.IOException {
		StudyResult seed = Studies.analyze(Studies.seed());
		for (ReportFormat format : ReportFormat.values()) {
			java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
			Reports.write(seed, Studies.context(), format, bytes);
			assertEquals(Reports.render(seed, Studies.context(), format),
					bytes.toString(java.nio.charset.StandardCharsets.UTF_8), format.id());
		}
	}

	@Test
	void projectionYearsHavePercentiles() {
		StudyResult seed = Studies.analyze(Studies.seed());
		String csv = Reports.render(seed, Studies.context(), ReportFormat.CSV);
		String row = Arrays.stream(csv.split("\n")).filter(l -> l.startsWith("projections,") && l.contains(",2030,,energy,"))
				.findFirst().orElseThrow();
		String[] f = row.split(",", -1);
		assertEquals("TWh", f[5]);
		assertTrue(!f[7].isEmpty() && !f[8].isEmpty() && !f[9].isEmpty(), row);
		assertTrue(Double.parseDouble(f[7]) <= Double.parseDouble(f[9]), row);
	}

	@Test
	void everySweepPointInItsFixedUnits() {
		StudyResult seed = Studies.analyze(Studies.seed());
		String csv = Reports.render(seed, Studies.context(), ReportFormat.CSV);
		List<String> sweep = Arrays.stream(csv.split("\n")).filter(l -> l.startsWith("sweeps,Reasoning_length,")).toList();
		assertEquals(12 * 5, sweep.size(), "12 points × 5 columns");
		assertTrue(sweep.stream().anyMatch(l -> l.contains(",12,energy_per_request,Wh,")), sweep.toString());
	}
}

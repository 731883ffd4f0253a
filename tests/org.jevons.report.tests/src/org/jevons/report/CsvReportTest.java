package org.jevons.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.jevons.analysis.StudyResult;
import org.junit.jupiter.api.Test;

/** CSV: one table per kind after a "# section" line, units in the header, every sweep row. */
class CsvReportTest {

	@Test
	void sectionsHeadersAndAllSweepRows() {
		StudyResult seed = Studies.analyze(Studies.seed());
		String csv = Reports.render(seed, Studies.context(), ReportFormat.CSV);
		List<String> sections = Arrays.stream(csv.split("\n")).filter(l -> l.startsWith("# ")).toList();
		assertEquals(List.of("# inferences", "# comparisons", "# projections", "# projection_figures",
				"# projection_decompositions", "# sweep Reasoning_length", "# expectations"), sections);
		String[] tables = csv.split("\n\n");
		assertEquals(sections.size(), tables.length, "one blank line between tables");
		String inferences = tables[0];
		String header = inferences.split("\n")[1];
		assertTrue(header.startsWith("name,boundary,"), header);
		assertTrue(header.contains(",energy_per_request_Wh,"), header);
		assertTrue(header.contains(",annual_energy_kWh,"), header);
		String sweep = tables[5];
		assertEquals("reasoning_tokens,energy_J,energy_per_request_Wh,energy_per_token_J,annual_energy_kWh",
				sweep.split("\n")[1]);
		assertEquals(2 + 12, sweep.strip().split("\n").length);
	}
}

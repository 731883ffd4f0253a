package org.jevons.analysis.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.jevons.analysis.calibration.CsvTable.CsvException;
import org.jevons.analysis.spec.Specs.Origin;
import org.junit.jupiter.api.Test;

class CsvTableTest {
	@Test
	void quotedFieldsKeepCommasAndDoubledQuotesAndTheirColumn() throws Exception {
		CsvTable table = CsvTable.parse("m.csv", "Model,Notes\r\n\nx,\"a, \"\"b\"\"\"\n");
		assertEquals(List.of("model", "notes"), table.header());
		assertEquals(1, table.rows().size());
		CsvTable.Cell notes = table.rows().get(0).cell("notes").orElseThrow();
		assertEquals("a, \"b\"", notes.text());
		assertEquals(new Origin("m.csv", 3, 3), notes.origin());
	}

	@Test
	void unterminatedQuoteAndExtraFieldsStopWithTheirPlace() {
		CsvException quote = assertThrows(CsvException.class, () -> CsvTable.parse("m.csv", "a,b\n1,\"2\n"));
		assertEquals(new Origin("m.csv", 2, 3), quote.origin());
		assertEquals("unterminated quoted field", quote.getMessage());
		CsvException extra = assertThrows(CsvException.class, () -> CsvTable.parse("m.csv", "a,b\n1,2,3\n"));
		assertEquals(new Origin("m.csv", 2, 5), extra.origin());
		assertEquals("row has 3 fields but the header has 2", extra.getMessage());
	}
}

package org.jevons.report.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

import org.jevons.analysis.SweepResult;
import org.jevons.analysis.spec.Specs.Origin;
import org.junit.jupiter.api.Test;

/**
 * A sweep's rows as the tidy table writes them: one row per point and column, the outputs in their fixed units,
 * numbered from 1, in order across the segments formatted on several threads, the same through a byte stream and
 * through text.
 */
class SweepCsvTest {
	private static final List<String> COLUMNS = List.of("reasoning", "energy_per_request", "energy_per_token",
			"annual_energy");
	/** The fixed units of the columns: the input in its SI unit, then Wh, J and kWh. */
	private static final List<String> SYMBOLS = List.of("tokens", "Wh", "J", "kWh");
	private static final double[] SIZES = { 1, 3600, 1, 3.6e6 };

	@Test
	void everyPointAndColumnInOrderAcrossSegments() throws IOException {
		int rows = 3 * SweepCsv.POINTS + 17;
		double[] data = values(rows);
		SweepResult sweep = grid(rows, data);
		String expected = expected("sweeps,Grid,,", data, rows);

		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		new SweepCsv(sweep, new TidySweepRows(sweep)::segment).write(CsvSink.of(bytes));
		assertEquals(expected, bytes.toString(StandardCharsets.UTF_8));

		StringBuilder text = new StringBuilder();
		new SweepCsv(sweep, new TidySweepRows(sweep)::segment).write(CsvSink.of(text));
		assertEquals(expected, text.toString());
	}

	@Test
	void aNameThatNeedsQuotingAndTextBeyondAscii() throws IOException {
		double[] data = { 2, 7200, 1.5, Double.NaN };
		SweepResult sweep = new SweepResult("Δ,b\nc", Origin.UNKNOWN, "sweep", COLUMNS,
				List.of("tokens", "J", "J", "J"), 1, data, List.of());
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		new SweepCsv(sweep, new TidySweepRows(sweep)::segment).write(CsvSink.of(bytes));
		assertEquals("""
				sweeps,"Δ,b c",,1,reasoning,tokens,2,,,,
				sweeps,"Δ,b c",,1,energy_per_request,Wh,2,,,,
				sweeps,"Δ,b c",,1,energy_per_token,J,1.5,,,,
				sweeps,"Δ,b c",,1,annual_energy,kWh,,,,,
				""", bytes.toString(StandardCharsets.UTF_8));
		StringBuilder text = new StringBuilder();
		new SweepCsv(sweep, new TidySweepRows(sweep)::segment).write(CsvSink.of(text));
		assertEquals(bytes.toString(StandardCharsets.UTF_8), text.toString());
	}

	@Test
	void theWideTableHasOneRowPerPointInOrderAcrossSegments() throws IOException {
		int rows = 3 * SweepCsv.POINTS + 17;
		double[] data = values(rows);
		SweepResult sweep = grid(rows, data);
		StringBuilder expected = new StringBuilder(
				"reasoning [tokens],energy_per_request [Wh],energy_per_token [J],annual_energy [kWh]\n");
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < COLUMNS.size(); c++) {
				expected.append(c > 0 ? "," : "").append(CsvNumberTest.exact(data[r * COLUMNS.size() + c] / SIZES[c]));
			}
			expected.append('\n');
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		CsvReport.writeSweep(sweep, bytes);
		assertEquals(expected.toString(), bytes.toString(StandardCharsets.UTF_8));
	}

	@Test
	void theWideTablesHeaderQuotesWhatNeedsItAndNamesDimensionlessColumnsAlone() throws IOException {
		SweepResult sweep = new SweepResult("S", Origin.UNKNOWN, "sweep",
				List.of("batch", "average power", "energy_per_request", "energy_per_token", "annual_energy"),
				List.of("1", "W", "J", "J", "J"), 1, new double[] { 8, 700, 3600, 2, Double.NaN }, List.of());
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		CsvReport.writeSweep(sweep, bytes);
		assertEquals("""
				batch,average power [W],energy_per_request [Wh],energy_per_token [J],annual_energy [kWh]
				8,700,1,2,
				""", bytes.toString(StandardCharsets.UTF_8));
	}

	@Test
	void aWideTableWithoutPointsIsItsHeader() throws IOException {
		SweepResult sweep = new SweepResult("S", Origin.UNKNOWN, "sweep", COLUMNS, List.of("tokens", "J", "J", "J"),
				0, new double[0], List.of());
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		CsvReport.writeSweep(sweep, bytes);
		assertEquals("reasoning [tokens],energy_per_request [Wh],energy_per_token [J],annual_energy [kWh]\n",
				bytes.toString(StandardCharsets.UTF_8));
	}

	/**
	 * Outputs over many magnitudes and signs, ties and not-a-number among them; the input's values recur, as a
	 * varied input's do (its text is kept by value), with both zeros and not-a-number among them.
	 */
	private static double[] values(int rows) {
		SplittableRandom random = new SplittableRandom(7);
		double[] recurring = { 0.25, -0.0, 0.0, Double.NaN, 1e-7, 123456.5, 3, 1e20 };
		double[] data = new double[rows * COLUMNS.size()];
		for (int i = 0; i < data.length; i++) {
			data[i] = i % COLUMNS.size() == 0 ? recurring[random.nextInt(recurring.length)] : switch (i % 11) {
			case 0 -> i;
			case 1 -> Double.NaN;
			case 2 -> -Math.pow(10, random.nextDouble(-9, 20));
			case 3 -> 1.234565 * 3600;
			default -> Math.pow(10, random.nextDouble(-9, 20));
			};
		}
		return data;
	}

	private static SweepResult grid(int rows, double[] data) {
		return new SweepResult("Grid", Origin.UNKNOWN, "sweep", COLUMNS, List.of("tokens", "J", "J", "J"), rows, data,
				List.of());
	}

	/** The rows written one by one from BigDecimal's six-figure text. */
	private static String expected(String start, double[] data, int rows) {
		StringBuilder out = new StringBuilder();
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < COLUMNS.size(); c++) {
				out.append(start).append(r + 1).append(',').append(COLUMNS.get(c)).append(',').append(SYMBOLS.get(c))
						.append(',').append(CsvNumberTest.exact(data[r * COLUMNS.size() + c] / SIZES[c]))
						.append(",,,,\n");
			}
		}
		return out.toString();
	}
}

package org.jevons.attribution.duckdb;

import static org.jevons.attribution.duckdb.SqlRows.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jevons.attribution.Fixtures;
import org.jevons.attribution.InputProblems.Kind;
import org.jevons.attribution.Plan;
import org.jevons.attribution.Usage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded path end to end: a CSV log with good and bad rows through DuckDB to Parquet and CSV outputs. */
class DuckDbAttributionTest {
	private static final String LOG = Fixtures.HEADER + """
			2026-01-01T10:00:00Z,chat-a,100,0,400,red
			2026-01-01T11:00:00Z,fuzzy,100,0,400,blue
			2026-01-02T10:00:00Z,chat-a,100,0,400,red
			2026-01-02T10:00:00Z,gpt-9,100,0,400,red
			2026-01-02T10:00:00Z,chat-a,-5,0,400,red
			2026-01-02T10:00:00Z,chat-a,abc,0,400,red
			1999-01-02T10:00:00Z,chat-a,1,0,4,red
			2026-01-02T10:00:00Z,chat-a,1,0,4,red,surplus,fields
			2026-01-03T10:00:00Z,chat-a,100,0,400,blue
			""";

	@TempDir
	Path dir;
	private Usage usage;
	private Path log;

	@BeforeEach
	void setUp() throws Exception {
		usage = Fixtures.usage(dir);
		log = Files.writeString(dir.resolve("log.csv"), LOG);
	}

	@Test
	void attributesGoodRowsAndCountsEveryBadOne() throws Exception {
		Path requests = dir.resolve("out/requests.csv");
		Path aggregates = dir.resolve("out/aggregates.parquet");
		DuckDbAttribution.Result result = DuckDbAttribution.run(Fixtures.plan(usage, 100, "day", "team"),
				List.of(log), Optional.of(requests), Optional.of(aggregates), false);
		assertEquals(9, result.rows());
		assertEquals(4, result.attributed());
		assertEquals(1, result.problems().count(Kind.UNKNOWN_MODEL));
		assertEquals(1, result.problems().count(Kind.NEGATIVE_TOKENS));
		assertEquals(2, result.problems().count(Kind.MALFORMED));
		assertEquals(1, result.problems().count(Kind.TIME_OUT_OF_RANGE));
		assertTrue(result.problems().examples(Kind.MALFORMED).stream().anyMatch(e -> e.contains("line 9")),
				result.problems().examples(Kind.MALFORMED).toString());
		assertTrue(result.problems().examples(Kind.MALFORMED).contains(log + ":6: a token count is missing or not a number"),
				result.problems().examples(Kind.MALFORMED).toString());
		assertEquals(List.of("1|chat-a|Chat|" + 983.52 / 3600, "2|fuzzy|Fuzzy|" + 983.52 / 3600,
				"3|chat-a|Chat|" + 983.52 / 3600, "8|chat-a|Chat|" + 983.52 / 3600),
				query("SELECT \"row\", model, workload, energy_wh FROM read_csv('" + requests + "') ORDER BY \"row\""));
		assertEquals(List.of("2026-01-01|blue|1", "2026-01-01|red|1", "2026-01-02|red|1", "2026-01-03|blue|1"),
				query("SELECT day, team, requests FROM '" + aggregates + "' ORDER BY day, team"));
		List<String> fuzzy = query("SELECT energy_kwh_p05 < energy_kwh_p95, carbon_kg > 0 FROM '" + aggregates
				+ "' WHERE team = 'blue' AND day = '2026-01-01'");
		assertEquals(List.of("true|true"), fuzzy);
	}

	@Test
	void strictModeWritesNothingWhenRowsAreSkipped() throws Exception {
		Path aggregates = Files.writeString(dir.resolve("aggregates.csv"), "old\n");
		DuckDbAttribution.Result result = DuckDbAttribution.run(Fixtures.plan(usage, 0, "workload"), List.of(log),
				Optional.of(dir.resolve("requests.parquet")), Optional.of(aggregates), true);
		assertFalse(result.written());
		assertEquals("old\n", Files.readString(aggregates));
		assertFalse(Files.exists(dir.resolve("requests.parquet")));
		try (var files = Files.list(dir)) {
			assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")));
		}
	}

	@Test
	void progressCountsTheRowsAndACancelledRunWritesNothing() throws Exception {
		List<Long> started = new ArrayList<>();
		List<Long> read = new ArrayList<>();
		ScanProgress watching = new ScanProgress() {
			@Override
			public void started(long rows) {
				started.add(rows);
			}

			@Override
			public void read(long rows) {
				read.add(rows);
			}
		};
		DuckDbAttribution.run(Fixtures.plan(usage, 0, "workload"), List.of(log, log), Optional.empty(),
				Optional.empty(), false, watching);
		assertEquals(List.of(16L), started); // 8 readable rows a file; the line with surplus fields is rejected
		assertEquals(List.of(0L, 8L), read);

		Path aggregates = dir.resolve("aggregates.csv");
		ScanProgress cancelled = new ScanProgress() {
			@Override
			public boolean cancelled() {
				return true;
			}
		};
		assertThrows(java.util.concurrent.CancellationException.class,
				() -> DuckDbAttribution.run(Fixtures.plan(usage, 0, "workload"), List.of(log), Optional.empty(),
						Optional.of(aggregates), false, cancelled));
		assertFalse(Files.exists(aggregates));
	}

	@Test
	void aColumnNotInTheLogStopsTheRunWithTheMappingsLine() throws Exception {
		Path other = Files.writeString(dir.resolve("other.csv"), "ts,model,in,out\n2026-01-01,a,1,2\n");
		AttributionException e = assertThrows(AttributionException.class, () -> DuckDbAttribution.run(
				Fixtures.plan(usage, 0, "workload"), List.of(other), Optional.empty(), Optional.empty(), false));
		assertTrue(e.getMessage().matches(".*study\\.energy:7: column 'gen_ai\\.request\\.model' \\(model of usage Logs\\) "
				+ "is not in .*other\\.csv; its columns are ts, model, in, out"), e.getMessage());
	}

	@Test
	void parquetLogsGiveTheSameRequestsAsCsv() throws Exception {
		Path parquet = dir.resolve("log.parquet");
		query("COPY (SELECT * FROM read_csv('" + log + "', all_varchar = true, ignore_errors = true)) TO '" + parquet
				+ "' (FORMAT parquet)");
		Path fromCsv = dir.resolve("csv.csv");
		Path fromParquet = dir.resolve("parquet.csv");
		Plan plan = Fixtures.plan(usage, 0, "workload");
		DuckDbAttribution.run(plan, List.of(log), Optional.of(fromCsv), Optional.empty(), false);
		DuckDbAttribution.Result result = DuckDbAttribution.run(plan, List.of(parquet), Optional.of(fromParquet),
				Optional.empty(), false);
		assertEquals(8, result.rows());
		String columns = "SELECT model, workload, prompt_tokens, energy_wh, carbon_g, water_ml FROM read_csv('";
		assertEquals(query(columns + fromCsv + "')"), query(columns + fromParquet + "')"));
	}

	@Test
	void theShippedExampleAttributesItsLog() throws Exception {
		Path example = Path.of("../../examples/attribution");
		var workspace = org.jevons.dsl.workspace.EnergyWorkspace.load(List.of(example.resolve("services.energy")));
		assertEquals(List.of(), workspace.validate().stream().filter(p -> p.isError()).toList());
		Usage requests = org.jevons.attribution.load.UsageBuilder.build(workspace.files()).get(0);
		DuckDbAttribution.Result result = DuckDbAttribution.run(Fixtures.plan(requests, 50, "month", "workload"),
				List.of(example.resolve("usage-log.csv")), Optional.empty(), Optional.empty(), false);
		assertEquals(2000, result.rows());
		assertEquals(1990, result.attributed()); // GenerateLog 2000 ... 1 --bad breaks 10 rows on purpose
		assertEquals(10, result.problems().total());
		assertTrue(result.groups().stream().anyMatch(g -> g.key().equals(List.of("2026-03", "Llama_chat_EU"))));
	}
}

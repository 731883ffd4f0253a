package org.jevons.spark;

import static org.jevons.attribution.duckdb.SqlRows.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.spark.sql.SparkSession;
import org.jevons.attribution.Group;
import org.jevons.attribution.InputProblems.Kind;
import org.jevons.attribution.Plan;
import org.jevons.attribution.duckdb.DuckDbAttribution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local mode against the embedded path, on the shipped example (services.energy and the synthetic
 * usage-log.csv, as Parquet in several row groups so that Spark reads it in several partitions).
 */
class SparkAttributionTest {
	private static final Path EXAMPLE = Path.of("../../examples/attribution");
	private static SparkSession spark;

	@TempDir
	static Path dir;
	private static Path parquet;
	private static PlanSource source;

	@BeforeAll
	static void start() throws Exception {
		parquet = dir.resolve("log.parquet");
		query("COPY (SELECT * FROM read_csv('" + EXAMPLE.resolve("usage-log.csv")
				+ "', all_varchar = true)) TO '" + parquet + "' (FORMAT parquet, ROW_GROUP_SIZE 256)");
		source = PlanSource.read(List.of(EXAMPLE.resolve("services.energy")), "Requests", 100, 7,
				Plan.defaultFrom(), Plan.defaultTo(), List.of("month", "workload", "team"));
		spark = SparkSession.builder().master("local[2]").appName("jevons-test")
				.config("spark.ui.enabled", "false").config("spark.sql.session.timeZone", "UTC")
				.config("spark.sql.files.maxPartitionBytes", "16384").config("spark.sql.shuffle.partitions", "2")
				.getOrCreate();
	}

	@AfterAll
	static void stop() {
		if (spark != null) {
			spark.stop();
		}
	}

	@Test
	void sparkGivesTheEmbeddedResults() throws Exception {
		Path embeddedRequests = dir.resolve("embedded.parquet");
		DuckDbAttribution.Result embedded = DuckDbAttribution.run(source.plan(), List.of(parquet),
				Optional.of(embeddedRequests), Optional.empty(), false);
		Path sparkRequests = dir.resolve("spark-requests");
		SparkAttribution.Result distributed = SparkAttribution.run(spark, source, List.of(parquet.toString()),
				Optional.of(sparkRequests.toString()), Optional.of(dir.resolve("spark-aggregates").toString()));

		assertTrue(embedded.attributed() > 1900, "attributed " + embedded.attributed());
		assertEquals(embedded.attributed(), distributed.attributed());
		for (Kind kind : Kind.values()) {
			assertEquals(embedded.problems().count(kind), distributed.problems().count(kind), kind.label());
		}
		// per request: the same bits
		String columns = "SELECT \"row\", epoch_us(time), model, workload, prompt_tokens, reasoning_tokens, answer_tokens, "
				+ "energy_wh, carbon_g, water_ml FROM ";
		List<String> fromDuckDb = query(columns + "'" + embeddedRequests + "' ORDER BY \"row\"");
		List<String> fromSpark = query(columns + "'" + sparkRequests + "/*.parquet' ORDER BY \"row\"");
		assertEquals(embedded.attributed(), fromDuckDb.size());
		assertEquals(fromDuckDb, fromSpark);
		// aggregates: the same sums, up to the order of addition across partitions
		assertEquals(embedded.groups().size(), distributed.groups().size());
		for (Group e : embedded.groups()) {
			Group d = distributed.groups().stream().filter(g -> g.key().equals(e.key())).findFirst().orElseThrow();
			assertEquals(e.requests(), d.requests());
			for (int f = 0; f < 3; f++) {
				assertEquals(e.nominal(f), d.nominal(f), 1e-12 * Math.abs(e.nominal(f)), e.key() + " figure " + f);
				if (e.percentiles(f).isPresent()) {
					assertEquals(e.percentiles(f).get().p95(), d.percentiles(f).orElseThrow().p95(),
							1e-12 * e.percentiles(f).get().p95());
				}
			}
		}
		assertEquals(List.of(String.valueOf(embedded.groups().size())),
				query("SELECT count(*) FROM '" + dir.resolve("spark-aggregates") + "/*.parquet'"));
	}
}

package org.jevons.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jevons attribute}: exit codes, the skipped-row report, strict mode. */
class AttributeCommandTest {
	private static final String STUDY = """
			accelerator Acc { peak bf16 1000 TFLOP/s  power 700 W  bandwidth 3 TB/s  memory 192 GB }
			model M { parameters 70B }
			inference Chat { model M  on 1 x Acc  prompt 100 tokens  answer 400 tokens  energy 2 J/token }
			usage Logs {
			    column time "ts"  column model "model"  column prompt "in"  column answer "out"
			    map model "chat*" -> Chat
			}
			""";

	@TempDir
	Path dir;
	private Path study;

	@BeforeEach
	void write() throws Exception {
		study = Files.writeString(dir.resolve("study.energy"), STUDY);
	}

	private static CliRun run(String... args) {
		return CliRun.of(args);
	}

	@Test
	void attributesALogAndPrintsTheAggregates() throws Exception {
		Path log = Files.writeString(dir.resolve("log.csv"), "ts,model,in,out\n2026-01-01T00:00:00Z,chat-1,0,1800\n");
		Path requests = dir.resolve("requests.csv");
		CliRun run = run("attribute", study.toString(), "--log", log.toString(), "--by", "day,model", "--requests",
				requests.toString());
		assertEquals(Main.OK, run.exit(), run.err());
		// no datacenter: no carbon or water figure, empty cells rather than NaN
		List<String> lines = Files.readAllLines(requests);
		assertEquals("source,row,time,model,workload,prompt_tokens,reasoning_tokens,answer_tokens,energy_wh,carbon_g,"
				+ "water_ml", lines.get(0));
		assertEquals(log + ",1,2026-01-01 00:00:00,chat-1,Chat,0.0,0.0,1800.0,1.0,,", lines.get(1));
		// 1800 output tokens at 2 J and no prompt: 3600 J = 0.001 kWh
		assertEquals("1 rows read, 1 requests attributed, 0 skipped\nday | model | requests | energy kWh | "
				+ "carbon kgCO2e | water L\n2026-01-01 | chat-1 | 1 | 0.001000 | — | —\n", run.out());
	}

	@Test
	void skippedRowsAreReportedAndStrictModeFails() throws Exception {
		Path log = Files.writeString(dir.resolve("log.csv"),
				"ts,model,in,out\n2026-01-01T00:00:00Z,chat-1,0,1800\n2026-01-01T00:00:00Z,llama,0,1\n");
		Path aggregates = dir.resolve("aggregates.csv");
		CliRun lenient = run("attribute", study.toString(), "--log", log.toString(), "--aggregates", aggregates.toString());
		assertEquals(Main.OK, lenient.exit());
		assertTrue(lenient.err().contains("jevons: skipped 1 rows: no rule maps them, e.g.\n  " + log
				+ ":2: no rule of usage Logs (" + study + ":4) maps model 'llama'"), lenient.err());
		assertTrue(Files.exists(aggregates));
		Files.delete(aggregates);
		CliRun strict = run("attribute", study.toString(), "--log", log.toString(), "--aggregates", aggregates.toString(),
				"--strict");
		assertEquals(Main.FAILED, strict.exit());
		assertFalse(Files.exists(aggregates));
	}

	@Test
	void filesWithoutAMappingAreAUsageError() throws Exception {
		Path plain = Files.writeString(dir.resolve("plain.energy"), "model M { parameters 7B }\n");
		Path log = Files.writeString(dir.resolve("log.csv"), "a\n1\n");
		CliRun run = run("attribute", plain.toString(), "--log", log.toString());
		assertEquals(Main.USAGE, run.exit());
		assertTrue(run.err().contains("no usage mapping"), run.err());
	}

	@Test
	void aWrongColumnNameFailsWithoutOutput() throws Exception {
		Path log = Files.writeString(dir.resolve("log.csv"), "ts,model_name,in,out\n2026-01-01,chat,1,1\n");
		Path requests = dir.resolve("requests.parquet");
		CliRun run = run("attribute", study.toString(), "--log", log.toString(), "--requests", requests.toString());
		assertEquals(Main.FAILED, run.exit());
		assertTrue(run.err().startsWith("jevons: " + study + ":4: column 'model' (model of usage Logs) is not in "),
				run.err());
		assertFalse(Files.exists(requests));
	}
}

package org.jevons.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jevons validate}: predicted against measured, the error table, --fit, and diagnostics of bad CSV. */
class ValidateCommandTest {
	static final String HEADER = "task,model,total_params_B,active_params_B,architecture,gpu,num_gpus,precision,"
			+ "batch,avg_output_tokens,energy_per_token_J,avg_power_W_per_gpu\n";
	static final String ROWS = HEADER
			+ "lm-arena-chat,Qwen/Qwen3-8B,8,8,dense,H100,1,bf16,64,600,0.2,550\n"
			+ "lm-arena-chat,Qwen/Qwen3-8B,8,8,dense,B200,1,bf16,256,600,0.1,700\n"
			+ "gpqa,openai/gpt-oss-20b,21,4,moe,H100,1,mxfp4,128,4000,0.08,500\n"
			+ "lm-arena-chat,google/gemma-3-12b-it,12,12,dense,H100,1,bf16,32,600,0.3,450\n";

	@TempDir
	Path dir;

	private static CliRun validate(String... args) {
		String[] all = new String[args.length + 1];
		all[0] = "validate";
		System.arraycopy(args, 0, all, 1, args.length);
		return CliRun.of(all);
	}

	private Path csv(String text) throws Exception {
		return Files.writeString(dir.resolve("m.csv"), text);
	}

	@Test
	void printsPredictedAgainstMeasuredAndTheErrorTable() throws Exception {
		CliRun run = validate(csv(ROWS).toString());
		assertEquals(Main.OK, run.exit(), run.err());
		assertEquals("", run.err());
		assertTrue(run.out().contains("line  model"), run.out());
		assertTrue(run.out().contains("Qwen/Qwen3-8B"), run.out());
		assertTrue(run.out().contains("Error |log(predicted/measured)| as a factor"), run.out());
		assertTrue(run.out().contains("  all    4"), run.out());
		assertFalse(run.out().contains("Values fitted"), run.out());
	}

	@Test
	void fitPrintsHeldOutErrorAndPasteableValues() throws Exception {
		CliRun run = validate(csv(ROWS).toString(), "--fit");
		assertEquals(Main.OK, run.exit(), run.err());
		assertTrue(run.out().contains("holding out one model at a time"), run.out());
		assertTrue(run.out().contains("\n    decode mfu "), run.out());
		assertTrue(run.out().contains("\n    mbu "), run.out());
	}

	@Test
	void csvAndJsonFormats() throws Exception {
		Path file = csv(ROWS);
		CliRun csv = validate(file.toString(), "--format", "csv");
		assertEquals(Main.OK, csv.exit(), csv.err());
		assertTrue(csv.out().startsWith("line,model,gpu,gpus,batch,measured_J_per_token,predicted_J_per_token,ratio\n"
				+ "2,Qwen/Qwen3-8B,H100,1,64,0.2,"), csv.out());
		assertTrue(csv.out().contains("\npredictions,group,rows,median_error,p90_error,worst_error,median_ratio\n"
				+ "defaults,all,4,"), csv.out());
		CliRun json = validate(file.toString(), "--format", "json", "--fit");
		assertEquals(Main.OK, json.exit(), json.err());
		assertTrue(json.out().contains("\"heldout_errors\""), json.out());
		assertTrue(json.out().contains("\"decode mfu\":"), json.out());
	}

	@Test
	void missingColumnIsAnErrorAtTheHeader() throws Exception {
		Path file = csv(HEADER.replace(",batch", "") + "x\n");
		CliRun run = validate(file.toString());
		assertEquals(Main.FAILED, run.exit());
		assertEquals(file + ":1:1: error: missing column batch (required: model, total_params_b, active_params_b,"
				+ " architecture, gpu, num_gpus, precision, batch, avg_output_tokens, energy_per_token_j)\n",
				run.err().replace("\r", ""));
		assertEquals("", run.out());
	}

	@Test
	void badCellsAreErrorsAtTheirLineAndColumn() throws Exception {
		Path file = csv(HEADER + "gpqa,Qwen/Qwen3-8B,8,8,dense,H100,1,bf16,many,600,0.2,\n"
				+ "gpqa,Qwen/Qwen3-8B,8,8,dense,H100,1,bf16,8,600,-0.2,\n"
				+ "gpqa,Qwen/Qwen3-8B,8,8,dense,X100,1,bf16,8,600,0.2,\n"
				+ "gpqa,Qwen/Qwen3-8B,8,8,sparse,H100,1,bf16,8,600,0.2,\n");
		CliRun run = validate(file.toString());
		assertEquals(Main.FAILED, run.exit());
		String[] lines = run.err().replace("\r", "").split("\n");
		assertEquals(file + ":2:42: error: batch 'many' is not a number", lines[0]);
		assertEquals(file + ":3:48: error: energy_per_token_j must be positive, not -0.2", lines[1]);
		assertTrue(lines[2].startsWith(file + ":4:30: error: unknown GPU 'X100': not an accelerator of the built-in"
				+ " library"), lines[2]);
		assertTrue(lines[3].startsWith(file + ":5:24: error: architecture 'sparse' is not one of dense, moe"),
				lines[3]);
		assertEquals(4, lines.length, run.err());
		assertFalse(run.err().contains("Exception"), run.err());
		assertEquals("", run.out());
	}

	@Test
	void unterminatedQuoteIsAnError() throws Exception {
		Path file = csv(HEADER + "gpqa,\"Qwen/Qwen3-8B,8,8,dense,H100,1,bf16,8,600,0.2,\n");
		CliRun run = validate(file.toString());
		assertEquals(Main.FAILED, run.exit());
		assertEquals(file + ":2:6: error: unterminated quoted field\n", run.err().replace("\r", ""));
	}

	@Test
	void missingFileAndBadOptionsAreUsageErrors() throws Exception {
		assertEquals(Main.USAGE, validate(dir.resolve("nope.csv").toString()).exit());
		assertEquals(Main.USAGE, validate(csv(ROWS).toString(), "--format", "html").exit());
		assertEquals(Main.USAGE, validate(csv(ROWS).toString(), "--holdout", "row").exit());
	}
}

package org.jevons.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as other tools expect it: usage errors, exit codes, paths as given, file permissions. */
class CommandLineTest {
	/** 20 000 points: several segments of rows formatted on every core. */
	private static final String GRID = """
			import jevons.library.hardware.*
			import jevons.library.grids.*
			import jevons.library.models.*

			sweep Grid {
			    workload Service
			    vary reasoning from 0 to 9998 tokens step 2
			    vary batch from 1 to 4 step 1
			}

			inference Service {
			    model DeepSeek_R1_Distill_Llama_70B
			    on 1 x H100_SXM in Hall
			    requests 1M /day
			    precision fp8
			    prompt 150 tokens
			    answer 550 tokens
			    reasoning 1100 tokens
			}

			datacenter Hall { grid USA  pue 1.1 }
			""";

	@TempDir
	Path dir;

	private static CliRun run(String... args) {
		return CliRun.of(args);
	}

	@Test
	void noArgumentsIsAUsageError() {
		CliRun run = run();
		assertEquals(Main.USAGE, run.exit());
		assertTrue(run.err().contains("jevons: Missing command: check, analyze, attribute, validate or lsp"), run.err());
		assertTrue(run.err().contains("Try 'jevons --help'"), run.err());
	}

	@Test
	void theHelpListsEveryCommandAndTheVersionNeedsNone() {
		CliRun help = run("--help");
		assertEquals(Main.OK, help.exit(), help.err());
		for (String command : new String[] { "check", "analyze", "attribute", "validate", "lsp" }) {
			assertTrue(help.out().contains("  " + command + " "), help.out());
		}
		CliRun version = run("--version");
		assertEquals(Main.OK, version.exit(), version.err());
		assertTrue(version.out().startsWith("jevons "), version.out());
	}

	@Test
	void everyCommandsHelpIsPrintedWithoutWarnings() {
		for (String command : new String[] { "check", "analyze", "attribute", "validate", "lsp" }) {
			CliRun help = run(command, "--help");
			assertEquals(Main.OK, help.exit(), help.err());
			assertEquals("", help.err(), command + " --help"); // e.g. picocli's warning about a lone % sign
			assertTrue(help.out().startsWith("Usage: jevons " + command), help.out());
		}
		assertTrue(run("analyze", "--help").out().contains("precise to ±0.5 % at 95 % confidence"));
	}

	@Test
	void anUnknownCommandIsAUsageError() {
		CliRun run = run("chek", "x.energy");
		assertEquals(Main.USAGE, run.exit());
		assertTrue(run.err().contains("jevons: Unmatched arguments from index 0: 'chek', 'x.energy'"), run.err());
	}

	@Test
	void anEmptyFolderIsAUsageErrorNamingIt() throws Exception {
		Path empty = Files.createDirectory(dir.resolve("empty"));
		CliRun run = run("check", empty.toString());
		assertEquals(Main.USAGE, run.exit());
		assertTrue(run.err().contains("no .energy files in folder " + empty), run.err());
	}

	@Test
	void aFileThatIsNotEnergyIsAUsageErrorNamingIt() throws Exception {
		Path notes = Files.writeString(dir.resolve("notes.txt"), "hello\n");
		CliRun run = run("analyze", notes.toString());
		assertEquals(Main.USAGE, run.exit());
		assertTrue(run.err().contains(notes + " is not a .energy file"), run.err());
		assertFalse(run.err().contains("Exception"), run.err());
	}

	@Test
	void analysisDiagnosticsNameTheFileAsGiven() throws Exception {
		Files.createDirectory(dir.resolve("sub"));
		Files.writeString(dir.resolve("x.energy"), """
				accelerator A { peak bf16 989 TFLOP/s  power 700 W  memory 80 GB  bandwidth 3.35 TB/s }
				model M { architecture dense  parameters 7B  precision bf16 }
				training T { model M  on 8 x A  tokens 1T  mfu 0.4 }
				expect T energy <= 1 kWh
				""");
		String given = dir.resolve("sub").resolve("..").resolve("x.energy").toString();
		CliRun run = run("analyze", given);
		assertEquals(Main.FAILED, run.exit(), run.err());
		assertTrue(run.err().contains(given + ":3:1: info: training T names no datacenter"), run.err());
		assertTrue(run.err().contains(given + ":4:1: error: expectation failed: T energy <= 1 kWh (actual "), run.err());
	}

	@Test
	void aTrainingWithNeitherHoursNorMfuIsOneProblemOnce() throws Exception {
		Path file = Files.writeString(dir.resolve("t.energy"), """
				accelerator A { peak bf16 989 TFLOP/s  power 700 W  memory 80 GB  bandwidth 3.35 TB/s }
				model M { architecture dense  parameters 7B  precision bf16 }
				training T { model M  on 8 x A  tokens 1T }
				""");
		CliRun run = run("analyze", file.toString(), "--format", "json");
		assertEquals(Main.FAILED, run.exit());
		long errors = run.err().lines().filter(l -> l.contains(": error: ")).count();
		assertEquals(1, errors, run.err());
		assertTrue(run.err().contains(file + ":3:10: error: training T needs tokens and mfu"), run.err());
		assertEquals(1, run.out().split("\"severity\": \"error\"", -1).length - 1, "once in the report too");
	}

	@Test
	void moreWarningsThanShownAreStillWarnings() throws Exception {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < 120; i++) {
			text.append("accelerator A").append(i).append(" { peak bf16 989 TFLOP/s  power 700 W  memory 80GB }\n");
		}
		Path file = Files.writeString(dir.resolve("many.energy"), text);
		CliRun run = run("check", file.toString());
		assertFalse(run.err().contains(": error: "), run.err());
		assertTrue(run.err().contains(file + ":1:1: warning: 20 more problems in this file not shown (20 warnings)"),
				run.err());
		assertEquals(Main.OK, run.exit());
	}

	@Test
	void reportsGetTheUsualPermissions() throws Exception {
		Path file = Files.writeString(dir.resolve("ok.energy"),
				"accelerator A { peak bf16 989 TFLOP/s  power 700 W }\n");
		Path report = dir.resolve("out").resolve("report.json");
		assertEquals(Main.OK, run("analyze", file.toString(), "--format", "json", "--out", report.toString()).exit());
		Set<PosixFilePermission> usual = Files.getPosixFilePermissions(Files.createFile(dir.resolve("plain")));
		assertEquals(usual, Files.getPosixFilePermissions(report));
	}

	@Test
	void aCsvReportFileHoldsWhatStandardOutputShows() throws Exception {
		// written as bytes to the file
		Path file = Files.writeString(dir.resolve("sweep.energy"), GRID);
		Path report = dir.resolve("report.csv");
		assertEquals(Main.OK, run("analyze", file.toString(), "--format", "csv", "--out", report.toString()).exit());
		CliRun shown = run("analyze", file.toString(), "--format", "csv");
		assertEquals(Main.OK, shown.exit());
		String written = Files.readString(report);
		assertEquals(shown.out(), written);
		assertTrue(written.contains("\nsweeps,Grid,,20000,annual_energy,kWh,"), "the last point");
	}

	@Test
	void sweepsAsWideTablesHoldTheTidyReportsValues() throws Exception {
		Path file = Files.writeString(dir.resolve("sweep.energy"), GRID);
		Path folder = dir.resolve("tables");
		CliRun run = run("analyze", file.toString(), "--format", "csv", "--sweeps", folder.toString());
		assertEquals(Main.OK, run.exit(), run.err());
		List<String> wide = Files.readAllLines(folder.resolve("Grid.csv"));
		assertEquals("reasoning [tokens],batch,energy_per_request [Wh],energy_per_token [J],annual_energy [kWh]",
				wide.get(0));
		assertEquals(20_001, wide.size());
		// the tidy report's five rows of a point hold the values of the wide table's row, in the same text
		List<String> tidy = run.out().lines().filter(l -> l.startsWith("sweeps,Grid,,")).toList();
		assertEquals(5 * 20_000, tidy.size());
		for (int point = 1; point <= 20_000; point += 997) {
			String[] cells = wide.get(point).split(",", -1);
			for (int c = 0; c < 5; c++) {
				String[] row = tidy.get(5 * (point - 1) + c).split(",", -1);
				assertEquals(String.valueOf(point), row[3]);
				assertEquals(row[6], cells[c], "point " + point + ", column " + row[4]);
			}
		}
	}

	@Test
	void sweepsWithoutASweepSaysSoAndWritesNothing() throws Exception {
		Path file = Files.writeString(dir.resolve("ok.energy"),
				"accelerator A { peak bf16 989 TFLOP/s  power 700 W }\n");
		Path folder = dir.resolve("tables");
		CliRun run = run("analyze", file.toString(), "--sweeps", folder.toString());
		assertEquals(Main.OK, run.exit());
		assertTrue(run.err().contains("jevons: --sweeps: the files declare no sweep; nothing written to " + folder),
				run.err());
		assertFalse(Files.exists(folder));
	}

	@Test
	void sweepsIntoAFileSaysItIsNoFolder() throws Exception {
		Path file = Files.writeString(dir.resolve("sweep.energy"), GRID);
		Path notAFolder = Files.writeString(dir.resolve("tables"), "kept");
		CliRun run = run("analyze", file.toString(), "--format", "json", "--sweeps", notAFolder.toString());
		assertEquals(Main.USAGE, run.exit(), run.err());
		assertTrue(run.err().contains("jevons: cannot write: " + notAFolder
				+ " is a file, not a folder (--sweeps DIR writes one file per sweep)"), run.err());
		assertEquals("kept", Files.readString(notAFolder), "nothing the user wrote is overwritten");
		assertEquals("", run.out(), "refused before the analysis");
	}
}

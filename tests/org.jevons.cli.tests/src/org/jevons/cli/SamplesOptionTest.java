package org.jevons.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code analyze --samples N|auto}: the count chosen, said on stderr and used by the report; bad values. */
class SamplesOptionTest {
	private static final String HARDWARE = """
			accelerator A { peak bf16 989 TFLOP/s  power 700 W  memory 80 GB  bandwidth 3.35 TB/s }
			model M { architecture dense  parameters 7B  precision bf16 }
			datacenter DC { pue 1.1 }
			""";

	@TempDir
	Path dir;

	private static CliRun run(String... args) {
		return CliRun.of(args);
	}

	private Path file(String training) throws Exception {
		return Files.writeString(dir.resolve("t.energy"), HARDWARE + training + "\n");
	}

	@Test
	void autoWithoutUncertaintyTakesTheMinimum() throws Exception {
		Path f = file("training T { model M  on 8 x A in DC  tokens 1T  mfu 0.4 }");
		CliRun run = run("analyze", f.toString(), "--samples", "auto", "--format", "json");
		assertEquals(Main.OK, run.exit(), run.err());
		assertTrue(run.err().contains(
				"jevons: --samples auto: 10 000 samples (the minimum: no headline figure is uncertain)"), run.err());
		assertTrue(run.out().contains("\"samples\": 10000"), run.out());
	}

	@Test
	void autoSaysWhatItChoseAndTheReportUsesIt() throws Exception {
		Path f = file("training T { model M  on 8 x A in DC  tokens 1T  mfu 0.2 .. 0.6 }");
		CliRun run = run("analyze", f.toString(), "--samples", "auto", "--format", "json");
		assertEquals(Main.OK, run.exit(), run.err());
		Matcher chosen = Pattern.compile("jevons: --samples auto: ([0-9 ]+) samples: p05, p50 and p95 of every"
				+ " headline figure within ±0.50 % at 95 % confidence \\(widest ±[0-9.]+ % at 95 % confidence"
				+ " \\(T energy p(05|50|95)\\)\\)").matcher(run.err());
		assertTrue(chosen.find(), run.err());
		int samples = Integer.parseInt(chosen.group(1).replace(" ", ""));
		// energy ∝ 1/mfu: the spread of 1/U(0.2, 0.6) needs more than the minimum
		assertTrue(samples > 10_000, run.err());
		assertTrue(run.out().contains("\"samples\": " + samples), run.out());
	}

	@Test
	void aWordOtherThanAutoIsAUsageError() throws Exception {
		Path f = file("training T { model M  on 8 x A in DC  tokens 1T  mfu 0.4 }");
		CliRun run = run("analyze", f.toString(), "--samples", "many");
		assertEquals(Main.USAGE, run.exit());
		assertTrue(run.err().contains("jevons: --samples must be a whole number of at least 1, or auto, not 'many'"),
				run.err());
	}

	@Test
	void zeroSamplesIsAUsageError() throws Exception {
		Path f = file("training T { model M  on 8 x A in DC  tokens 1T  mfu 0.4 }");
		CliRun run = run("analyze", f.toString(), "--samples", "0");
		assertEquals(Main.USAGE, run.exit());
		assertTrue(run.err().contains("jevons: --samples must be at least 1, not 0"), run.err());
	}
}

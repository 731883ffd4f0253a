package org.jevons.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jevons check}: exit codes and diagnostics in compiler form. */
class CheckCommandTest {

	@TempDir
	Path dir;

	private record Run(int exit, String err) {
	}

	private Run check(String... args) {
		PrintStream oldErr = System.err;
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
		try {
			String[] all = new String[args.length + 1];
			all[0] = "check";
			System.arraycopy(args, 0, all, 1, args.length);
			return new Run(Main.run(all), err.toString(StandardCharsets.UTF_8));
		} finally {
			System.setErr(oldErr);
		}
	}

	@Test
	void validFileExitsZeroWithoutDiagnostics() throws Exception {
		Path file = Files.writeString(dir.resolve("ok.energy"),
				"accelerator H100 { peak bf16 989 TFLOP/s  power 700 W }\n");
		Run run = check(file.toString());
		assertEquals("", run.err());
		assertEquals(Main.OK, run.exit());
	}

	@Test
	void syntaxErrorIsReportedWithLineAndColumnAndExitOne() throws Exception {
		Path file = Files.writeString(dir.resolve("broken.energy"), "accelerator H100 {\n  power 700 W\n  }}\n");
		Run run = check(file.toString());
		assertEquals(Main.FAILED, run.exit());
		assertTrue(run.err().startsWith(file + ":3:4: error: "), run.err());
	}

	@Test
	void missingFileIsAUsageError() {
		Run run = check(dir.resolve("nope.energy").toString());
		assertEquals(Main.USAGE, run.exit());
		assertTrue(run.err().contains("no such file or folder"), run.err());
	}

	@Test
	void binaryFileGetsOneDiagnostic() throws Exception {
		Path file = dir.resolve("bin.energy");
		Files.write(file, new byte[] { 'a', '\n', 'b', 0, 1, 2 });
		Run run = check(file.toString());
		assertEquals(Main.FAILED, run.exit());
		assertEquals(file + ":2:2: error: binary content (a NUL byte): not a .energy text file\n", run.err());
	}
}

package org.jevons.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every shipped example analyses end to end without errors and with every {@code expect} met. */
class ExamplesTest {

	private record Run(int exit, String out, String err) {
	}

	static Path examples() {
		// tests run in tests/org.jevons.cli.tests; the examples are at the top of the repository
		Path here = Path.of("").toAbsolutePath();
		for (Path p = here; p != null; p = p.getParent()) {
			if (Files.isDirectory(p.resolve("examples").resolve("deepseek"))) {
				return p.resolve("examples");
			}
		}
		throw new AssertionError("no examples/ above " + here);
	}

	static Run analyze(Path folder) {
		PrintStream oldOut = System.out, oldErr = System.err;
		ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
		System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
		try {
			int exit = Main.run(new String[] { "analyze", "--format", "json", "--samples", "2000", folder.toString() });
			return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
		} finally {
			System.setOut(oldOut);
			System.setErr(oldErr);
		}
	}

	@ParameterizedTest(name = "examples/{0}")
	@ValueSource(strings = { "training", "rebound", "deepseek", "boundaries" })
	void analysesWithoutErrorsAndMeetsEveryExpectation(String name) {
		Run run = analyze(examples().resolve(name));
		assertEquals(Main.OK, run.exit(), run.err() + run.out());
		assertTrue(!run.out().matches("(?s).*\"passed\"\\s*:\\s*false.*"), run.out());
	}

	@org.junit.jupiter.api.Test
	void theFlagshipComparesMeasuredAndPredictedServices() {
		Run run = analyze(examples().resolve("deepseek"));
		assertTrue(run.out().contains("R1_chat vs Llama33_chat"), run.out());
		assertTrue(run.out().contains("R1_chat_predicted vs Llama33_chat_predicted"), run.out());
	}
}

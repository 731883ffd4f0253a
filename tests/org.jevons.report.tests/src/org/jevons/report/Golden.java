package org.jevons.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code resources/golden/}, read relative to the test project (the working directory of
 * tycho-surefire and of an IDE launch). A missing file is written and the test fails, so a new golden file is
 * always looked at; {@code -Djevons.updateGolden=true} (or {@code JEVONS_UPDATE_GOLDEN=true}) rewrites them all.
 */
final class Golden {
	static final Path DIRECTORY = Path.of("resources", "golden");

	private Golden() {
	}

	static void assertGolden(String name, String actual) {
		Path file = DIRECTORY.resolve(name);
		boolean update = Boolean.getBoolean("jevons.updateGolden")
				|| "true".equals(System.getenv("JEVONS_UPDATE_GOLDEN"));
		try {
			if (update || !Files.exists(file)) {
				Files.createDirectories(DIRECTORY);
				Files.writeString(file, actual, StandardCharsets.UTF_8);
				if (!update) {
					fail("golden file " + file.toAbsolutePath() + " did not exist; written — check it and re-run");
				}
				return;
			}
			assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "differs from " + file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}

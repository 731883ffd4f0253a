package org.jevons.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Reports are written whole or not at all: a temporary file beside the target, then a rename. */
final class Outputs {
	private Outputs() {
	}

	static void writeAtomically(Path target, String content) throws IOException {
		Path absolute = target.toAbsolutePath();
		Path dir = absolute.getParent();
		Files.createDirectories(dir);
		Path temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
		try {
			Files.writeString(temp, content, StandardCharsets.UTF_8);
			try {
				Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temp);
		}
	}
}

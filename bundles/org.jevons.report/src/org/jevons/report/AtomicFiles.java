package org.jevons.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Reports and tables are written whole or not at all, by the command line and the workbench alike: streamed to a
 * temporary file beside the target, then renamed over it. The temporary file is created like any other file (mode
 * 0666 less the umask), not with {@link Files#createTempFile}'s 0600, so a report gets the permissions other tools
 * give their output.
 */
public final class AtomicFiles {
	private AtomicFiles() {
	}

	/** What is written to the temporary file. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	/** Streams the content to a temporary file beside the target (its folders created), then renames it. */
	public static void write(Path target, Content content) throws IOException {
		Path absolute = target.toAbsolutePath();
		Path dir = absolute.getParent();
		Files.createDirectories(dir);
		Path temp = dir.resolve("." + absolute.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current()
				.nextLong() & Long.MAX_VALUE) + ".tmp");
		try {
			try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(temp,
					StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16)) {
				content.writeTo(stream);
			}
			try {
				Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				// another file system under the same folder name cannot rename atomically; a plain move still does
				Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temp);
		}
	}
}

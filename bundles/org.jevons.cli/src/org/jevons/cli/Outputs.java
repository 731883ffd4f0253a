package org.jevons.cli;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Reports are written whole or not at all: a temporary file beside the target, then a rename. The temporary file
 * is created like any other file (mode 0666 less the umask), not with {@link Files#createTempFile}'s 0600, so a
 * report gets the permissions other tools give their output.
 */
final class Outputs {
	private Outputs() {
	}

	/** What is written to the temporary file. */
	@FunctionalInterface
	interface Content {
		void writeTo(Writer writer) throws IOException;
	}

	/** What is written to the temporary file as bytes. */
	@FunctionalInterface
	interface Bytes {
		void writeTo(OutputStream stream) throws IOException;
	}

	static void writeAtomically(Path target, String content) throws IOException {
		writeAtomically(target, writer -> writer.write(content));
	}

	/** Streams the content, as UTF-8, to a temporary file beside the target, then renames it. */
	static void writeAtomically(Path target, Content content) throws IOException {
		streamAtomically(target, stream -> {
			Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
			content.writeTo(writer);
			writer.flush();
		});
	}

	/** Streams bytes to a temporary file beside the target, then renames it. */
	static void streamAtomically(Path target, Bytes content) throws IOException {
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
				Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temp);
		}
	}
}

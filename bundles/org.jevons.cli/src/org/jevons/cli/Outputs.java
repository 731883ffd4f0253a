package org.jevons.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.jevons.report.AtomicFiles;

/** Text outputs written whole or not at all ({@link AtomicFiles}), as UTF-8. */
final class Outputs {
	private Outputs() {
	}

	/** What is written to the temporary file. */
	@FunctionalInterface
	interface Content {
		void writeTo(Writer writer) throws IOException;
	}

	static void writeAtomically(Path target, String content) throws IOException {
		writeAtomically(target, writer -> writer.write(content));
	}

	/** Streams the content, as UTF-8, to a temporary file beside the target, then renames it. */
	static void writeAtomically(Path target, Content content) throws IOException {
		AtomicFiles.write(target, stream -> {
			Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
			content.writeTo(writer);
			writer.flush();
		});
	}
}

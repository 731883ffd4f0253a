package org.jevons.report.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Where a CSV report goes: text for the small tables, ready UTF-8 bytes for a sweep's rows (a byte stream takes
 * them as they are; text is encoded or decoded once, at the edge).
 */
interface CsvSink {
	void text(CharSequence text) throws IOException;

	/** Whole rows of UTF-8, so a chunk never splits a character. */
	void bytes(byte[] bytes, int offset, int length) throws IOException;

	static CsvSink of(Appendable out) {
		return new CsvSink() {
			@Override
			public void text(CharSequence text) throws IOException {
				out.append(text);
			}

			@Override
			public void bytes(byte[] bytes, int offset, int length) throws IOException {
				out.append(new String(bytes, offset, length, StandardCharsets.UTF_8));
			}
		};
	}

	static CsvSink of(OutputStream out) {
		return new CsvSink() {
			@Override
			public void text(CharSequence text) throws IOException {
				out.write(text.toString().getBytes(StandardCharsets.UTF_8));
			}

			@Override
			public void bytes(byte[] bytes, int offset, int length) throws IOException {
				out.write(bytes, offset, length);
			}
		};
	}
}

package org.jevons.report.csv;

import java.util.List;

/** RFC 4180 fields and records. */
final class Csv {
	private Csv() {
	}

	/** A field, quoted when it holds a comma, a quote, a line break or edge spaces; quotes doubled. */
	static String field(String s) {
		boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0
				|| !s.strip().equals(s) || s.startsWith("#");
		return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
	}

	static void record(StringBuilder out, List<String> fields) {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			out.append(field(fields.get(i)));
		}
		out.append('\n');
	}

	/** Six significant figures, plain digits where short; empty for a value that is not a number. */
	static String number(double x) {
		return SixFigures.text(x);
	}
}

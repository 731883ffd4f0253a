package org.jevons.report.html;

/** Escaping of user text for HTML and SVG (element content and quoted attribute values alike). */
public final class Html {
	private Html() {
	}

	public static String escape(String s) {
		StringBuilder b = new StringBuilder(s.length() + 16);
		s.codePoints().forEach(c -> {
			switch (c) {
			case '<' -> b.append("&lt;");
			case '>' -> b.append("&gt;");
			case '&' -> b.append("&amp;");
			case '"' -> b.append("&quot;");
			case '\'' -> b.append("&#39;");
			default -> {
				// control characters other than tab and line breaks are not allowed in HTML text
				if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
					b.append('\uFFFD');
				} else {
					b.appendCodePoint(c);
				}
			}
			}
		});
		return b.toString();
	}
}

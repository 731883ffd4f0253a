package org.jevons.maven;

/** Escaping for attribute values of the XML reports the plugin writes itself. */
final class Xml {
	private Xml() {
	}

	static String escape(String s) {
		StringBuilder sb = new StringBuilder(s.length());
		for (char c : s.toCharArray()) {
			switch (c) {
			case '&' -> sb.append("&amp;");
			case '<' -> sb.append("&lt;");
			case '>' -> sb.append("&gt;");
			case '"' -> sb.append("&quot;");
			case '\n' -> sb.append("&#10;");
			default -> sb.append(c < 0x20 && c != '\t' ? ' ' : c); // other control characters are illegal in XML 1.0
			}
		}
		return sb.toString();
	}
}

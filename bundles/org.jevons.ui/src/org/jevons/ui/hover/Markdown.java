package org.jevons.ui.hover;

/** Hover texts come as Markdown; the plain information control shows them without markup. */
public final class Markdown {

	private Markdown() {
	}

	public static String toPlainText(String markdown) {
		return markdown.replace("**", "")
				.replace("`", "")
				.replaceAll("(?<![\\w])_(\\S(?:.*?\\S)?)_(?![\\w])", "$1")
				.replaceAll("(?m)^#+\\s*", "")
				.replaceAll("(?m)^\\s*[-*]\\s+", "• ")
				.replaceAll("(?m)^---+\\s*$", "")
				.replaceAll("\n{3,}", "\n\n")
				.strip();
	}
}

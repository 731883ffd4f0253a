package org.jevons.ui.hover;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Markdown the language server sends for hovers, as plain text with style spans — rendered by a StyledText,
 * without a browser. Knows what the server writes: {@code **bold**}, {@code `code`}, {@code _muted_} (sources, notes),
 * headings, list items ({@code - }) and their indented continuation lines, horizontal rules; and, for the help
 * pages, code blocks and tables (verbatim, in the code font), links (their text) and images (left out).
 */
public final class StyledMarkdown {

	/** How a span of the text looks. */
	public enum Style {
		BOLD, CODE, MUTED
	}

	public record Span(int start, int length, Style style) {
	}

	/** The text to show and its styled spans, in order. */
	public record Rendered(String text, List<Span> spans) {
		public Rendered {
			spans = List.copyOf(spans);
		}
	}

	private static final Pattern INLINE = Pattern.compile("\\*\\*(.+?)\\*\\*|`([^`]+)`|(?<![\\w])_(\\S(?:.*?\\S)?)_(?![\\w])");
	private static final String BULLET = "• ";

	private StyledMarkdown() {
	}

	public static Rendered render(String markdown) {
		StringBuilder out = new StringBuilder();
		List<Span> spans = new ArrayList<>();
		boolean blank = true;
		boolean fenced = false;
		for (String raw : markdown.strip().split("\\R")) {
			String line = raw.stripTrailing();
			if (line.startsWith("```")) {
				fenced = !fenced;
				continue;
			}
			if (!fenced) {
				line = line.replaceAll("!\\[([^]]*)]\\([^)]*\\)", "").replaceAll("\\[([^]]+)]\\([^)]*\\)", "$1");
			}
			if (fenced || line.startsWith("|")) {
				// code blocks and tables verbatim in the code font (a table's |---| rule is dropped)
				if (!line.matches("\\|[\\s|:-]+\\|?")) {
					int start = out.length();
					out.append(fenced ? "    " + line : line.replace("`", "").replace("**", ""));
					spans.add(new Span(start, out.length() - start, Style.CODE));
					out.append('\n');
				}
				blank = false;
				continue;
			}
			if (line.isBlank() || line.matches("\\s*---+\\s*")) {
				if (!blank) {
					out.append('\n');
					blank = true;
				}
				continue;
			}
			blank = false;
			int lineStart = out.length();
			if (line.matches("#+\\s.*")) {
				inline(line.replaceFirst("#+\\s+", ""), out, spans);
				spans.add(new Span(lineStart, out.length() - lineStart, Style.BOLD));
			} else if (line.matches("\\s*[-*]\\s+.*")) {
				out.append(BULLET);
				inline(line.replaceFirst("\\s*[-*]\\s+", ""), out, spans);
			} else if (line.startsWith("  ")) {
				out.append("   "); // a list item's continuation, under its text
				inline(line.strip(), out, spans);
			} else {
				inline(line, out, spans);
			}
			out.append('\n');
		}
		return new Rendered(out.toString().stripTrailing(), spans);
	}

	/** The text without markup (tests, logs, accessibility). */
	public static String plain(String markdown) {
		return render(markdown).text();
	}

	private static void inline(String line, StringBuilder out, List<Span> spans) {
		Matcher m = INLINE.matcher(line);
		int at = 0;
		while (m.find()) {
			out.append(line, at, m.start());
			int group = m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3;
			Style style = group == 1 ? Style.BOLD : group == 2 ? Style.CODE : Style.MUTED;
			int start = out.length();
			String inner = m.group(group);
			if (group != 2) {
				// code inside bold or muted text keeps its own markup (**kind** `Name`, _… `jevons analyze` …_)
				inline(inner, out, spans);
			} else {
				out.append(inner);
			}
			spans.add(new Span(start, out.length() - start, style));
			at = m.end();
		}
		out.append(line.substring(at));
	}
}

package org.jevons.report.markdown;

import java.util.List;

import org.jevons.analysis.StudyResult;
import org.jevons.report.Block;
import org.jevons.report.Human;
import org.jevons.report.ReportContext;
import org.jevons.report.ReportModel;
import org.jevons.report.ReportWriter;
import org.jevons.report.Section;
import org.jevons.report.Story;
import org.jevons.report.Table;

/** Markdown: a heading per section and per result, GitHub tables, notes as lists. */
public final class MarkdownReport implements ReportWriter {
	static final int SWEEP_ROWS = 50;

	@Override
	public String render(StudyResult result, ReportContext context) {
		StringBuilder out = new StringBuilder("# Jevons report\n\n").append(inline(ReportModel.runLine(context)))
				.append("\n\n").append(inline(Human.CENTRAL_NOTE)).append('\n');
		List<String> headlines = Story.headlines(result);
		if (!headlines.isEmpty()) {
			out.append("\n## Headlines\n\n");
			headlines.forEach(h -> out.append("- ").append(inline(h)).append('\n'));
		}
		for (Section section : ReportModel.sections(result, context, SWEEP_ROWS)) {
			out.append("\n## ").append(inline(section.title())).append('\n');
			for (Block block : section.blocks()) {
				block(out, block);
			}
		}
		return out.toString();
	}

	private static void block(StringBuilder out, Block block) {
		if (!block.title().isEmpty()) {
			out.append("\n### ").append(inline(block.title())).append('\n');
			if (!block.subtitle().isEmpty()) {
				out.append("\n_").append(inline(block.subtitle())).append("_\n");
			}
		}
		for (Table table : block.tables()) {
			out.append('\n');
			if (!table.caption().isEmpty()) {
				out.append("**").append(inline(table.caption())).append("**\n\n");
			}
			row(out, table.header());
			out.append('|');
			table.header().forEach(h -> out.append(" --- |"));
			out.append('\n');
			table.rows().forEach(r -> row(out, r));
		}
		if (!block.notes().isEmpty()) {
			out.append('\n');
			block.notes().forEach(n -> out.append("- ").append(inline(n)).append('\n'));
		}
	}

	private static void row(StringBuilder out, List<String> cells) {
		out.append('|');
		cells.forEach(c -> out.append(' ').append(inline(c).replace("|", "\\|")).append(" |"));
		out.append('\n');
	}

	/**
	 * User text as literal Markdown: one line, Markdown punctuation and HTML markup escaped (renderers pass raw
	 * HTML through, so a name like {@code <img onerror=…>} must not become an element).
	 */
	static String inline(String s) {
		StringBuilder b = new StringBuilder(s.length());
		for (char c : s.replace('\r', ' ').replace('\n', ' ').toCharArray()) {
			switch (c) {
			case '<' -> b.append("&lt;");
			case '>' -> b.append("&gt;");
			case '&' -> b.append("&amp;");
			case '\\', '`', '*', '_', '[', ']', '#' -> b.append('\\').append(c);
			default -> b.append(c);
			}
		}
		return b.toString();
	}
}

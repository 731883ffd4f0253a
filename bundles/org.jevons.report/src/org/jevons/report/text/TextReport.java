package org.jevons.report.text;

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

/** The terminal report: the headlines first, then each section as aligned tables with their notes. */
public final class TextReport implements ReportWriter {
	/** A terminal shows this many sweep rows; the rest are in CSV and JSON. */
	static final int SWEEP_ROWS = 20;

	@Override
	public String render(StudyResult result, ReportContext context) {
		StringBuilder out = new StringBuilder("Jevons report\n").append(ReportModel.runLine(context)).append('\n')
				.append(Human.CENTRAL_NOTE).append('\n');
		List<String> headlines = Story.headlines(result);
		if (!headlines.isEmpty()) {
			heading(out, "Headlines");
			headlines.forEach(h -> out.append("  * ").append(h).append('\n'));
		}
		for (Section section : ReportModel.sections(result, context, SWEEP_ROWS)) {
			heading(out, section.title());
			for (Block block : section.blocks()) {
				block(out, block);
			}
		}
		return out.toString();
	}

	private static void heading(StringBuilder out, String title) {
		out.append('\n').append(title).append('\n').append("=".repeat(title.length())).append('\n');
	}

	private static void block(StringBuilder out, Block block) {
		if (!block.title().isEmpty()) {
			out.append('\n').append(block.title());
			if (!block.subtitle().isEmpty()) {
				out.append("  (").append(block.subtitle()).append(')');
			}
			out.append('\n');
		}
		for (Table table : block.tables()) {
			if (!table.caption().isEmpty()) {
				out.append("  ").append(table.caption()).append(":\n");
			}
			table(out, table);
		}
		block.notes().forEach(n -> out.append("  ").append(n).append('\n'));
	}

	/** Columns padded to their widest cell; the last column is not padded (no trailing spaces). */
	static void table(StringBuilder out, Table table) {
		int columns = table.header().size();
		int[] width = new int[columns];
		for (int c = 0; c < columns; c++) {
			width[c] = length(table.header().get(c));
			for (List<String> row : table.rows()) {
				width[c] = Math.max(width[c], c < row.size() ? length(row.get(c)) : 0);
			}
		}
		row(out, table.header(), width);
		StringBuilder rule = new StringBuilder();
		for (int c = 0; c < columns; c++) {
			rule.append(c > 0 ? "  " : "").append("-".repeat(width[c]));
		}
		out.append("  ").append(rule).append('\n');
		table.rows().forEach(r -> row(out, r, width));
	}

	private static void row(StringBuilder out, List<String> cells, int[] width) {
		StringBuilder line = new StringBuilder("  ");
		for (int c = 0; c < width.length; c++) {
			String cell = c < cells.size() ? oneLine(cells.get(c)) : "";
			line.append(c > 0 ? "  " : "").append(cell);
			if (c < width.length - 1) {
				line.append(" ".repeat(width[c] - length(cell)));
			}
		}
		out.append(line.toString().stripTrailing()).append('\n');
	}

	private static String oneLine(String s) {
		return s.replace('\n', ' ').replace('\r', ' ');
	}

	private static int length(String s) {
		return oneLine(s).codePointCount(0, s.length());
	}
}

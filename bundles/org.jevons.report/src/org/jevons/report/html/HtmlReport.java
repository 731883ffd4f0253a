package org.jevons.report.html;

import java.util.List;
import java.util.Optional;

import org.jevons.analysis.StudyResult;
import org.jevons.analysis.WorkloadResult;
import org.jevons.report.Block;
import org.jevons.report.Human;
import org.jevons.report.ReportContext;
import org.jevons.report.ReportModel;
import org.jevons.report.ReportWriter;
import org.jevons.report.Section;
import org.jevons.report.Story;
import org.jevons.report.Table;

/**
 * One self-contained page: the Markdown report's tables plus inline SVG charts, an inline stylesheet, no script
 * and no external resource, so it opens offline and from a CI artifact. Every user string goes through
 * {@link Html#escape}.
 */
public final class HtmlReport implements ReportWriter {
	static final int SWEEP_ROWS = 200;

	private static final String CSS = """
			body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2em auto;max-width:60em;\
			padding:0 1em;color:#1d2330}
			h1{font-size:1.6em}h2{border-bottom:1px solid #ccd;padding-bottom:.2em;margin-top:2em}
			h3{margin-bottom:.2em}.where{color:#667;font-size:.9em;margin-top:0}
			table{border-collapse:collapse;margin:.6em 0}th,td{padding:.25em .7em;border-bottom:1px solid #e3e5ec;\
			text-align:left;vertical-align:top}th{background:#f3f4f8}caption{text-align:left;font-weight:600}
			.headlines li{margin:.3em 0}.notes{color:#445;font-size:.92em}.pass{color:#1a7f37}.fail{color:#c62828;\
			font-weight:600}
			svg{display:block;margin:.8em 0;max-width:100%;height:auto}
			""";

	@Override
	public String render(StudyResult result, ReportContext context) {
		StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
				.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
				.append("<title>Jevons report</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n")
				.append("<h1>Jevons report</h1>\n<p class=\"where\">").append(Html.escape(ReportModel.runLine(context)))
				.append("</p>\n<p class=\"where\">").append(Html.escape(Human.CENTRAL_NOTE)).append("</p>\n");
		List<String> headlines = Story.headlines(result);
		if (!headlines.isEmpty()) {
			out.append("<h2>Headlines</h2>\n<ul class=\"headlines\">\n");
			headlines.forEach(h -> out.append("<li>").append(Html.escape(h)).append("</li>\n"));
			out.append("</ul>\n");
		}
		for (Section section : ReportModel.sections(result, context, SWEEP_ROWS)) {
			out.append("<section id=\"").append(Html.escape(section.id())).append("\">\n<h2>")
					.append(Html.escape(section.title())).append("</h2>\n");
			List<Block> blocks = section.blocks();
			for (int i = 0; i < blocks.size(); i++) {
				block(out, blocks.get(i), chart(section.id(), i, result));
			}
			out.append("</section>\n");
		}
		return out.append("</body>\n</html>\n").toString();
	}

	/**
	 * The chart of the i-th block of a section; blocks follow the results' order (see ReportModel). A plugin
	 * section that happens to share an id gets no chart rather than a wrong one.
	 */
	private static Optional<String> chart(String section, int i, StudyResult result) {
		return switch (section) {
		case "trainings" -> at(result.trainings(), i).flatMap(HtmlReport::workloadCharts);
		case "inferences" -> at(result.inferences(), i).flatMap(HtmlReport::workloadCharts);
		case "comparisons" -> at(result.comparisons(), i).flatMap(c -> Charts.comparison(c, result));
		case "projections" -> at(result.projections(), i).flatMap(p -> SeriesCharts.projection(p)
				.map(chart -> chart + WaterfallChart.of(p).orElse("")));
		case "sweeps" -> at(result.sweeps(), i).flatMap(SeriesCharts::sweep);
		default -> Optional.<String>empty();
		};
	}

	/** A workload's tornado, then its boundary waterfall. */
	private static Optional<String> workloadCharts(WorkloadResult w) {
		String charts = Charts.tornado(w).orElse("") + WaterfallChart.of(w).orElse("");
		return charts.isEmpty() ? Optional.empty() : Optional.of(charts);
	}

		private static <T> Optional<T> at(List<T> list, int i) {
		return i < list.size() ? Optional.of(list.get(i)) : Optional.empty();
	}

	private static void block(StringBuilder out, Block block, Optional<String> chart) {
		if (!block.title().isEmpty()) {
			out.append("<h3>").append(Html.escape(block.title())).append("</h3>\n");
			if (!block.subtitle().isEmpty()) {
				out.append("<p class=\"where\">").append(Html.escape(block.subtitle())).append("</p>\n");
			}
		}
		for (Table table : block.tables()) {
			table(out, table);
		}
		chart.ifPresent(out::append);
		if (!block.notes().isEmpty()) {
			out.append("<ul class=\"notes\">\n");
			block.notes().forEach(n -> out.append("<li>").append(Html.escape(n)).append("</li>\n"));
			out.append("</ul>\n");
		}
	}

	private static void table(StringBuilder out, Table table) {
		out.append("<table>\n");
		if (!table.caption().isEmpty()) {
			out.append("<caption>").append(Html.escape(table.caption())).append("</caption>\n");
		}
		out.append("<thead><tr>");
		table.header().forEach(h -> out.append("<th>").append(Html.escape(h)).append("</th>"));
		out.append("</tr></thead>\n<tbody>\n");
		for (List<String> row : table.rows()) {
			out.append("<tr>");
			for (String cell : row) {
				String cls = cell.equals("pass") ? " class=\"pass\"" : cell.equals("FAIL") ? " class=\"fail\"" : "";
				out.append("<td").append(cls).append('>').append(Html.escape(cell)).append("</td>");
			}
			out.append("</tr>\n");
		}
		out.append("</tbody>\n</table>\n");
	}
}

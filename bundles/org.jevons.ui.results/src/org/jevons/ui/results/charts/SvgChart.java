package org.jevons.ui.results.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.graphics.RGB;
import org.jevons.report.Human;
import org.jevons.ui.results.model.ChartModel;
import org.jevons.ui.results.model.ChartModel.Series;

/**
 * The SVG of a chart model: the same series as the SWTChart chart, drawn by a small writer (bars with whiskers,
 * lines, shaded regions, baseline, axes with ticks, legend). Plain SVG 1.1, no scripts.
 */
public final class SvgChart {
	static final int WIDTH = 800, HEIGHT = 480, LEFT = 90, RIGHT = 30, TOP = 50, BOTTOM = 90;

	private final ChartModel model;
	private final StringBuilder svg = new StringBuilder();
	private double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
	private double xlo = Double.POSITIVE_INFINITY, xhi = Double.NEGATIVE_INFINITY;

	private SvgChart(ChartModel model) {
		this.model = model;
	}

	public static String of(ChartModel model) {
		return new SvgChart(model).write();
	}

	private String write() {
		ranges();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
				.append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
				.append("\" font-family=\"sans-serif\" font-size=\"12\">\n<title>").append(esc(model.title()))
				.append("</title>\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
		text(WIDTH / 2.0, 24, model.title(), "middle", 15);
		axes();
		int index = 0, lines = 0;
		int bars = (int) model.series().stream().filter(s -> s.role() == ChartModel.Role.BAR).count();
		for (Series s : model.series()) {
			switch (s.role()) {
			case BAR -> bar(s, index, model.horizontal() ? 1 : bars);
			case BAND -> region(s, ChartSupport.BAND, 0.45);
			case REGION -> region(s, ChartSupport.BACKFIRE, 0.35);
			case DASHED -> polyline(s, ChartSupport.GREY, "stroke-dasharray=\"6 4\" ");
			case LINE -> polyline(s, model.kind() == ChartModel.Kind.PROJECTION ? ChartSupport.PALETTE.get(lines++ == 0 ? 0 : 2)
					: ChartSupport.PALETTE.get(index % ChartSupport.PALETTE.size()), "");
			case REFERENCE -> reference(s);
			}
			index++;
		}
		if (!Double.isNaN(model.baseline())) {
			double v = value(model.baseline());
			svg.append(model.horizontal() ? line(v, TOP, v, HEIGHT - BOTTOM) : line(LEFT, v, WIDTH - RIGHT, v))
					.append(" stroke=\"#5a5a5a\" stroke-dasharray=\"4 3\"/>\n");
		}
		legend();
		return svg.append("</svg>\n").toString();
	}

	private void ranges() {
		for (Series s : model.series()) {
			for (List<Double> values : List.of(s.y(), s.low(), s.high())) {
				values.forEach(v -> {
					lo = Math.min(lo, v);
					hi = Math.max(hi, v);
				});
			}
			s.x().forEach(v -> {
				xlo = Math.min(xlo, v);
				xhi = Math.max(xhi, v);
			});
		}
		if (model.kind() != ChartModel.Kind.SWEEP) {
			lo = Math.min(lo, 0);
			hi = Math.max(hi, 0);
		}
		if (!Double.isNaN(model.baseline())) {
			lo = Math.min(lo, model.baseline());
			hi = Math.max(hi, model.baseline());
		}
		if (!(hi > lo)) {
			hi = lo + 1;
		}
		double margin = (hi - lo) * 0.06;
		hi += margin;
		lo = lo < 0 ? lo - margin : lo;
		if (model.isCategorical()) {
			xlo = -0.5;
			xhi = model.categories().size() - 0.5;
		} else if (!(xhi > xlo)) {
			xhi = xlo + 1;
		}
	}

	/** Pixel of a value on the value axis (vertical, or horizontal for a tornado). */
	private double value(double v) {
		double t = (v - lo) / (hi - lo);
		return model.horizontal() ? LEFT + 80 + t * (WIDTH - RIGHT - LEFT - 80)
				: HEIGHT - BOTTOM - t * (HEIGHT - BOTTOM - TOP);
	}

	/** Pixel of an x value or category index on the other axis. */
	private double position(double x) {
		double t = (x - xlo) / (xhi - xlo);
		return model.horizontal() ? HEIGHT - BOTTOM - t * (HEIGHT - BOTTOM - TOP) : LEFT + t * (WIDTH - RIGHT - LEFT);
	}

	private void axes() {
		int left = model.horizontal() ? LEFT + 80 : LEFT;
		svg.append(line(left, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM)).append(" stroke=\"#333\"/>\n");
		svg.append(line(left, TOP, left, HEIGHT - BOTTOM)).append(" stroke=\"#333\"/>\n");
		for (int i = 0; i <= 5; i++) {
			double v = lo + (hi - lo) * i / 5;
			double p = value(v);
			if (model.horizontal()) {
				text(p, HEIGHT - BOTTOM + 16, Human.sig(v), "middle", 11);
			} else {
				svg.append(line(LEFT - 4, p, WIDTH - RIGHT, p)).append(" stroke=\"#ddd\"/>\n");
				text(LEFT - 8, p + 4, Human.sig(v), "end", 11);
			}
		}
		if (model.isCategorical()) {
			for (int i = 0; i < model.categories().size(); i++) {
				double p = position(i);
				if (model.horizontal()) {
					text(left - 6, p + 4, model.categories().get(i), "end", 11);
				} else {
					text(p, HEIGHT - BOTTOM + 16, model.categories().get(i), "middle", 11);
				}
			}
		} else {
			for (int i = 0; i <= 5; i++) {
				double x = xlo + (xhi - xlo) * i / 5;
				text(position(x), HEIGHT - BOTTOM + 16, model.kind() == ChartModel.Kind.PROJECTION
						? String.valueOf(Math.round(x)) : Human.sig(x), "middle", 11);
			}
		}
		text(WIDTH / 2.0, HEIGHT - BOTTOM + 36, model.horizontal() ? model.yTitle() : model.xTitle(), "middle", 12);
		if (!model.horizontal()) {
			svg.append("<text x=\"16\" y=\"").append(n((TOP + HEIGHT - BOTTOM) / 2.0))
					.append("\" text-anchor=\"middle\" transform=\"rotate(-90 16 ")
					.append(n((TOP + HEIGHT - BOTTOM) / 2.0)).append(")\">").append(esc(model.yTitle()))
					.append("</text>\n");
		}
	}

	private void bar(Series s, int index, int groups) {
		double slot = Math.abs(position(1) - position(0)) * 0.7;
		double width = slot / groups;
		String fill = hex(ChartSupport.PALETTE.get(index % ChartSupport.PALETTE.size()));
		for (int i = 0; i < s.y().size(); i++) {
			double centre = position(s.x().get(i)) - slot / 2 + width * (index % groups) + width / 2;
			boolean floating = model.kind() == ChartModel.Kind.WATERFALL && s.hasRange();
			double a = value(floating ? s.low().get(i) : 0), b = value(floating ? s.high().get(i) : s.y().get(i));
			if (model.horizontal()) {
				rect(Math.min(a, b), centre - width / 2, Math.abs(b - a), width, fill);
			} else {
				rect(centre - width / 2, Math.min(a, b), width, Math.abs(b - a), fill);
			}
			if (s.hasRange() && !model.horizontal() && !floating) {
				double top = value(s.high().get(i)), bottom = value(s.low().get(i));
				svg.append(line(centre, top, centre, bottom)).append(" stroke=\"#5a5a5a\" stroke-width=\"2\"/>\n");
				svg.append(line(centre - 6, top, centre + 6, top)).append(" stroke=\"#5a5a5a\" stroke-width=\"2\"/>\n");
				svg.append(line(centre - 6, bottom, centre + 6, bottom))
						.append(" stroke=\"#5a5a5a\" stroke-width=\"2\"/>\n");
			}
		}
	}

	/** Markers of a reference scenario's published years, with a bar over the published range. */
	private void reference(Series s) {
		String fill = hex(ChartSupport.PALETTE.get(3));
		for (int i = 0; i < s.x().size(); i++) {
			double x = position(s.x().get(i));
			svg.append(line(x, value(s.high().get(i)), x, value(s.low().get(i)))).append(" stroke=\"").append(fill)
					.append("\" stroke-width=\"2\"/>\n");
			rect(x - 4, value(s.y().get(i)) - 4, 8, 8, fill);
		}
	}

	private void region(Series s, RGB rgb, double opacity) {
		List<String> points = new ArrayList<>();
		for (int i = 0; i < s.x().size(); i++) {
			points.add(n(position(s.x().get(i))) + "," + n(value(s.high().get(i))));
		}
		for (int i = s.x().size() - 1; i >= 0; i--) {
			points.add(n(position(s.x().get(i))) + "," + n(value(s.low().get(i))));
		}
		svg.append("<polygon points=\"").append(String.join(" ", points)).append("\" fill=\"").append(hex(rgb))
				.append("\" fill-opacity=\"").append(opacity).append("\"/>\n");
	}

	private void polyline(Series s, RGB rgb, String extra) {
		List<String> points = new ArrayList<>();
		for (int i = 0; i < s.x().size(); i++) {
			points.add(n(position(s.x().get(i))) + "," + n(value(s.y().get(i))));
		}
		svg.append("<polyline points=\"").append(String.join(" ", points)).append("\" fill=\"none\" stroke=\"")
				.append(hex(rgb)).append("\" stroke-width=\"2\" ").append(extra).append("/>\n");
	}

	private void legend() {
		if (model.series().size() < 2) {
			return;
		}
		double x = LEFT, y = HEIGHT - 28;
		for (int i = 0; i < model.series().size(); i++) {
			Series s = model.series().get(i);
			RGB rgb = switch (s.role()) {
			case BAND -> ChartSupport.BAND;
			case REGION -> ChartSupport.BACKFIRE;
			case DASHED -> ChartSupport.GREY;
			case REFERENCE -> ChartSupport.PALETTE.get(3);
			default -> ChartSupport.PALETTE.get((model.kind() == ChartModel.Kind.PROJECTION ? (i == 0 || s.name()
					.startsWith("projected") ? 0 : 2) : i) % ChartSupport.PALETTE.size());
			};
			rect(x, y - 9, 10, 10, hex(rgb));
			text(x + 14, y, s.name(), "start", 11);
			x += 24 + 6.5 * s.name().length();
			if (x > WIDTH - 150 && i < model.series().size() - 1) {
				x = LEFT;
				y += 16;
			}
		}
	}

	private void rect(double x, double y, double w, double h, String fill) {
		svg.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
				.append("\" height=\"").append(n(h)).append("\" fill=\"").append(fill).append("\"/>\n");
	}

	private static String line(double x1, double y1, double x2, double y2) {
		return "<line x1=\"" + n(x1) + "\" y1=\"" + n(y1) + "\" x2=\"" + n(x2) + "\" y2=\"" + n(y2) + "\"";
	}

	private void text(double x, double y, String text, String anchor, int size) {
		svg.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"")
				.append(anchor).append("\" font-size=\"").append(size).append("\">").append(esc(text))
				.append("</text>\n");
	}

	static String n(double v) {
		double r = Math.round(v * 10) / 10.0;
		return r == Math.rint(r) ? String.valueOf((long) r) : String.format(Locale.ROOT, "%.1f", r);
	}

	static String hex(RGB rgb) {
		return String.format(Locale.ROOT, "#%02x%02x%02x", rgb.red, rgb.green, rgb.blue);
	}

	static String esc(String s) {
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}

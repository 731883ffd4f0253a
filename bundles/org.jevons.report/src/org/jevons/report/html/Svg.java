package org.jevons.report.html;

import java.util.List;
import java.util.Locale;

/**
 * A minimal SVG writer for inline charts: shapes styled by {@link Paint} and escaped text. Coordinates are rounded to 0.1 px to keep the page small and the golden files stable.
 */
final class Svg {
	/** The average width of a character of the 11 px tick font, for laying out labels without measuring them. */
	static final double CHARACTER_WIDTH = 6.2;

	private final StringBuilder body = new StringBuilder();
	private final int width;
	private final int height;
	private final String title;

	Svg(int width, int height, String title) {
		this.width = width;
		this.height = height;
		this.title = title;
	}

	/** A point of a polyline or polygon. */
	record Point(double x, double y) {
	}

	static String n(double x) {
		double r = Math.round(x * 10) / 10.0;
		return r == Math.rint(r) ? String.valueOf((long) r) : String.format(Locale.ROOT, "%.1f", r);
	}

	Svg rect(double x, double y, double w, double h, String style) {
		body.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"")
				.append(n(Math.max(0, w))).append("\" height=\"").append(n(Math.max(0, h))).append('"')
				.append(Paint.attributes(style)).append("/>\n");
		return this;
	}

	Svg line(double x1, double y1, double x2, double y2, String style) {
		body.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
				.append("\" y2=\"").append(n(y2)).append('"').append(Paint.attributes(style)).append("/>\n");
		return this;
	}

	Svg polyline(List<Point> points, String style) {
		return shape("polyline", points, style);
	}

	Svg polygon(List<Point> points, String style) {
		return shape("polygon", points, style);
	}

	private Svg shape(String element, List<Point> points, String style) {
		body.append('<').append(element).append(" points=\"");
		for (int i = 0; i < points.size(); i++) {
			body.append(i > 0 ? " " : "").append(n(points.get(i).x())).append(',').append(n(points.get(i).y()));
		}
		body.append('"').append(Paint.attributes(style)).append("/>\n");
		return this;
	}

	/** Text, escaped; {@code anchor} is start, middle or end. */
	Svg text(double x, double y, String text, String style, String anchor) {
		body.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append('"').append(Paint.attributes(style))
				.append(" text-anchor=\"").append(anchor).append("\">").append(Html.escape(text)).append("</text>\n");
		return this;
	}

	@Override
	public String toString() {
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + width + " " + height + "\" width=\""
				+ width + "\" height=\"" + height + "\" font-family=\"system-ui, sans-serif\" role=\"img\" aria-label=\"" + Html.escape(title)
				+ "\">\n<title>" + Html.escape(title) + "</title>\n" + body + "</svg>\n";
	}
}

package org.jevons.report.html;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The look of chart elements as SVG presentation attributes rather than CSS, so that a chart copied out of the
 * page (or opened by a viewer without CSS selectors) still draws the same. Callers name a style with words:
 * {@code "line s0"}, {@code "area s1"}, {@code "tick"}.
 */
final class Paint {
	/** The series colours, s0 … s7. */
	static final List<String> SERIES = List.of("#1f6feb", "#d9480f", "#2f9e44", "#7048e8", "#e8590c", "#0c8599",
			"#c2255c", "#5c940d");

	private Paint() {
	}

	static String attributes(String style) {
		Map<String, String> a = new LinkedHashMap<>();
		String colour = "";
		for (String word : style.split(" ")) {
			switch (word) {
			case "grid" -> a.put("stroke", "#e6e8ef");
			case "axis" -> a.put("stroke", "#888899");
			case "title" -> text(a, "13", "#1d2330").put("font-weight", "600");
			case "tick" -> text(a, "11", "#444455");
			case "label" -> text(a, "12", "#333344");
			case "line" -> {
				a.put("fill", "none");
				a.put("stroke-width", "2");
			}
			case "dashed" -> {
				a.put("fill", "none");
				a.put("stroke", "#777777");
				a.put("stroke-width", "2");
				a.put("stroke-dasharray", "6 4");
			}
			case "band" -> area(a, "#1f6feb", "0.15");
			case "backfire" -> area(a, "#d9480f", "0.18");
			case "area" -> {
				a.put("fill-opacity", "0.35");
				a.put("stroke-width", "2");
			}
			case "bar" -> area(a, "#1f6feb", "0.75");
			case "nominal" -> {
				a.put("stroke", "#c62828");
				a.put("stroke-width", "2");
			}
			default -> colour = word.matches("s\\d+t?") ? word : colour;
			}
		}
		if (!colour.isEmpty()) {
			boolean textColour = colour.endsWith("t");
			String hex = SERIES.get(Integer.parseInt(colour.replace("s", "").replace("t", "")) % SERIES.size());
			if (textColour) {
				a.put("fill", hex);
			} else {
				a.put("stroke", hex);
				if (!"none".equals(a.get("fill"))) {
					a.put("fill", hex);
				}
			}
		}
		StringBuilder out = new StringBuilder();
		a.forEach((k, v) -> out.append(' ').append(k).append("=\"").append(v).append('"'));
		return out.toString();
	}

	private static Map<String, String> text(Map<String, String> a, String size, String fill) {
		a.put("font-size", size);
		a.put("fill", fill);
		return a;
	}

	private static void area(Map<String, String> a, String fill, String opacity) {
		a.put("fill", fill);
		a.put("fill-opacity", opacity);
		a.put("stroke", "none");
	}
}

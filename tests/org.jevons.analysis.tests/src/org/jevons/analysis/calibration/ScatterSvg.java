package org.jevons.analysis.calibration;

import java.util.List;
import java.util.Locale;

import org.jevons.analysis.calibration.ErrorTable.Prediction;
import org.jevons.analysis.spec.Specs.Architecture;

/**
 * Predicted against measured J per output token on log axes, as an SVG for docs/images: one point per row (H100
 * blue, B200 orange; dense filled circles, MoE open squares), the diagonal and the ×1.25 and ×2 bands.
 */
final class ScatterSvg {
	private static final double SIZE = 520, MARGIN = 60, LO = -2, HI = 2; // decades: 0.01 .. 100 J

	private ScatterSvg() {
	}

	static String of(String title, List<Prediction> predictions) {
		StringBuilder svg = new StringBuilder();
		double full = SIZE + 2 * MARGIN;
		svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\""
				+ " viewBox=\"0 0 %.0f %.0f\" font-family=\"sans-serif\" font-size=\"12\">%n", full, full, full, full));
		svg.append(String.format(Locale.ROOT, "<rect width=\"%.0f\" height=\"%.0f\" fill=\"white\"/>%n", full, full));
		svg.append(String.format(Locale.ROOT, "<text x=\"%.0f\" y=\"24\" text-anchor=\"middle\" font-size=\"14\">%s</text>%n",
				full / 2, title));
		for (double band : new double[] { 2, 1.25 }) {
			double d = Math.log10(band);
			svg.append(String.format(Locale.ROOT, "<polygon points=\"%s %s %s %s\" fill=\"%s\"/>%n", point(LO, LO + d),
					point(HI - d, HI), point(HI, HI - d), point(LO + d, LO), band == 2 ? "#eeeeee" : "#dddddd"));
		}
		svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#888\"/>%n",
				x(LO), y(LO), x(HI), y(HI)));
		for (int decade = (int) LO; decade <= HI; decade++) {
			String label = decade < 0 ? String.format(Locale.ROOT, "%." + -decade + "f", Math.pow(10, decade))
					: String.format(Locale.ROOT, "%.0f", Math.pow(10, decade));
			svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>%n",
					x(decade), y(LO) + 18, label));
			svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n",
					x(LO) - 6, y(decade) + 4, label));
		}
		svg.append(String.format(Locale.ROOT, "<rect x=\"%.0f\" y=\"%.0f\" width=\"%.0f\" height=\"%.0f\" fill=\"none\""
				+ " stroke=\"black\"/>%n", MARGIN, MARGIN, SIZE, SIZE));
		svg.append(String.format(Locale.ROOT, "<text x=\"%.0f\" y=\"%.0f\" text-anchor=\"middle\">measured J per output"
				+ " token (GPU only)</text>%n", full / 2, full - 14));
		svg.append(String.format(Locale.ROOT, "<text transform=\"translate(16 %.0f) rotate(-90)\" text-anchor=\"middle\">"
				+ "predicted J per output token</text>%n", full / 2));
		for (Prediction p : predictions) {
			double mx = x(Math.log10(p.measurement().joulesPerToken()));
			double py = y(Math.log10(p.joulesPerToken()));
			String colour = p.measurement().gpu().equalsIgnoreCase("H100") ? "#1f77b4" : "#ff7f0e";
			svg.append(p.measurement().architecture() == Architecture.MOE
					? String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"6\" height=\"6\" fill=\"none\""
							+ " stroke=\"%s\"/>%n", mx - 3, py - 3, colour)
					: String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\""
							+ " fill-opacity=\"0.7\"/>%n", mx, py, colour));
		}
		legend(svg, 0, "#1f77b4", "H100");
		legend(svg, 1, "#ff7f0e", "B200");
		svg.append(String.format(Locale.ROOT, "<text x=\"%.0f\" y=\"%.0f\">● dense  □ MoE; bands ×1.25, ×2</text>%n",
				MARGIN + 10, MARGIN + 54));
		return svg.append("</svg>\n").toString();
	}

	private static void legend(StringBuilder svg, int i, String colour, String label) {
		svg.append(String.format(Locale.ROOT, "<circle cx=\"%.0f\" cy=\"%.0f\" r=\"4\" fill=\"%s\"/><text x=\"%.0f\""
				+ " y=\"%.0f\">%s</text>%n", MARGIN + 14, MARGIN + 16 + 16 * i, colour, MARGIN + 24, MARGIN + 20 + 16 * i,
				label));
	}

	private static String point(double lx, double ly) {
		return String.format(Locale.ROOT, "%.1f,%.1f", x(lx), y(ly));
	}

	private static double x(double decade) {
		return MARGIN + (decade - LO) / (HI - LO) * SIZE;
	}

	private static double y(double decade) {
		return MARGIN + SIZE - (decade - LO) / (HI - LO) * SIZE;
	}
}

package org.jevons.report.html;

import java.util.List;
import java.util.Optional;

import org.jevons.analysis.Decomposition;
import org.jevons.analysis.ProjectionResult;
import org.jevons.report.Human;
import org.jevons.report.Unit;

/**
 * The LMDI decomposition as a waterfall: the first year's total, one floating bar per effect (up in the second
 * series colour, down in the third), and the last year's total, which the effects reach exactly.
 */
final class WaterfallChart {
	private WaterfallChart() {
	}

	static Optional<String> of(ProjectionResult p) {
		return p.decomposition("energy").map(d -> draw(p.name(), d));
	}

	static String draw(String name, Decomposition d) {
		List<Decomposition.Effect> effects = d.effects();
		int bars = effects.size() + 2;
		double level = d.start(), lo = Math.min(d.start(), d.end()), hi = Math.max(d.start(), d.end());
		for (Decomposition.Effect e : effects) {
			level += e.value();
			lo = Math.min(lo, level);
			hi = Math.max(hi, level);
		}
		Unit unit = Human.unit(d.quantity(), d.dimension(), Math.max(Math.abs(lo), Math.abs(hi)));
		Frame f = Frame.standard();
		Scale y = f.y(Math.min(0, unit.of(lo)), unit.of(hi), true);
		Svg svg = new Svg(f.width(), f.height(), name + ": what changed " + d.quantity());
		String title = "What changed " + d.quantity() + " " + d.fromYear() + " → " + d.toYear() + " (LMDI)";
		f.axes(svg, title, Scale.of(0, bars, f.left(), f.right(), true, false), "", t -> "", y,
				unit.symbol() + " per year");
		double slot = (f.right() - f.left()) / bars;
		double width = slot * 0.6;
		bar(svg, f, y, unit, 0, slot, width, 0, d.start(), "bar", String.valueOf(d.fromYear()));
		level = d.start();
		for (int i = 0; i < effects.size(); i++) {
			Decomposition.Effect e = effects.get(i);
			double next = level + e.value();
			bar(svg, f, y, unit, i + 1, slot, width, level, next, e.value() >= 0 ? "s1" : "s2", e.key().replace('_', ' '));
			level = next;
		}
		bar(svg, f, y, unit, bars - 1, slot, width, 0, d.end(), "bar", String.valueOf(d.toYear()));
		return svg.toString();
	}

	private static void bar(Svg svg, Frame f, Scale y, Unit unit, int index, double slot, double width, double from,
			double to, String style, String label) {
		double x = f.left() + index * slot + (slot - width) / 2;
		double top = y.map(unit.of(Math.max(from, to)));
		double bottom = y.map(unit.of(Math.min(from, to)));
		svg.rect(x, top, width, bottom - top, style);
		svg.text(x + width / 2, f.bottom() + 16, label, "tick", "middle");
		svg.text(x + width / 2, top - 4, Human.trimmed(unit.of(to - from), 3), "tick", "middle");
	}
}

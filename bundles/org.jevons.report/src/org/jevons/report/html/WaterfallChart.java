package org.jevons.report.html;

import java.util.List;
import java.util.Optional;

import org.jevons.analysis.Decomposition;
import org.jevons.analysis.ProjectionResult;
import org.jevons.analysis.Waterfall;
import org.jevons.analysis.WorkloadResult;
import org.jevons.report.Human;
import org.jevons.report.Unit;

/**
 * Waterfalls as floating bars. A projection's LMDI decomposition: the first year's total, one bar per effect (up in
 * the second series colour, down in the third), and the last year's total, which the effects reach exactly. A
 * workload's boundary: each counted component rises from the figure before it.
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

	static Optional<String> of(WorkloadResult w) {
		return Waterfall.energy(w).filter(Waterfall::grows).map(WaterfallChart::draw);
	}

	private static String draw(Waterfall waterfall) {
		Unit unit = Human.unit(waterfall.steps().get(0).key(), waterfall.dimension(), waterfall.total());
		Frame f = Frame.standard();
		int n = waterfall.steps().size();
		Scale x = f.exactX(0, n);
		Scale y = f.y(0, unit.of(waterfall.total()), true);
		String title = waterfall.workload() + ": energy from accelerators only to the full boundary";
		Svg svg = new Svg(f.width(), f.height(), title);
		f.axes(svg, title, x, "boundary component (in order)", t -> "", y, unit.symbol());
		for (int i = 0; i < n; i++) {
			Waterfall.Step step = waterfall.steps().get(i);
			double low = unit.of(step.before()), high = unit.of(step.running());
			double left = x.map(i + 0.15), right = x.map(i + 0.85);
			if (step.counted()) {
				svg.rect(left, y.map(high), right - left, y.map(low) - y.map(high), "area s0");
				svg.text((left + right) / 2, y.map(high) - 4, Human.sig(high), "tick", "middle");
			}
			svg.text((left + right) / 2, f.height() - 24, step.category(), "tick", "middle");
		}
		return svg.toString();
	}
}

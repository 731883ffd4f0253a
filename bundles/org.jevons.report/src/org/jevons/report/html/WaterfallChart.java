package org.jevons.report.html;

import java.util.Optional;

import org.jevons.analysis.Waterfall;
import org.jevons.analysis.WorkloadResult;
import org.jevons.report.Human;
import org.jevons.report.Unit;

/** The boundary waterfall as floating bars: each counted component rises from the figure before it. */
final class WaterfallChart {
	private WaterfallChart() {
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
		double before = 0;
		for (int i = 0; i < n; i++) {
			Waterfall.Step step = waterfall.steps().get(i);
			double low = unit.of(before), high = unit.of(step.running());
			double left = x.map(i + 0.15), right = x.map(i + 0.85);
			if (step.counted()) {
				svg.rect(left, y.map(high), right - left, y.map(low) - y.map(high), "area s0");
				svg.text((left + right) / 2, y.map(high) - 4, Human.sig(high), "tick", "middle");
			}
			svg.text((left + right) / 2, f.height() - 24, step.counted() ? shortLabel(step.label())
					: shortLabel(step.label()) + " (not counted)", "tick", "middle");
			before = step.running();
		}
		return svg.toString();
	}

	/** The label up to its first parenthesis: "Host (CPU, DRAM, network)" → "Host". */
	private static String shortLabel(String label) {
		int paren = label.indexOf(" (");
		return paren > 0 ? label.substring(0, paren) : label;
	}
}

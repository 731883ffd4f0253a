package org.jevons.report.html;

import java.util.List;
import java.util.Optional;

import org.jevons.analysis.ComparisonResult;
import org.jevons.analysis.Figure;
import org.jevons.analysis.SensitivityBar;
import org.jevons.analysis.StudyResult;
import org.jevons.analysis.WorkloadResult;
import org.jevons.report.Human;
import org.jevons.report.Scope;
import org.jevons.report.Sensitivity;
import org.jevons.report.Unit;
import org.jevons.report.Units;

/** Charts of workloads and comparisons: the tokens × energy-per-token areas and the tornado. */
final class Charts {
	private Charts() {
	}

	/**
	 * Each side of a comparison as a rectangle: width its tokens per request (training: compute), height its
	 * energy per token (per FLOP), so the area is its energy per request and the ratio shows its two factors.
	 */
	static Optional<String> comparison(ComparisonResult c, StudyResult result) {
		Optional<WorkloadResult> l = workload(result, c.left());
		Optional<WorkloadResult> r = workload(result, c.right());
		if (l.isEmpty() || r.isEmpty()) {
			return Optional.empty();
		}
		boolean training = l.get().kind() == WorkloadResult.Kind.TRAINING;
		String xKey = training ? "flops" : "tokens_per_request";
		String eKey = training ? "energy" : "energy_per_request";
		Optional<double[]> a = factors(l.get(), xKey, eKey);
		Optional<double[]> b = factors(r.get(), xKey, eKey);
		if (a.isEmpty() || b.isEmpty()) {
			return Optional.empty();
		}
		// y in the unit of the per-item energy: J per token, or J per FLOP for trainings
		Frame f = Frame.standard();
		Scale x = f.x(0, Math.max(a.get()[0], b.get()[0]), true);
		Scale y = f.y(0, Math.max(a.get()[1], b.get()[1]), true);
		String title = training ? "Energy = compute × energy per FLOP" : "Energy per request = tokens × energy per token";
		Svg svg = new Svg(f.width(), f.height(), c.name() + ": " + title);
		f.axes(svg, title, x, training ? "training compute (FLOP)" : "output tokens per request", Human::sig, y,
				training ? "J per FLOP" : "J per token");
		Unit unit = Units.fixed(eKey, org.jevons.analysis.Dimension.ENERGY, Scope.WORKLOAD);
		double[][] sides = { a.get(), b.get() };
		String[] names = { c.left(), c.right() };
		for (int i = 0; i < 2; i++) {
			double[] s = sides[i];
			svg.rect(x.map(0), y.map(s[1]), x.map(s[0]) - x.map(0), y.map(0) - y.map(s[1]), "area s" + i);
			svg.text(x.map(s[0]) - 4, y.map(s[1]) + 14 + 14 * i, names[i] + ": " + Human.sig(unit.of(s[2])) + " "
					+ unit.symbol(), "tick s" + i + "t", "end");
		}
		return Optional.of(svg.toString());
	}

	/** {x, energy / x, energy} of a workload. */
	private static Optional<double[]> factors(WorkloadResult w, String xKey, String eKey) {
		Optional<Figure> x = w.figure(xKey);
		Optional<Figure> e = w.figure(eKey);
		if (x.isEmpty() || e.isEmpty() || !(x.get().nominal() > 0) || !(e.get().nominal() > 0)) {
			return Optional.empty();
		}
		return Optional.of(new double[] { x.get().nominal(), e.get().nominal() / x.get().nominal(), e.get().nominal() });
	}

	private static Optional<WorkloadResult> workload(StudyResult result, String name) {
		return result.find(name).filter(WorkloadResult.class::isInstance).map(WorkloadResult.class::cast);
	}


	/** One bar per uncertain input: the figure with that input at its low and high bound, widest first. */
	static Optional<String> tornado(WorkloadResult w) {
		List<SensitivityBar> bars = Sensitivity.shown(w, Sensitivity.CHART_BARS);
		if (bars.isEmpty()) {
			return Optional.empty();
		}
		String key = bars.get(0).figureKey();
		Optional<Figure> figure = w.figure(key);
		Unit unit = figure.map(fig -> Human.unit(fig.key(), fig.dimension(), fig.nominal())).orElse(Units.ONE);
		double nominal = figure.map(Figure::nominal).orElse(Double.NaN);
		double lo = bars.stream().mapToDouble(b -> Math.min(b.outputLow(), b.outputHigh())).min().orElse(0);
		double hi = bars.stream().mapToDouble(b -> Math.max(b.outputLow(), b.outputHigh())).max().orElse(1);
		int rowHeight = 26;
		// the plot starts after the longest caption, so that no label is cut off on the left
		double captions = bars.stream().mapToInt(b -> (b.input() + " " + "(" + Sensitivity.inputRange(b) + ")").length()).max().orElse(10)
				* Svg.CHARACTER_WIDTH + 16;
		double left = Math.min(Frame.WIDTH * 0.55, Math.max(90, captions));
		Frame f = new Frame(Frame.WIDTH, 84 + rowHeight * bars.size(), left, Frame.WIDTH - 20, 30,
				30 + rowHeight * bars.size());
		Scale x = f.x(unit.of(lo), unit.of(hi), false);
		String label = figure.map(Figure::label).orElse(key);
		Svg svg = new Svg(f.width(), f.height(), w.name() + ": what moves " + label);
		svg.text(f.left(), 16, "What moves " + label.toLowerCase(java.util.Locale.ROOT) + " (each input at its bounds)",
				"title", "start");
		for (double t : x.ticks()) {
			svg.line(x.map(t), f.top(), x.map(t), f.bottom(), "grid");
			svg.text(x.map(t), f.bottom() + 16, Human.trimmed(t, 3), "tick", "middle");
		}
		svg.text((f.left() + f.right()) / 2, f.height() - 10, label + " (" + unit.symbol() + ")", "label", "middle");
		for (int i = 0; i < bars.size(); i++) {
			SensitivityBar b = bars.get(i);
			double y = f.top() + i * rowHeight + 4;
			double x1 = x.map(unit.of(b.outputLow()));
			double x2 = x.map(unit.of(b.outputHigh()));
			svg.rect(Math.min(x1, x2), y, Math.abs(x2 - x1), rowHeight - 8, "bar");
			svg.text(f.left() - 6, y + rowHeight / 2.0, b.input() + " " + "(" + Sensitivity.inputRange(b) + ")", "tick", "end");
		}
		if (!Double.isNaN(nominal)) {
			svg.line(x.map(unit.of(nominal)), f.top(), x.map(unit.of(nominal)), f.bottom(), "nominal");
		}
		return Optional.of(svg.toString());
	}
}

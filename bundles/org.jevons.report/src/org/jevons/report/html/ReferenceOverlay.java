package org.jevons.report.html;

import java.util.ArrayList;
import java.util.List;

import org.jevons.analysis.ProjectionResult;
import org.jevons.analysis.ReferenceScenario;
import org.jevons.report.Unit;
import org.jevons.report.html.Svg.Point;

/**
 * What a projection chart adds when there is more than one service: the data-centre total (AI plus the non-AI
 * baseline) and the reference scenario's published years, each as a marker with its band (low–high).
 */
final class ReferenceOverlay {
	private ReferenceOverlay() {
	}

	static void draw(Svg svg, ProjectionResult p, Scale x, Scale y, Unit unit, List<String> names,
			List<String> classes) {
		if (p.totalEnergy().size() == p.years().size() && !p.totalEnergy().isEmpty()) {
			List<Point> total = new ArrayList<>();
			for (int i = 0; i < p.years().size(); i++) {
				total.add(new Point(x.map(p.years().get(i)), y.map(unit.of(p.totalEnergy().get(i).nominal()))));
			}
			svg.polyline(total, "line s2");
			names.add("data centres: AI + baseline");
			classes.add("s2");
		}
		List<ReferenceScenario.Point> points = p.referencePoints();
		if (points.isEmpty()) {
			return;
		}
		for (ReferenceScenario.Point point : points) {
			double px = x.map(point.year());
			if (point.high() > point.low()) {
				svg.rect(px - 6, y.map(unit.of(point.high())), 12,
						y.map(unit.of(point.low())) - y.map(unit.of(point.high())), "band");
			}
			svg.rect(px - 4, y.map(unit.of(point.central())) - 4, 8, 8, "s3");
		}
		names.add("reference: " + p.reference().map(ReferenceScenario::title).orElse(""));
		classes.add("s3");
	}
}

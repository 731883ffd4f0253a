package org.jevons.ui.results.charts;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.LineStyle;
import org.jevons.ui.results.model.ChartModel;
import org.jevons.ui.results.model.ChartModel.Series;

/**
 * A projection's yearly energy: the projected curve, its 90 % band, the counterfactual without efficiency gain
 * (dashed) and the backfire region between them shaded.
 */
public final class ProjectionChart {
	private ProjectionChart() {
	}

	public static Chart create(Composite parent, ChartModel model) {
		Chart chart = ChartSupport.frame(parent, model);
		chart.getAxisSet().getXAxis(0).getTick().setFormat(new java.text.DecimalFormat("0"));
		chart.getAxisSet().getXAxis(0).getTick().setTickMarkStepHint(80); // whole years, no 2025.5
		int lines = 0;
		for (Series s : model.series()) {
			switch (s.role()) {
			case BAND -> ChartSupport.region(chart, s, ChartSupport.BAND, 110);
			case REGION -> ChartSupport.region(chart, s, ChartSupport.BACKFIRE, 90);
			case DASHED -> ChartSupport.line(chart, s, ChartSupport.color(ChartSupport.GREY), LineStyle.DASH, 2);
			case REFERENCE -> ChartSupport.reference(chart, s, ChartSupport.color(3));
			// the projected energy first, then the data-centre total in the third colour
			default -> ChartSupport.line(chart, s, ChartSupport.color(lines++ == 0 ? 0 : 2), LineStyle.SOLID, 3);
			}
		}
		return ChartSupport.finish(chart, model, true);
	}
}

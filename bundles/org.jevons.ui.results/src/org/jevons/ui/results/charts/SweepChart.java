package org.jevons.ui.results.charts;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.LineStyle;
import org.jevons.ui.results.model.ChartModel;

/** A sweep: the output over the first varied parameter, one line per value of the second. */
public final class SweepChart {
	private SweepChart() {
	}

	public static Chart create(Composite parent, ChartModel model) {
		Chart chart = ChartSupport.frame(parent, model);
		for (int i = 0; i < model.series().size(); i++) {
			ChartSupport.line(chart, model.series().get(i), ChartSupport.color(i), LineStyle.SOLID, 2);
		}
		chart.getLegend().setVisible(model.series().size() > 1);
		return ChartSupport.finish(chart, model);
	}
}

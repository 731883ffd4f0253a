package org.jevons.ui.results.charts;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.jevons.ui.results.model.ChartModel;

/** Training energy, or inference energy per request: one bar per declaration, whiskers from p05 to p95. */
public final class WorkloadBarChart {
	private WorkloadBarChart() {
	}

	public static Chart create(Composite parent, ChartModel model) {
		Chart chart = ChartSupport.frame(parent, model);
		for (int i = 0; i < model.series().size(); i++) {
			ChartSupport.bars(chart, model.series().get(i), i);
		}
		chart.getLegend().setVisible(false);
		return ChartSupport.finish(chart, model);
	}
}

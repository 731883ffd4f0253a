package org.jevons.ui.results.charts;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IBarSeries;
import org.jevons.ui.results.model.ChartModel;

/**
 * A comparison as the product of its factors (tokens × energy per token = energy per request), one bar each, the
 * ratio last, with whiskers when uncertain and a dashed line at 1×.
 */
public final class DecompositionChart {
	private DecompositionChart() {
	}

	public static Chart create(Composite parent, ChartModel model) {
		Chart chart = ChartSupport.frame(parent, model);
		for (int i = 0; i < model.series().size(); i++) {
			IBarSeries<?> bars = ChartSupport.bars(chart, model.series().get(i), i);
			bars.getLabel().setVisible(true);
			bars.getLabel().setFormat("0.00'×'");
		}
		chart.getLegend().setVisible(false);
		return ChartSupport.finish(chart, model);
	}
}

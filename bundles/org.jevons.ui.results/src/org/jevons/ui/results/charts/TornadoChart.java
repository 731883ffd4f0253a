package org.jevons.ui.results.charts;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IBarSeries;
import org.jevons.ui.results.model.ChartModel;

/**
 * Sensitivity as a tornado: one horizontal bar per uncertain input, from the output with the input at its low
 * bound to the output at its high bound, relative to the nominal figure; the widest input on top.
 */
public final class TornadoChart {
	private TornadoChart() {
	}

	public static Chart create(Composite parent, ChartModel model) {
		Chart chart = ChartSupport.frame(parent, model);
		for (int i = 0; i < model.series().size(); i++) {
			IBarSeries<?> bars = ChartSupport.bars(chart, model.series().get(i), i);
			bars.setBarOverlay(true);
		}
		return ChartSupport.finish(chart, model);
	}
}

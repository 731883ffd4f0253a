package org.jevons.ui.results.charts;

import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IBarSeries;
import org.jevons.ui.results.model.ChartModel;
import org.jevons.ui.results.model.ChartModel.Role;
import org.jevons.ui.results.model.ChartModel.Series;

/**
 * The LMDI decomposition of a projection's energy change as a waterfall. SWTChart has no floating bars, so each
 * bar is a stack of an invisible base (up to the bar's low end, in the plot's background colour) and the visible
 * span from low to high.
 */
public final class WaterfallChart {
	private WaterfallChart() {
	}

	public static Chart create(Composite parent, ChartModel model) {
		Chart chart = ChartSupport.frame(parent, model);
		Series s = model.series().get(0);
		double[] span = new double[s.y().size()];
		for (int i = 0; i < span.length; i++) {
			span[i] = s.high().get(i) - s.low().get(i);
		}
		IBarSeries<?> base = ChartSupport.bars(chart, new Series("base", Role.BAR, s.x(), s.low(), List.of(),
				List.of()), 0);
		base.setBarColor(chart.getPlotArea().getBackground());
		base.enableStack(true);
		IBarSeries<?> change = ChartSupport.bars(chart, new Series(s.name(), Role.BAR, s.x(),
				java.util.Arrays.stream(span).boxed().toList(), List.of(), List.of()), 1);
		change.enableStack(true);
		chart.getLegend().setVisible(false);
		return ChartSupport.finish(chart, model, true);
	}
}

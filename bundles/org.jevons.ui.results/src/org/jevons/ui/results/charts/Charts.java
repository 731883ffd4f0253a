package org.jevons.ui.results.charts;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.jevons.ui.results.model.ChartModel;

/** The chart class of each kind of chart model. */
public final class Charts {
	private Charts() {
	}

	public static Chart create(Composite parent, ChartModel model) {
		return switch (model.kind()) {
		case TRAINING_BARS, INFERENCE_BARS -> WorkloadBarChart.create(parent, model);
		case DECOMPOSITION -> DecompositionChart.create(parent, model);
		case PROJECTION -> ProjectionChart.create(parent, model);
		case SWEEP -> SweepChart.create(parent, model);
		case TORNADO -> TornadoChart.create(parent, model);
		case WATERFALL -> WaterfallChart.create(parent, model);
		};
	}
}

package org.jevons.ui.results.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ISeries;
import org.jevons.analysis.WorkloadResult;
import org.jevons.ui.results.charts.ChartsView;
import org.jevons.ui.results.model.ChartModel;
import org.jevons.ui.results.run.AnalysisRun;
import org.jevons.ui.testsupport.NoLoggedErrors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Energy Charts has a boundary waterfall per workload that counts more than its accelerators: Gemini's median
 * prompt grows from accelerators (58 % of 0.24 Wh) through host, reserve and facility overhead to its energy per
 * request, with the amortised training marked "not counted".
 */
@ExtendWith(NoLoggedErrors.class)
class BoundaryChartUITest {
	@Test
	void theGeminiPromptGrowsFromAcceleratorsToTheFullBoundary() throws Exception {
		ChartsView view = (ChartsView) UiSupport.page().showView(ChartsView.ID);
		IProject project = UiSupport.project("boundaries", UiSupport.basedir().resolve("../../examples/boundaries"));
		AnalysisRun run = UiSupport.analyse(List.of(project));
		assertTrue(UiSupport.waitUntil(5000, () -> view.models() == run.model().charts()), "charts not shown");
		int index = -1;
		for (int i = 0; i < view.models().size(); i++) {
			if (view.models().get(i).id().equals("boundary:MedianPrompt")) {
				index = i;
			}
		}
		assertTrue(index >= 0, "no boundary waterfall for MedianPrompt in " + view.models());
		ChartModel model = view.models().get(index);
		assertEquals(List.of("Accelerators", "Host", "Idle and reserve capacity", "Facility overhead",
				"Upstream training, amortised (not counted)"), model.categories());
		WorkloadResult prompt = run.result().inferences().stream().filter(w -> w.name().equals("MedianPrompt"))
				.findFirst().orElseThrow();
		ChartModel.Series bars = model.series().get(0);
		// each bar starts where the one before ends; the last counted one ends at the energy per request
		for (int k = 1; k < bars.x().size(); k++) {
			assertEquals(bars.high().get(k - 1), bars.low().get(k), 1e-12);
		}
		double accelerators = prompt.figure("accelerator_energy_per_request").orElseThrow().nominal();
		double full = prompt.figure("energy_per_request").orElseThrow().nominal();
		assertEquals(accelerators / full, bars.high().get(0) / bars.high().get(3), 1e-12);
		assertEquals(0.58, accelerators / full, 0.01, "Google: active accelerators are 58 % of the prompt's energy");
		assertEquals(0, bars.y().get(4), 0);

		view.select(index);
		UiSupport.settle(250);
		Chart chart = view.charts().get(index);
		ISeries<?> change = chart.getSeriesSet().getSeries(bars.name());
		assertEquals(bars.high().get(1) - bars.low().get(1), change.getYSeries()[1], 1e-9);
	}
}

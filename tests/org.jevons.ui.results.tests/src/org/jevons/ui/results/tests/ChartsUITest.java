package org.jevons.ui.results.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IProject;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.IWorkbenchPage;
import org.jevons.ui.results.charts.ChartExport;
import org.jevons.ui.results.charts.ChartsView;
import org.jevons.ui.results.model.ChartModel;
import org.jevons.ui.results.model.ChartModel.Kind;
import org.jevons.ui.results.run.AnalysisRun;
import org.jevons.ui.testsupport.NoLoggedErrors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every chart of the flagship renders in SWTChart, draws the model's numbers, and exports to PNG and SVG. */
@ExtendWith(NoLoggedErrors.class)
class ChartsUITest {
	@Test
	void everyChartRendersTheModelAndExports() throws Exception {
		ChartsView view = (ChartsView) UiSupport.page().showView(ChartsView.ID);
		IProject project = UiSupport.project(UiSupport.DEEPSEEK, UiSupport.basedir().resolve("../../examples/deepseek"));
		AnalysisRun run = UiSupport.analyse(List.of(project));
		assertTrue(UiSupport.waitUntil(5000, () -> view.models() == run.model().charts()), "charts not shown");
		Set<Kind> kinds = EnumSet.noneOf(Kind.class);
		view.models().forEach(m -> kinds.add(m.kind()));
		assertEquals(EnumSet.allOf(Kind.class), kinds, "the flagship has every kind of chart");

		IWorkbenchPage page = UiSupport.page();
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
		Path out = UiSupport.basedir().resolve("target/charts");
		for (int i = 0; i < view.models().size(); i++) {
			ChartModel model = view.models().get(i);
			view.select(i);
			UiSupport.settle(250);
			Chart chart = view.charts().get(i);
			assertTrue(chart.getPlotArea().getControl().getSize().x > 100, model.id() + ": plot area not laid out");
			matches(model, chart);

			String name = model.id().replaceAll("[^A-Za-z0-9_.-]+", "-");
			ChartExport.png(chart, out.resolve(name + ".png"));
			ImageData png = new ImageData(out.resolve(name + ".png").toString());
			assertEquals(chart.getSize().x, png.width);
			ChartExport.svg(model, out.resolve(name + ".svg"));
			String svg = Files.readString(out.resolve(name + ".svg"));
			assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"") && svg.endsWith("</svg>\n"), svg);
			assertTrue(svg.contains(model.title().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")));
			if (model.kind() != ChartModel.Kind.TORNADO || model.declaration().equals("R1_chat")) {
				UiSupport.capture(view.getSite().getShell(), "chart-" + model.kind().name().toLowerCase() + ".png", chart);
			}
		}
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
	}

	/** A waterfall is drawn as stacked bars: an invisible base up to each bar's low end, then its span. */
	private static void waterfall(ChartModel model, Chart chart) {
		ChartModel.Series s = model.series().get(0);
		ISeries<?> base = chart.getSeriesSet().getSeries("base");
		ISeries<?> change = chart.getSeriesSet().getSeries(s.name());
		assertNotNull(base, model.id());
		assertNotNull(change, model.id());
		assertArrayEquals(ChartModel.Series.array(s.low()), base.getYSeries(), 1e-12, model.id());
		for (int k = 0; k < s.y().size(); k++) {
			assertEquals(s.high().get(k) - s.low().get(k), change.getYSeries()[k], 1e-9 * Math.abs(s.high().get(k)));
			assertEquals(Math.abs(s.y().get(k)), change.getYSeries()[k], 1e-9 * Math.abs(s.high().get(k)));
		}
	}

	/** The SWTChart series are the model's, by name, with the same numbers (whiskers too). */
	private static void matches(ChartModel model, Chart chart) {
		if (model.kind() == ChartModel.Kind.WATERFALL) {
			waterfall(model, chart);
			return;
		}
		ISeries<?>[] drawn = chart.getSeriesSet().getSeries();
		assertEquals(model.series().size(), drawn.length, model.id());
		if (model.isCategorical()) {
			assertArrayEquals(model.categories().toArray(), chart.getAxisSet().getXAxis(0).getCategorySeries(),
					model.id());
		}
		for (ChartModel.Series s : model.series()) {
			ISeries<?> series = chart.getSeriesSet().getSeries(s.name());
			assertNotNull(series, model.id() + ": no series " + s.name());
			double[] expected = ChartModel.Series.array(s.role() == ChartModel.Role.BAND || s.role() == ChartModel.Role.REGION
					? s.high() : s.y());
			assertArrayEquals(expected, series.getYSeries(), 1e-12, model.id() + " / " + s.name());
			if (s.role() == ChartModel.Role.BAR) {
				assertTrue(series instanceof IBarSeries<?>);
				if (s.hasRange()) {
					double[] plus = series.getYErrorBar().getPlusErrors();
					for (int k = 0; k < plus.length; k++) {
						assertEquals(s.high().get(k), s.y().get(k) + plus[k], 1e-9 * Math.abs(s.high().get(k)));
					}
				}
			} else if (!s.x().isEmpty()) {
				assertArrayEquals(ChartModel.Series.array(s.x()), series.getXSeries(), 1e-12);
			}
		}
	}
}

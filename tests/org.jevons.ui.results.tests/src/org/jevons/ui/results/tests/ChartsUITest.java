package org.jevons.ui.results.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IProject;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.IWorkbenchPage;
import org.jevons.ui.results.charts.ChartExport;
import org.jevons.ui.results.charts.ChartsView;
import org.jevons.ui.results.model.ChartModel;
import org.jevons.ui.results.model.ChartModel.Kind;
import org.jevons.ui.results.model.NiceScale;
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

	@Test
	void aDockedChartPaintsItsDataAfterAReanalysis() throws Exception {
		IWorkbenchPage page = UiSupport.page();
		ChartsView view = (ChartsView) page.showView(ChartsView.ID);
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
		IProject project = UiSupport.project(UiSupport.DEEPSEEK, UiSupport.basedir().resolve("../../examples/deepseek"));
		UiSupport.analyse(List.of(project));
		view.select(0);
		AnalysisRun again = UiSupport.analyse(List.of(project)); // the charts are replaced while the view is docked
		assertTrue(UiSupport.waitUntil(5000, () -> view.models() == again.model().charts()), "charts not replaced");
		UiSupport.settle(600);
		Chart chart = view.charts().get(view.selected().orElseThrow());
		org.eclipse.swt.widgets.Control plot = chart.getPlotArea().getControl();
		System.out.println("[results-ui-test] docked chart " + chart.getSize() + ", plot area " + plot.getSize());
		assertTrue(plot.getSize().x > 50 && plot.getSize().y > 50, "plot area not laid out: " + plot.getSize());
		// the chart printed into an image (SWTChart's buffered plot area is not on a screen copy under Xvfb); no resize
		// in between: the bars must be there as the re-analysis left the chart
		org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(chart.getDisplay(), chart.getSize().x,
				chart.getSize().y);
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(image);
		int bar = 0;
		try {
			chart.print(gc);
			ImageData data = image.getImageData();
			for (int y = 0; y < data.height; y++) {
				for (int x = 0; x < data.width; x++) {
					org.eclipse.swt.graphics.RGB rgb = data.palette.getRGB(data.getPixel(x, y));
					// the first palette colour (47, 111, 179) as SWTChart fills bars: lightened to about (84, 136, 192)
					if (Math.abs(rgb.red - 84) < 20 && Math.abs(rgb.green - 136) < 20 && Math.abs(rgb.blue - 192) < 20) {
						bar++;
					}
				}
			}
			ImageLoader saver = new ImageLoader();
			saver.data = new ImageData[] { data };
			Files.createDirectories(UiSupport.basedir().resolve("target"));
			saver.save(UiSupport.basedir().resolve("target/docked-chart.png").toString(), org.eclipse.swt.SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
		String id = view.models().get(view.selected().orElseThrow()).id();
		System.out.println("[results-ui-test] docked chart " + id + ": " + bar + " bar pixels, y range "
				+ chart.getAxisSet().getYAxis(0).getRange());
		assertEquals(again.model().charts().get(0).series().size(), chart.getSeriesSet().getSeries().length,
				"the re-created chart has its series");
		// the bars are where the axes put them (SWTChart's axes kept a 0×0 plot area: every bar at pixel 0, 0 high)
		for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
			for (org.eclipse.swt.graphics.Rectangle r : ((IBarSeries<?>) series).getBounds()) {
				assertTrue(r.x >= 0 && r.width > 0 && r.height > 0, id + ": a bar outside the plot area: " + r);
			}
		}
		assertTrue(bar > 100, id + ": the docked chart painted no bars after a re-analysis (" + bar
				+ " pixels of the bar colour), see target/docked-chart.png");
	}

	@Test
	void axesAndTitlesAreForPeople() throws Exception {
		IProject project = UiSupport.project(UiSupport.DEEPSEEK, UiSupport.basedir().resolve("../../examples/deepseek"));
		AnalysisRun run = UiSupport.analyse(List.of(project));
		for (ChartModel m : run.model().charts()) {
			// declaration names keep their underscores; what the chart says about them is in words
			String words = m.title().substring(m.title().indexOf(':') + 1) + " " + m.xTitle()
					+ (m.kind() == Kind.DECOMPOSITION ? "" : " " + m.yTitle());
			assertFalse(words.contains("_"), m.id() + ": identifiers in titles: " + words);
			assertFalse(m.yTitle().matches(".*\\(([^)]+)\\).*\\(\\1\\).*"), m.id() + ": a doubled unit: " + m.yTitle());
			for (ChartModel.Series s : m.series()) {
				assertFalse(s.name().matches(".*\\d\\.0+\\b.*"), m.id() + ": a legend with trailing zeros: " + s.name());
				assertTrue(s.name().length() <= 28, m.id() + ": a legend too long for a docked pane: " + s.name());
			}
			NiceScale scale = NiceScale.of(m);
			for (double tick : scale.ticks()) {
				assertTrue(NiceScale.label(tick).length() <= 7, m.id() + ": tick " + NiceScale.label(tick));
			}
			if (m.kind() == Kind.TORNADO) {
				double widest = m.series().stream().flatMap(s -> s.y().stream()).mapToDouble(Math::abs).max().orElse(0);
				// in the unit of the widest change (mWh is the smallest energy unit: a near-flat tornado stays below 0.1)
				assertTrue((widest >= 0.1 || m.yTitle().contains("(mWh)")) && widest < 1000,
						m.id() + ": tornado values in a unit for people: " + widest + " " + m.yTitle());
			}
		}
		assertEquals(List.of(0.0, 20.0, 40.0, 60.0, 80.0, 100.0, 120.0), NiceScale.linear(0, 110, 6).ticks(),
				"round ticks, not 55.1 and 110");
		assertTrue(NiceScale.of(new ChartModel("b", Kind.TRAINING_BARS, "", "t", "", "y", List.of("a", "b"),
				List.of(new ChartModel.Series("e", ChartModel.Role.BAR, List.of(0.0, 1.0), List.of(2.0, 5000.0),
						List.of(), List.of())), false, Double.NaN)).logarithmic(), "bars spanning decades: a log axis");
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

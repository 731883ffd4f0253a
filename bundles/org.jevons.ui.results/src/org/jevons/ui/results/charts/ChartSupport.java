package org.jevons.ui.results.charts;

import java.text.DecimalFormat;
import java.util.List;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ICustomPaintListener;
import org.eclipse.swtchart.IErrorBar;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.jevons.ui.results.model.ChartModel;
import org.jevons.ui.results.model.ChartModel.Series;
import org.jevons.ui.results.model.NiceScale;

/** What the chart classes share: the frame, bars with whiskers, lines, shaded regions, a baseline. */
final class ChartSupport {
	/** Series colours, shared with the SVG export. */
	static final List<RGB> PALETTE = List.of(new RGB(47, 111, 179), new RGB(214, 106, 38), new RGB(60, 150, 80),
			new RGB(170, 60, 150), new RGB(120, 120, 40), new RGB(40, 150, 170), new RGB(200, 50, 60),
			new RGB(110, 90, 60));
	static final RGB BACKFIRE = new RGB(230, 90, 70);
	static final RGB BAND = new RGB(150, 180, 220);
	static final RGB GREY = new RGB(90, 90, 90);

	private ChartSupport() {
	}

	static Chart frame(Composite parent, ChartModel model) {
		Chart chart = new Chart(parent, SWT.NONE);
		chart.getTitle().setText(model.title());
		// the dialog font, bold for the title: SWTChart's large default title is cut in a docked pane
		chart.getTitle().setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT));
		chart.getLegend().setFont(JFaceResources.getDialogFont());
		IAxis x = chart.getAxisSet().getXAxis(0);
		IAxis y = chart.getAxisSet().getYAxis(0);
		x.getTitle().setText(model.xTitle());
		x.getTitle().setVisible(!model.xTitle().isEmpty());
		y.getTitle().setText(model.yTitle());
		if (model.isCategorical()) {
			x.setCategorySeries(model.categories().toArray(String[]::new));
			x.enableCategory(true);
		}
		if (model.horizontal()) {
			chart.setOrientation(SWT.VERTICAL);
		}
		chart.getLegend().setPosition(SWT.BOTTOM);
		refreshAxesOnResize(chart);
		return chart;
	}

	/**
	 * SWTChart's axes cache the plot area's size and update it only in {@link Chart#updateLayout()}, after the chart's
	 * own {@code layout()}. When that layout is deferred (the workbench defers layouts while it updates a docked view's
	 * parts; new charts are created then, on a re-analysis), the deferred layout later sizes the plot area without
	 * updating the axes: they keep 0×0, every data value maps to pixel 0 and the bars and lines vanish while the grid
	 * and ticks (laid out from the plot area directly) still show — until the next resize. So every resize of the plot
	 * area brings the axes up to date (after the layout that caused it) and repaints.
	 */
	private static void refreshAxesOnResize(Chart chart) {
		Control plot = chart.getPlotArea().getControl();
		plot.addListener(SWT.Resize, e -> plot.getDisplay().asyncExec(() -> {
			if (!chart.isDisposed()) {
				chart.updateLayout();
				chart.redraw();
			}
		}));
	}

	static Color color(RGB rgb) {
		return new Color(Display.getCurrent(), rgb);
	}

	static Color color(int index) {
		return color(PALETTE.get(index % PALETTE.size()));
	}

	/** Bars of one series, whiskers from low to high when the series has a range. */
	static IBarSeries<?> bars(Chart chart, Series s, int index) {
		IBarSeries<?> bars = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, s.name());
		bars.setYSeries(Series.array(s.y()));
		bars.setBarColor(color(index));
		// a lone bar does not span the whole plot: padding (% of a category's width) grows as bars get fewer
		bars.setBarPadding(s.y().size() == 1 ? 70 : s.y().size() == 2 ? 45 : 25);
		if (s.hasRange()) {
			whiskers(bars, s, color(GREY));
		}
		return bars;
	}

	/** Whiskers from a series' low to its high around y. */
	private static void whiskers(ISeries<?> series, Series s, Color color) {
		double[] plus = new double[s.y().size()];
		double[] minus = new double[s.y().size()];
		for (int i = 0; i < plus.length; i++) {
			plus[i] = Math.max(0, s.high().get(i) - s.y().get(i));
			minus[i] = Math.max(0, s.y().get(i) - s.low().get(i));
		}
		IErrorBar whiskers = series.getYErrorBar();
		whiskers.setType(IErrorBar.ErrorBarType.BOTH);
		whiskers.setPlusErrors(plus);
		whiskers.setMinusErrors(minus);
		whiskers.setColor(color);
		whiskers.setLineWidth(2);
		whiskers.setVisible(true);
	}

	static ILineSeries<?> line(Chart chart, Series s, Color color, LineStyle style, int width) {
		ILineSeries<?> line = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, s.name());
		line.setXSeries(Series.array(s.x()));
		line.setYSeries(Series.array(s.y()));
		line.setSymbolType(ILineSeries.PlotSymbolType.NONE);
		line.setLineColor(color);
		line.setLineStyle(style);
		line.setLineWidth(width);
		line.setAntialias(SWT.ON);
		return line;
	}

	/** Reference points: square markers at y, whiskers from low to high where the reference gives a range. */
	static ILineSeries<?> reference(Chart chart, Series s, Color color) {
		ILineSeries<?> points = line(chart, s, color, LineStyle.NONE, 1);
		points.setSymbolType(ILineSeries.PlotSymbolType.SQUARE);
		points.setSymbolColor(color);
		points.setSymbolSize(5);
		whiskers(points, s, color);
		return points;
	}

	/**
	 * A region between a series' low and high, filled behind the lines. SWTChart has no band series, so a custom
	 * paint listener fills the polygon in pixel coordinates; a legend entry comes from an invisible-width line.
	 */
	static void region(Chart chart, Series s, RGB rgb, int alpha) {
		ILineSeries<?> legend = line(chart, new Series(s.name(), s.role(), s.x(), s.high(), List.of(), List.of()),
				color(rgb), LineStyle.NONE, 1);
		legend.setSymbolType(ILineSeries.PlotSymbolType.SQUARE);
		legend.setSymbolColor(color(rgb));
		legend.setSymbolSize(1);
		chart.getPlotArea().addCustomPaintListener(new ICustomPaintListener() {
			@Override
			public void paintControl(PaintEvent e) {
				IAxis x = chart.getAxisSet().getXAxis(0);
				IAxis y = chart.getAxisSet().getYAxis(0);
				int n = s.x().size();
				int[] polygon = new int[4 * n];
				for (int i = 0; i < n; i++) {
					polygon[2 * i] = x.getPixelCoordinate(s.x().get(i));
					polygon[2 * i + 1] = y.getPixelCoordinate(s.high().get(i));
					int j = n - 1 - i;
					polygon[2 * n + 2 * i] = x.getPixelCoordinate(s.x().get(j));
					polygon[2 * n + 2 * i + 1] = y.getPixelCoordinate(s.low().get(j));
				}
				e.gc.setAlpha(alpha);
				e.gc.setBackground(color(rgb));
				e.gc.fillPolygon(polygon);
				e.gc.setAlpha(255);
			}

			@Override
			public boolean drawBehindSeries() {
				return true;
			}
		});
	}

	/** A dashed reference line at a value of the value axis (1× of a ratio, 0 of a tornado). */
	static void baseline(Chart chart, double value) {
		chart.getPlotArea().addCustomPaintListener(new ICustomPaintListener() {
			@Override
			public void paintControl(PaintEvent e) {
				IAxis axis = chart.getAxisSet().getYAxis(0);
				int at = axis.getPixelCoordinate(value);
				e.gc.setForeground(color(GREY));
				e.gc.setLineStyle(SWT.LINE_DASH);
				e.gc.setLineWidth(1);
				if (chart.getOrientation() == SWT.VERTICAL) {
					e.gc.drawLine(at, 0, at, e.height);
				} else {
					e.gc.drawLine(0, at, e.width, at);
				}
				e.gc.setLineStyle(SWT.LINE_SOLID);
			}
		});
	}

	/**
	 * Fits the value axis to the data on round ticks ({@link NiceScale}, the SVG export's axis): zero and the baseline
	 * in view, logarithmic when bars span decades; tick labels as plain round numbers.
	 */
	static Chart finish(Chart chart, ChartModel model) {
		chart.getAxisSet().adjustRange();
		IAxis y = chart.getAxisSet().getYAxis(0);
		NiceScale scale = NiceScale.of(model);
		y.enableLogScale(scale.logarithmic());
		y.setRange(new Range(scale.lo(), scale.hi()));
		y.getTick().setFormat(new DecimalFormat("#,##0.####"));
		if (!Double.isNaN(model.baseline())) {
			baseline(chart, model.baseline());
		}
		return chart;
	}
}

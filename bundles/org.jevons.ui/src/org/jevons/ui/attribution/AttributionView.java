package org.jevons.ui.attribution;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.ui.part.ViewPart;
import org.jevons.ui.attribution.AttributionSummary.Row;

/**
 * Usage Attribution: the totals of the last "Attribute Usage…" run, its skipped rows, a table of the aggregates by day
 * and workload (energy with its p05–p95) and a chart of the energy per day. Thin: it shows an
 * {@link AttributionSummary} and computes nothing.
 */
public final class AttributionView extends ViewPart {
	public static final String ID = "org.jevons.ui.attribution.view";
	static final String EMPTY = "No attribution yet: select a usage log (CSV or Parquet) in a project with its "
			+ ".energy models and choose Attribute Usage… (context menu or the Analysis menu).";
	private static final String SERIES = "energy";
	private static final int LABELLED_DAYS = 14;

	/** The last summary, kept for a view opened (or reopened) after the run. */
	private static volatile Optional<AttributionSummary> latest = Optional.empty();

	private Label headline;
	private Label skipped;
	private TableViewer table;
	private Chart chart;
	private Optional<AttributionSummary> shown = Optional.empty();

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		headline = new Label(parent, SWT.WRAP);
		headline.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		skipped = new Label(parent, SWT.WRAP);
		skipped.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		table = new TableViewer(sash, SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		column("day", 90, Row::day);
		column("workload", 140, Row::workload);
		column("requests", 80, r -> String.format("%,d", r.requests()));
		column("energy kWh", 90, r -> AttributionSummary.number(r.energy()));
		column("p05–p95 kWh", 130, r -> Double.isNaN(r.low()) ? "–"
				: AttributionSummary.number(r.low()) + " – " + AttributionSummary.number(r.high()));
		column("carbon kg", 80, r -> AttributionSummary.number(r.carbon()));
		column("water L", 80, r -> AttributionSummary.number(r.water()));
		chart = new Chart(sash, SWT.NONE);
		chart.getTitle().setText("energy per day");
		chart.getLegend().setVisible(false);
		chart.getAxisSet().getYAxis(0).getTitle().setText("kWh");
		sash.setWeights(55, 45);
		display(latest.orElse(AttributionSummary.failed(EMPTY)));
	}

	private void column(String title, int width, Function<Row, String> text) {
		TableViewerColumn c = new TableViewerColumn(table, SWT.NONE);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Row) element);
			}
		});
	}

	/** Shows a summary and keeps it for views opened later. UI thread. */
	public void show(AttributionSummary summary) {
		latest = Optional.of(summary);
		display(summary);
	}

	private void display(AttributionSummary summary) {
		shown = Optional.of(summary);
		headline.setText(summary.headline());
		skipped.setText(summary.skipped().isEmpty() ? "" : "Skipped rows: " + String.join(", ", summary.skipped()));
		skipped.setToolTipText(String.join("\n", summary.examples()));
		table.setInput(summary.rows());
		for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
			chart.getSeriesSet().deleteSeries(s.getId());
		}
		if (summary.days().size() > 0) {
			ISeries<?> series = chart.getSeriesSet().createSeries(SeriesType.BAR, SERIES);
			series.setYSeries(summary.energy());
			IAxis x = chart.getAxisSet().getXAxis(0);
			x.setCategorySeries(summary.days().toArray(String[]::new));
			x.enableCategory(true);
			// a label per day overlaps beyond a couple of weeks: then the axis title gives the range
			boolean labelled = summary.days().size() <= LABELLED_DAYS;
			x.getTick().setVisible(labelled);
			x.getTitle().setText(labelled ? "day (UTC)"
					: "day (UTC), " + summary.days().get(0) + " – " + summary.days().get(summary.days().size() - 1));
			chart.getAxisSet().adjustRange();
		}
		headline.getParent().layout(true, true);
		chart.redraw();
	}

	/** What the view shows (tests). */
	public Optional<AttributionSummary> shown() {
		return shown;
	}

	public Table table() {
		return table.getTable();
	}

	/** The chart's bars: energy per day, kWh (tests). */
	public List<Double> bars() {
		ISeries<?> series = chart.getSeriesSet().getSeries(SERIES);
		return series == null ? List.of() : java.util.Arrays.stream(series.getYSeries()).boxed().toList();
	}

	@Override
	public void setFocus() {
		table.getTable().setFocus();
	}
}

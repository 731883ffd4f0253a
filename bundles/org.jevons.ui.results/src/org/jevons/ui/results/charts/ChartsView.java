package org.jevons.ui.results.charts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swtchart.Chart;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.jevons.ui.results.export.ExportTargets;
import org.jevons.ui.results.model.ChartModel;
import org.jevons.ui.results.model.ResultRow;
import org.jevons.ui.results.model.ResultsModel;
import org.jevons.ui.results.run.AnalysisRun;
import org.jevons.ui.results.run.ResultsStore;

/**
 * "Energy Charts": one tab per chart of the latest analysis. Selecting a row in Energy Results shows its
 * declaration's chart; the toolbar exports the shown chart as PNG or SVG.
 */
public final class ChartsView extends ViewPart {
	public static final String ID = "org.jevons.ui.results.charts";

	private CTabFolder folder;
	private final List<Chart> charts = new ArrayList<>();
	private List<ChartModel> models = List.of();
	private final Consumer<AnalysisRun> onRun = run -> show(run.model());
	private final ISelectionListener rowListener = this::rowSelected;

	@Override
	public void createPartControl(Composite parent) {
		folder = new CTabFolder(parent, SWT.BOTTOM | SWT.FLAT);
		folder.addListener(SWT.Selection, e -> repaintSelected());
		getViewSite().getActionBars().getToolBarManager().add(new Action("Export PNG…") {
			@Override
			public void run() {
				export("png");
			}
		});
		getViewSite().getActionBars().getToolBarManager().add(new Action("Export SVG…") {
			@Override
			public void run() {
				export("svg");
			}
		});
		getSite().getPage().addPostSelectionListener(rowListener);
		ResultsStore.get().addListener(onRun);
		setContentDescription(ResultsStore.NO_RUN_HINT);
		ResultsStore.get().latest().ifPresent(onRun);
	}

	/** Replaces the charts by those of a model (UI thread). */
	public void show(ResultsModel model) {
		if (folder.isDisposed()) {
			return;
		}
		int selected = Math.max(0, folder.getSelectionIndex());
		charts.clear(); // first: disposing the selected tab selects another, and the listener repaints the shown chart
		for (CTabItem item : folder.getItems()) {
			item.getControl().dispose();
			item.dispose();
		}
		models = model.charts();
		setContentDescription(models.isEmpty() ? "The analysis has nothing to chart." : "");
		for (ChartModel m : models) {
			CTabItem item = new CTabItem(folder, SWT.NONE);
			item.setText(tabName(m));
			item.setToolTipText(m.title());
			Chart chart = Charts.create(folder, m);
			item.setControl(chart);
			charts.add(chart);
		}
		if (!models.isEmpty()) {
			folder.setSelection(Math.min(selected, models.size() - 1));
		}
		// new charts in a docked pane are laid out and painted now, not at the next resize (see also ChartSupport)
		folder.layout(true, true);
		repaintSelected();
	}

	private void repaintSelected() {
		int i = folder.isDisposed() ? -1 : folder.getSelectionIndex();
		if (i < 0 || i >= charts.size() || charts.get(i).isDisposed()) {
			return;
		}
		Chart chart = charts.get(i);
		chart.updateLayout();
		chart.redraw();
	}

	private static String tabName(ChartModel m) {
		return switch (m.kind()) {
		case TRAINING_BARS -> "Trainings";
		case INFERENCE_BARS -> "Inferences";
		case TORNADO -> "Sensitivity: " + m.declaration();
		default -> m.declaration();
		};
	}

	public List<Chart> charts() {
		return List.copyOf(charts);
	}

	public List<ChartModel> models() {
		return models;
	}

	/** Brings a chart to the front (tests, linking). */
	public void select(int index) {
		folder.setSelection(index);
		repaintSelected();
	}

	public Optional<Integer> selected() {
		int i = folder.getSelectionIndex();
		return i < 0 ? Optional.empty() : Optional.of(i);
	}

	private void rowSelected(IWorkbenchPart part, ISelection selection) {
		if (selection instanceof IStructuredSelection s && s.getFirstElement() instanceof ResultRow row) {
			for (int i = 0; i < models.size(); i++) {
				if (models.get(i).declaration().equals(row.declaration())
						|| (models.get(i).declaration().isEmpty() && models.get(i).categories().contains(row.declaration())
								&& models.stream().noneMatch(m -> m.declaration().equals(row.declaration())))) {
					folder.setSelection(i);
					return;
				}
			}
		}
	}

	private void export(String extension) {
		Optional<Integer> index = selected();
		if (index.isEmpty()) {
			return;
		}
		ChartModel model = models.get(index.get());
		FileDialog dialog = new FileDialog(folder.getShell(), SWT.SAVE);
		dialog.setText("Export chart");
		dialog.setFilterExtensions(new String[] { "*." + extension });
		dialog.setFilterPath(ExportTargets.folder(ResultsStore.get().latest()).toString());
		dialog.setFileName(ExportTargets.fileName(model.title(), extension));
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		try {
			if (extension.equals("png")) {
				ChartExport.png(charts.get(index.get()), Path.of(chosen));
			} else {
				ChartExport.svg(model, Path.of(chosen));
			}
		} catch (IOException e) {
			IStatus status = Status.error("Cannot export the chart to " + chosen, e);
			ILog.of(getClass()).log(status);
			ErrorDialog.openError(folder.getShell(), "Export chart", e.getMessage(), status);
		}
	}

	@Override
	public void setFocus() {
		folder.setFocus();
	}

	@Override
	public void dispose() {
		ResultsStore.get().removeListener(onRun);
		getSite().getPage().removePostSelectionListener(rowListener);
		super.dispose();
	}
}

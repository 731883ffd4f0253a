package org.jevons.ui.results.view;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.ToolTip;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.texteditor.ITextEditor;
import org.jevons.ui.results.model.ResultRow;
import org.jevons.ui.results.model.ResultsModel;
import org.jevons.ui.results.run.AnalysisRun;
import org.jevons.ui.results.run.ResultsStore;

/**
 * "Energy Results": one row per figure of every declaration of the latest analysis (a thin viewer over
 * {@link ResultsModel}). Selecting a row reveals its declaration in the editor; moving the caret in an editor
 * selects the declaration's first row. Copy (Ctrl+C) puts the selected rows, or all, on the clipboard as CSV.
 */
public final class ResultsView extends ViewPart {
	public static final String ID = "org.jevons.ui.results.view";

	private TableViewer viewer;
	private ResultsModel model = ResultsModel.EMPTY;
	private boolean linking;
	private final Consumer<AnalysisRun> onRun = run -> show(run.model());
	private final ISelectionListener editorListener = this::editorSelectionChanged;

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		RowColumns.create(viewer);
		ColumnViewerToolTipSupport.enableFor(viewer, ToolTip.NO_RECREATE);
		viewer.addSelectionChangedListener(e -> rowSelected(e.getStructuredSelection()));
		getSite().setSelectionProvider(viewer);
		getSite().getPage().addPostSelectionListener(editorListener);
		Action copy = new Action("Copy as CSV") {
			@Override
			public void run() {
				copyCsv();
			}
		};
		getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.COPY.getId(), copy);
		IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
		copy.setToolTipText("Copy the selected rows (or all) as CSV");
		toolbar.add(copy);
		ResultsStore.get().addListener(onRun);
		setContentDescription(ResultsStore.NO_RUN_HINT);
		ResultsStore.get().latest().ifPresent(onRun);
	}

	/** Shows a model (UI thread). */
	public void show(ResultsModel shown) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		model = shown;
		setContentDescription(shown.summary());
		viewer.setInput(shown.rows());
	}

	public ResultsModel model() {
		return model;
	}

	public TableViewer viewer() {
		return viewer;
	}

	/** The selected rows, or every row when none is selected, as CSV; also put on the clipboard. */
	public String copyCsv() {
		List<?> selected = viewer.getStructuredSelection().toList();
		List<ResultRow> rows = selected.isEmpty() ? model.rows()
				: selected.stream().filter(ResultRow.class::isInstance).map(ResultRow.class::cast).toList();
		String csv = RowsCsv.of(rows);
		Clipboard clipboard = new Clipboard(viewer.getControl().getDisplay());
		try {
			clipboard.setContents(new Object[] { csv }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
		return csv;
	}

	private void rowSelected(IStructuredSelection selection) {
		if (linking || !(selection.getFirstElement() instanceof ResultRow row)) {
			return;
		}
		linking = true;
		try {
			EditorLinks.reveal(getSite().getPage(), row);
		} catch (PartInitException e) {
			ILog.of(getClass()).log(e.getStatus());
		} finally {
			linking = false;
		}
	}

	private void editorSelectionChanged(IWorkbenchPart part, ISelection selection) {
		if (linking || part == this || !(selection instanceof ITextSelection text)) {
			return;
		}
		ITextEditor editor = Adapters.adapt(part, ITextEditor.class);
		IFile file = editor == null ? null : Adapters.adapt(editor.getEditorInput(), IFile.class);
		if (file == null) {
			return;
		}
		Optional<ResultRow> row = EditorLinks.rowAt(model.rows(), file, text.getStartLine() + 1);
		if (row.isPresent()) {
			linking = true;
			try {
				viewer.setSelection(new StructuredSelection(row.get()), true);
			} finally {
				linking = false;
			}
		}
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		ResultsStore.get().removeListener(onRun);
		getSite().getPage().removePostSelectionListener(editorListener);
		super.dispose();
	}
}

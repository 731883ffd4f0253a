package org.jevons.ui.navigation;

import java.util.List;
import java.util.Locale;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.dialogs.PopupDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * A pop-up list to pick from, filtered as one types (Quick Outline, Find References): Enter or a double click opens
 * the selected entry, Escape closes.
 */
public final class PickerPopup extends PopupDialog {

	/** One line of the list: its text, its icon (a declaration keyword, or "" for none), what opening it does. */
	public record Entry(String label, String keyword, Runnable open) {
	}

	private final List<Entry> entries;
	private @Nullable Text filter;
	private @Nullable TableViewer viewer;

	public PickerPopup(Shell parent, String title, List<Entry> entries) {
		super(parent, PopupDialog.INFOPOPUPRESIZE_SHELLSTYLE, true, true, false, false, false, title,
				"Type to filter, Enter to go");
		this.entries = List.copyOf(entries);
	}

	@Override
	protected Control createTitleControl(Composite parent) {
		Text text = new Text(parent, SWT.SINGLE | SWT.SEARCH);
		text.setMessage("filter");
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		text.addModifyListener(e -> {
			TableViewer v = viewer;
			if (v != null) {
				v.refresh();
				if (v.getTable().getItemCount() > 0) {
					v.getTable().select(0);
				}
			}
		});
		text.addListener(SWT.DefaultSelection, e -> openSelected());
		text.addListener(SWT.KeyDown, e -> {
			TableViewer v = viewer;
			if ((e.keyCode == SWT.ARROW_DOWN || e.keyCode == SWT.ARROW_UP) && v != null) {
				v.getTable().setFocus();
			}
		});
		filter = text;
		return text;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		TableViewer v = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
		v.setContentProvider(ArrayContentProvider.getInstance());
		v.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((Entry) element).label();
			}

			@Override
			public @Nullable Image getImage(Object element) {
				return KindIcons.of(((Entry) element).keyword()).orElse(null);
			}
		});
		v.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer unused, @Nullable Object parentElement, Object element) {
				Text f = filter;
				String typed = f == null ? "" : f.getText().strip().toLowerCase(Locale.ROOT);
				return typed.isEmpty() || ((Entry) element).label().toLowerCase(Locale.ROOT).contains(typed);
			}
		});
		v.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		v.addOpenListener(e -> openSelected());
		v.getTable().addListener(SWT.DefaultSelection, e -> openSelected());
		v.setInput(entries);
		if (!entries.isEmpty()) {
			v.getTable().select(0);
		}
		viewer = v;
		return v.getTable();
	}

	@Override
	protected @Nullable Control getFocusControl() {
		return filter;
	}

	@Override
	protected Point getDefaultSize() {
		return new Point(460, 360);
	}

	/** The entries shown for the current filter (tests). */
	public List<Entry> shown() {
		TableViewer v = viewer;
		if (v == null) {
			return List.of();
		}
		return java.util.Arrays.stream(v.getTable().getItems()).map(i -> (Entry) i.getData()).toList();
	}

	/** Types into the filter (tests). */
	public void filter(String text) {
		Text f = filter;
		if (f != null) {
			f.setText(text);
		}
	}

	/** Opens the selected entry and closes the pop-up. */
	public void openSelected() {
		TableViewer v = viewer;
		if (v == null || !(v.getSelection() instanceof IStructuredSelection s) || s.isEmpty()) {
			return;
		}
		Entry entry = (Entry) s.getFirstElement();
		close();
		entry.open().run();
	}
}

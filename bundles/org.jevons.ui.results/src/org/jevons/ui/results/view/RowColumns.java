package org.jevons.ui.results.view;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;
import org.jevons.ui.results.model.ResultRow;

/** The columns of the Energy Results table; every cell's tooltip lists the sources of the figure. */
final class RowColumns {
	static final String[] TITLES = { "Declaration", "Kind", "Figure", "Value", "Sources", "Location" };

	private RowColumns() {
	}

	static void create(TableViewer viewer) {
		column(viewer, TITLES[0], 170, ResultRow::declaration);
		column(viewer, TITLES[1], 85, ResultRow::kind);
		column(viewer, TITLES[2], 230, ResultRow::label);
		column(viewer, TITLES[3], 330, ResultRow::value);
		column(viewer, TITLES[4], 70, r -> r.sources().isEmpty() ? "" : String.valueOf(r.sources().size()));
		column(viewer, TITLES[5], 210, r -> r.file().isEmpty() ? "" : shortName(r.file()) + ":" + r.line());
	}

	private static String shortName(String file) {
		int slash = file.lastIndexOf('/');
		return slash < 0 ? file : file.substring(slash + 1);
	}

	private static void column(TableViewer viewer, String title, int width, Function<ResultRow, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.getColumn().setResizable(true);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof ResultRow r ? text.apply(r) : "";
			}

			@Override
			public Color getForeground(Object element) {
				if (!(element instanceof ResultRow r)) {
					return null;
				}
				Display display = Display.getCurrent();
				return switch (r.status()) {
				case FAIL, ERROR -> display.getSystemColor(SWT.COLOR_RED);
				case PASS -> display.getSystemColor(SWT.COLOR_DARK_GREEN);
				case WARNING -> display.getSystemColor(SWT.COLOR_DARK_YELLOW);
				default -> null;
				};
			}

			@Override
			public String getToolTipText(Object element) {
				if (!(element instanceof ResultRow r)) {
					return null;
				}
				String tip = r.sourcesText();
				return tip.isEmpty() ? null : tip;
			}
		});
	}
}

package org.jevons.rcp.help;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.jevons.ui.hover.StyledHoverControl;
import org.jevons.ui.hover.StyledMarkdown;

/** "Jevons Help": the documentation pages on the left, the selected one rendered (styled text, no browser). */
public final class HelpView extends ViewPart {
	public static final String ID = "org.jevons.rcp.help";

	private TableViewer pages;
	private StyledText text;

	@Override
	public void createPartControl(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		pages = new TableViewer(sash, SWT.SINGLE | SWT.FULL_SELECTION);
		pages.setContentProvider(ArrayContentProvider.getInstance());
		pages.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((HelpDocuments.Page) element).title();
			}
		});
		pages.setInput(HelpDocuments.PAGES);
		text = new StyledText(sash, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		text.setFont(JFaceResources.getDialogFont());
		text.setMargins(12, 8, 12, 8);
		sash.setWeights(1, 4);
		pages.addSelectionChangedListener(e -> {
			if (e.getStructuredSelection().getFirstElement() instanceof HelpDocuments.Page page) {
				render(page);
			}
		});
		show(HelpDocuments.PAGES.get(0));
	}

	/** Shows a page (Help > Help Contents shows the first: the workbench's first steps). */
	public void show(HelpDocuments.Page page) {
		pages.setSelection(new StructuredSelection(page), true);
		render(page);
	}

	private void render(HelpDocuments.Page page) {
		String markdown = HelpDocuments.read(page)
				.orElse("# " + page.title() + "\n\nThis page is missing from the product (docs/" + page.file() + ").");
		StyledMarkdown.Rendered rendered = StyledMarkdown.render(markdown);
		text.setText(rendered.text());
		text.setStyleRanges(StyledHoverControl.styleRanges(rendered, text.getForeground()));
		text.setTopIndex(0);
	}

	/** The page shown and its text (tests). */
	public HelpDocuments.Page shownPage() {
		return (HelpDocuments.Page) ((IStructuredSelection) pages.getSelection()).getFirstElement();
	}

	public StyledText textWidget() {
		return text;
	}

	@Override
	public void setFocus() {
		text.setFocus();
	}
}

package org.jevons.ui.outline;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.jevons.ui.JevonsUi;
import org.jevons.ui.editor.EnergyEditor;
import org.jevons.ui.editor.ServerConnection;
import org.jevons.ui.lsp.JevonsLanguageServer;
import org.jevons.ui.lsp.LspText;
import org.jevons.ui.navigation.KindIcons;

/**
 * The Outline: the declarations of the document (textDocument/documentSymbol), refreshed after every reconcile.
 * Selecting one selects it in the editor; moving the caret selects its declaration here.
 */
public class EnergyOutlinePage extends ContentOutlinePage {

	private final EnergyEditor editor;
	private List<OutlineNode> roots = List.of();
	private boolean updatingFromEditor;
	private final ISelectionChangedListener editorListener = this::editorSelectionChanged;

	public EnergyOutlinePage(EnergyEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return roots.toArray();
			}

			@Override
			public Object[] getChildren(Object element) {
				return ((OutlineNode) element).children().toArray();
			}

			@Override
			public @Nullable Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return !((OutlineNode) element).children().isEmpty();
			}
		});
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				OutlineNode node = (OutlineNode) element;
				IDocument document = editor.document();
				if (!node.children().isEmpty() && document != null) {
					// the package: its name as written (qualified), not only the last segment
					IRegion r = LspText.region(document, node.selection());
					try {
						String written = document.get(r.getOffset(), r.getLength()).strip();
						if (written.matches("[\\w.]+")) {
							return written;
						}
					} catch (org.eclipse.jface.text.BadLocationException e) {
						JevonsUi.warning("Outline entry outside the document", e);
					}
				}
				return node.label();
			}

			@Override
			public Image getImage(Object element) {
				IDocument document = editor.document();
				String keyword = document == null ? "" : ((OutlineNode) element).keyword(document);
				return KindIcons.of(keyword).orElseGet(
						() -> PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_ELEMENT));
			}
		});
		viewer.setInput(this);
		viewer.addSelectionChangedListener(this::outlineSelectionChanged);
		if (editor.getSelectionProvider() instanceof IPostSelectionProvider p) {
			p.addPostSelectionChangedListener(editorListener);
		}
		refresh();
	}

	/** Asks the server for the symbols (the answer is shown on the UI thread); a library file's from its text. */
	public void refresh() {
		ServerConnection connection = editor.connection().orElse(null);
		Control control = getControl();
		if (control == null || control.isDisposed()) {
			return;
		}
		if (connection == null) {
			IDocument document = editor.document();
			show(document == null ? List.of() : LibraryOutline.of(document)); // the library: from its text
			return;
		}
		DocumentSymbolParams params = new DocumentSymbolParams(new TextDocumentIdentifier(connection.uri()));
		JevonsLanguageServer.getDefault().request(docs -> docs.documentSymbol(params)).whenComplete((symbols, failure) -> {
			if (failure != null) {
				if (!(failure instanceof CancellationException || failure.getCause() instanceof CancellationException)) {
					JevonsUi.error("The outline could not be computed", failure instanceof CompletionException ? failure.getCause() : failure);
				}
				return; // cancelled by a newer edit: the next reconcile refreshes again
			}
			if (!control.isDisposed()) {
				control.getDisplay().asyncExec(() -> show(symbols == null ? List.of() : OutlineNode.of(symbols)));
			}
		});
	}

	private void show(List<OutlineNode> nodes) {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		roots = nodes;
		viewer.refresh();
		viewer.expandToLevel(2);
	}

	/** The declarations shown now (tests, status). */
	public List<OutlineNode> roots() {
		return roots;
	}

	private void outlineSelectionChanged(SelectionChangedEvent event) {
		IDocument document = editor.document();
		if (updatingFromEditor || document == null
				|| !(event.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof OutlineNode node)) {
			return;
		}
		IRegion region = LspText.region(document, node.selection());
		editor.reveal(region.getOffset(), region.getLength());
	}

	private void editorSelectionChanged(SelectionChangedEvent event) {
		IDocument document = editor.document();
		TreeViewer viewer = getTreeViewer();
		if (document == null || viewer == null || viewer.getControl().isDisposed() || !(event.getSelection() instanceof ITextSelection text)) {
			return;
		}
		OutlineNode found = null;
		List<OutlineNode> level = roots;
		while (true) {
			OutlineNode inner = null;
			for (OutlineNode n : level) {
				IRegion r = LspText.region(document, n.range());
				if (text.getOffset() >= r.getOffset() && text.getOffset() <= r.getOffset() + r.getLength()) {
					inner = n;
				}
			}
			if (inner == null) {
				break;
			}
			found = inner;
			level = inner.children();
		}
		updatingFromEditor = true;
		try {
			viewer.setSelection(found == null ? StructuredSelection.EMPTY : new StructuredSelection(found), true);
		} finally {
			updatingFromEditor = false;
		}
	}

	@Override
	public void dispose() {
		if (editor.getSelectionProvider() instanceof IPostSelectionProvider p) {
			p.removePostSelectionChangedListener(editorListener);
		}
		super.dispose();
	}
}

package org.jevons.ui.navigation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.ui.handlers.HandlerUtil;
import org.jevons.ui.editor.EnergyEditor;
import org.jevons.ui.editor.ServerConnection;
import org.jevons.ui.lsp.LspText;
import org.jevons.ui.lsp.Requests;
import org.jevons.ui.outline.OutlineNode;

/** Ctrl+O: the declarations of the file in a pop-up, filtered as one types; Enter goes to the one selected. */
public class QuickOutlineHandler extends AbstractHandler {

	@Override
	public @Nullable Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActiveEditor(event) instanceof EnergyEditor editor) {
			popup(editor).open();
		}
		return null;
	}

	/** The pop-up for an editor (not yet open). */
	public static PickerPopup popup(EnergyEditor editor) {
		return new PickerPopup(editor.getSite().getShell(), "Quick Outline", entries(editor));
	}

	static List<PickerPopup.Entry> entries(EnergyEditor editor) {
		ServerConnection connection = editor.connection().orElse(null);
		IDocument document = editor.document();
		if (connection == null || document == null) {
			return List.of();
		}
		connection.flush();
		DocumentSymbolParams params = new DocumentSymbolParams(new TextDocumentIdentifier(connection.uri()));
		List<OutlineNode> roots = Requests.await(docs -> docs.documentSymbol(params), "documentSymbol")
				.map(OutlineNode::of).orElse(List.of());
		List<PickerPopup.Entry> entries = new ArrayList<>();
		add(roots, 0, editor, document, entries);
		return entries;
	}

	private static void add(List<OutlineNode> nodes, int depth, EnergyEditor editor, IDocument document,
			List<PickerPopup.Entry> entries) {
		for (OutlineNode node : nodes) {
			IRegion at = LspText.region(document, node.selection());
			// the name alone: the keyword is shown beside it, and the server's detail would make filtering noisy
			entries.add(new PickerPopup.Entry("  ".repeat(depth) + node.name(), node.keyword(document), () -> {
				editor.getSite().getPage().getNavigationHistory().markLocation(editor);
				editor.selectAndReveal(at.getOffset(), at.getLength());
				editor.getSite().getPage().getNavigationHistory().markLocation(editor);
			}));
			add(node.children(), depth + 1, editor, document, entries);
		}
	}
}

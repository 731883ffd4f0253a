package org.jevons.ui.navigation;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;
import org.jevons.ui.editor.EnergyEditor;
import org.jevons.ui.editor.ServerConnection;
import org.jevons.ui.hyperlink.Definitions;
import org.jevons.ui.lsp.LspText;
import org.jevons.ui.lsp.Requests;

/** Ctrl+Shift+G: every use of the name at the caret (textDocument/references) in a pop-up; Enter opens one. */
public class FindReferencesHandler extends AbstractHandler {

	@Override
	public @Nullable Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActiveEditor(event) instanceof EnergyEditor editor
				&& editor.getSelectionProvider().getSelection() instanceof ITextSelection selection) {
			popup(editor, selection.getOffset()).open();
		}
		return null;
	}

	public static PickerPopup popup(EnergyEditor editor, int offset) {
		List<Location> found = references(editor, offset);
		IWorkbenchPage page = editor.getSite().getPage();
		List<PickerPopup.Entry> entries = new ArrayList<>();
		for (Location l : found) {
			String file = Path.of(URI.create(l.getUri()).getPath()).getFileName().toString();
			entries.add(new PickerPopup.Entry(file + ":" + (l.getRange().getStart().getLine() + 1), "", () -> {
				Definitions.open(page, l);
			}));
		}
		return new PickerPopup(editor.getSite().getShell(),
				found.isEmpty() ? "No references" : found.size() + " references", entries);
	}

	static List<Location> references(EnergyEditor editor, int offset) {
		ServerConnection connection = editor.connection().orElse(null);
		IDocument document = editor.document();
		if (connection == null || document == null) {
			return List.of();
		}
		connection.flush();
		ReferenceParams params = new ReferenceParams(new TextDocumentIdentifier(connection.uri()),
				LspText.position(document, offset), new ReferenceContext(false));
		List<Location> found = new ArrayList<>();
		Requests.await(docs -> docs.references(params), "references").ifPresent(found::addAll);
		return found;
	}
}

package org.jevons.ui.format;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.text.edits.MalformedTreeException;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;
import org.eclipse.ui.handlers.HandlerUtil;
import org.jevons.ui.JevonsUi;
import org.jevons.ui.editor.EnergyEditor;
import org.jevons.ui.editor.ServerConnection;
import org.jevons.ui.lsp.LspText;
import org.jevons.ui.lsp.Requests;

/** Ctrl+Shift+F: textDocument/formatting, applied as one undoable change. */
public class FormatHandler extends AbstractHandler {

	@Override
	public @Nullable Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActiveEditor(event) instanceof EnergyEditor editor) {
			format(editor);
		}
		return null;
	}

	public static void format(EnergyEditor editor) {
		ServerConnection connection = editor.connection().orElse(null);
		IDocument document = editor.document();
		if (connection == null || document == null || !editor.isEditable()) {
			return;
		}
		connection.flush();
		DocumentFormattingParams params = new DocumentFormattingParams(new TextDocumentIdentifier(connection.uri()),
				new FormattingOptions(4, true));
		List<? extends TextEdit> edits = Requests.await(docs -> docs.formatting(params), "formatting").orElse(List.of());
		if (edits.isEmpty()) {
			return;
		}
		MultiTextEdit all = new MultiTextEdit();
		for (TextEdit e : edits) {
			IRegion r = LspText.region(document, e.getRange());
			all.addChild(new ReplaceEdit(r.getOffset(), r.getLength(), e.getNewText()));
		}
		IRewriteTarget target = editor.getAdapter(IRewriteTarget.class);
		if (target != null) {
			target.beginCompoundChange();
		}
		try {
			all.apply(document);
		} catch (MalformedTreeException | BadLocationException e) {
			JevonsUi.error("The formatter's edits do not fit the document", e);
		} finally {
			if (target != null) {
				target.endCompoundChange();
			}
		}
	}
}

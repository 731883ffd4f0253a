package org.jevons.ui.comment;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.handlers.HandlerUtil;
import org.jevons.ui.JevonsUi;
import org.jevons.ui.editor.EnergyEditor;

/** Ctrl+/: comments the selected lines with {@code //}, or uncomments them when all are commented. */
public class ToggleCommentHandler extends AbstractHandler {

	public static final String PREFIX = "// ";

	@Override
	public @Nullable Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActiveEditor(event) instanceof EnergyEditor editor && editor.isEditable()
				&& editor.getSelectionProvider().getSelection() instanceof ITextSelection selection) {
			IDocument document = editor.document();
			if (document != null) {
				IRewriteTarget target = editor.getAdapter(IRewriteTarget.class);
				if (target != null) {
					target.beginCompoundChange();
				}
				try {
					toggle(document, selection.getStartLine(), endLine(selection));
				} finally {
					if (target != null) {
						target.endCompoundChange();
					}
				}
			}
		}
		return null;
	}

	private static int endLine(ITextSelection s) {
		// a selection ending at column 0 of a line does not include that line
		return s.getLength() > 0 && s.getEndLine() > s.getStartLine() && s.getText() != null && s.getText().endsWith("\n")
				? s.getEndLine() - 1 : s.getEndLine();
	}

	/** Toggles the comment of lines first..last (0-based). */
	public static void toggle(IDocument document, int first, int last) {
		try {
			boolean allCommented = true;
			for (int line = first; line <= last; line++) {
				String text = lineText(document, line);
				if (!text.isBlank() && !text.stripLeading().startsWith("//")) {
					allCommented = false;
				}
			}
			for (int line = last; line >= first; line--) {
				int offset = document.getLineOffset(line);
				String text = lineText(document, line);
				if (allCommented) {
					int at = text.indexOf("//");
					if (at >= 0) {
						int length = text.startsWith(PREFIX, at) ? PREFIX.length() : 2;
						document.replace(offset + at, length, "");
					}
				} else if (!text.isBlank()) {
					int indent = text.length() - text.stripLeading().length();
					document.replace(offset + indent, 0, PREFIX);
				}
			}
		} catch (BadLocationException e) {
			JevonsUi.error("Toggle comment: line outside the document", e);
		}
	}

	private static String lineText(IDocument document, int line) throws BadLocationException {
		return document.get(document.getLineOffset(line), document.getLineLength(line)).replaceAll("[\r\n]+$", "");
	}
}

package org.jevons.ui.lsp;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * LSP positions ⇄ document offsets. LSP characters are UTF-16 units, as Java chars are. Published diagnostics carry no
 * document version, so every conversion clamps to the current text.
 */
public final class LspText {

	private LspText() {
	}

	public static Position position(IDocument document, int offset) {
		try {
			int clamped = Math.max(0, Math.min(offset, document.getLength()));
			int line = document.getLineOfOffset(clamped);
			return new Position(line, clamped - document.getLineOffset(line));
		} catch (BadLocationException e) {
			return new Position(0, 0);
		}
	}

	public static int offset(IDocument document, Position p) {
		try {
			if (p.getLine() >= document.getNumberOfLines()) {
				return document.getLength();
			}
			int lineOffset = document.getLineOffset(p.getLine());
			return lineOffset + Math.min(Math.max(0, p.getCharacter()), document.getLineLength(p.getLine()));
		} catch (BadLocationException e) {
			return document.getLength();
		}
	}

	public static IRegion region(IDocument document, Range range) {
		int start = offset(document, range.getStart());
		int end = Math.max(start, offset(document, range.getEnd()));
		return new Region(start, end - start);
	}

	/** LSP4J 1.0: a diagnostic's message is {@code Either<String, MarkupContent>}. */
	public static String message(Diagnostic d) {
		return d.getMessage().isLeft() ? d.getMessage().getLeft() : d.getMessage().getRight().getValue();
	}

	/** The diagnostic's code (an issue code such as {@code jevons.unit.dimension}), or "". */
	public static String code(Diagnostic d) {
		if (d.getCode() == null) {
			return "";
		}
		return d.getCode().isLeft() ? d.getCode().getLeft() : String.valueOf(d.getCode().getRight());
	}
}

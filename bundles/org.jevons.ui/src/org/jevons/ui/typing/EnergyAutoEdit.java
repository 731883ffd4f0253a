package org.jevons.ui.typing;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentCommand;
import org.eclipse.jface.text.IAutoEditStrategy;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.TextUtilities;
import org.jevons.ui.JevonsUi;

/**
 * What an Eclipse user expects while typing: {@code {}, {@code (} and {@code "} insert their closing partner (typing
 * the partner then steps over it); Enter keeps the indentation, indents one level after {@code {} and puts a closing
 * brace typed right after it on a line of its own; a {@code }} typed on an empty line outdents to its block's line.
 */
public final class EnergyAutoEdit implements IAutoEditStrategy {
	/** One level of indentation (the product sets spaces for tabs, width 4). */
	public static final String INDENT = "    ";

	@Override
	public void customizeDocumentCommand(IDocument document, DocumentCommand command) {
		if (command.length != 0 || command.text == null || command.text.isEmpty()) {
			return;
		}
		try {
			String text = command.text;
			if (TextUtilities.equals(document.getLegalLineDelimiters(), text) >= 0) {
				newLine(document, command);
			} else if (text.equals("{") || text.equals("(")) {
				pair(document, command, text.equals("{") ? "}" : ")");
			} else if (text.equals("\"")) {
				quote(document, command);
			} else if (text.equals("}") || text.equals(")")) {
				close(document, command);
			}
		} catch (BadLocationException e) {
			JevonsUi.warning("Typing help skipped at offset " + command.offset, e);
		}
	}

	private static void newLine(IDocument document, DocumentCommand command) throws BadLocationException {
		IRegion line = document.getLineInformationOfOffset(command.offset);
		String before = document.get(line.getOffset(), command.offset - line.getOffset());
		String indent = leadingWhitespace(before);
		if (before.stripTrailing().endsWith("{")) {
			String inner = command.text + indent + INDENT;
			if (next(document, command.offset) == '}') {
				command.text = inner + command.text + indent;
				command.caretOffset = command.offset + inner.length();
				command.shiftsCaret = false;
			} else {
				command.text = inner;
			}
		} else {
			command.text = command.text + indent;
		}
	}

	private static void pair(IDocument document, DocumentCommand command, String partner) throws BadLocationException {
		char next = next(document, command.offset);
		if (next == 0 || Character.isWhitespace(next) || next == ')' || next == '}') {
			command.text = command.text + partner;
			command.caretOffset = command.offset + 1;
			command.shiftsCaret = false;
		}
	}

	private static void quote(IDocument document, DocumentCommand command) throws BadLocationException {
		if (next(document, command.offset) == '"') {
			stepOver(command);
			return;
		}
		IRegion line = document.getLineInformationOfOffset(command.offset);
		String before = document.get(line.getOffset(), command.offset - line.getOffset());
		boolean insideString = before.chars().filter(c -> c == '"').count() % 2 == 1;
		char next = next(document, command.offset);
		if (!insideString && (next == 0 || Character.isWhitespace(next))) {
			command.text = "\"\"";
			command.caretOffset = command.offset + 1;
			command.shiftsCaret = false;
		}
	}

	private static void close(IDocument document, DocumentCommand command) throws BadLocationException {
		if (next(document, command.offset) == command.text.charAt(0)) {
			stepOver(command);
			return;
		}
		IRegion line = document.getLineInformationOfOffset(command.offset);
		String before = document.get(line.getOffset(), command.offset - line.getOffset());
		if (command.text.equals("}") && before.isBlank()) {
			command.text = openingIndent(document, command.offset) + "}";
			command.offset = line.getOffset();
			command.length = before.length();
		}
	}

	/** The indentation of the line holding the unmatched {@code {} before the offset. */
	static String openingIndent(IDocument document, int offset) throws BadLocationException {
		int depth = 0;
		for (int i = offset - 1; i >= 0; i--) {
			char c = document.getChar(i);
			if (c == '}') {
				depth++;
			} else if (c == '{') {
				if (depth == 0) {
					IRegion line = document.getLineInformationOfOffset(i);
					return leadingWhitespace(document.get(line.getOffset(), line.getLength()));
				}
				depth--;
			}
		}
		return "";
	}

	private static void stepOver(DocumentCommand command) {
		command.text = "";
		command.caretOffset = command.offset + 1;
		command.shiftsCaret = false;
	}

	private static char next(IDocument document, int offset) throws BadLocationException {
		return offset < document.getLength() ? document.getChar(offset) : 0;
	}

	private static String leadingWhitespace(String line) {
		int i = 0;
		while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
			i++;
		}
		return line.substring(0, i);
	}
}

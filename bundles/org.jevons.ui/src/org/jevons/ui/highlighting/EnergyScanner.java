package org.jevons.ui.highlighting;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.TextUtilities;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.Token;
import org.jevons.ui.JevonsUi;

/**
 * Colours the code partition: keywords (declarations, structure, properties, literals), numbers, units (whatever
 * follows a number, as the grammar reads it), the names of top-level declarations, and references (every other
 * name: they always refer to a declaration, in this file, another one or the library).
 */
public class EnergyScanner implements ITokenScanner {

	private String text = "";
	private int base;
	private int pos;
	private int end;
	private int tokenStart;
	private int depth;
	private boolean afterNumber;
	private boolean expectName;

	@Override
	public void setRange(IDocument document, int offset, int length) {
		try {
			text = document.get(offset, length);
		} catch (BadLocationException e) {
			JevonsUi.warning("Highlighting range outside the document", e);
			text = "";
		}
		base = offset;
		pos = 0;
		end = text.length();
		depth = braceDepth(document, offset);
		afterNumber = false;
		expectName = false;
	}

	/** Braces before the offset, outside comments and strings. */
	static int braceDepth(IDocument document, int offset) {
		int d = 0;
		try {
			for (ITypedRegion r : TextUtilities.computePartitioning(document, EnergyPartitions.PARTITIONING, 0, offset, false)) {
				if (!IDocument.DEFAULT_CONTENT_TYPE.equals(r.getType())) {
					continue;
				}
				String s = document.get(r.getOffset(), Math.min(r.getLength(), offset - r.getOffset()));
				for (int i = 0; i < s.length(); i++) {
					char c = s.charAt(i);
					d += c == '{' ? 1 : c == '}' ? -1 : 0;
				}
			}
		} catch (BadLocationException e) {
			JevonsUi.warning("Could not compute the nesting for highlighting", e);
		}
		return Math.max(0, d);
	}

	@Override
	public IToken nextToken() {
		tokenStart = pos;
		if (pos >= end) {
			return Token.EOF;
		}
		char c = text.charAt(pos);
		if (Character.isWhitespace(c)) {
			while (pos < end && Character.isWhitespace(text.charAt(pos))) {
				pos++;
			}
			return Token.WHITESPACE;
		}
		if (Character.isDigit(c) || c == '-' && pos + 1 < end && Character.isDigit(text.charAt(pos + 1))) {
			number();
			afterNumber = true;
			expectName = false;
			return EnergyColors.NUMBER;
		}
		if (afterNumber && startsUnit(c)) {
			unit();
			afterNumber = false;
			return EnergyColors.UNIT;
		}
		afterNumber = false;
		if (Character.isLetter(c) || c == '_' || c == '^') {
			return word();
		}
		pos++;
		if (c == '{') {
			depth++;
		} else if (c == '}') {
			depth = Math.max(0, depth - 1);
		}
		if (c == '.' && pos < end && text.charAt(pos) == '.') {
			pos++; // range operator '..'
		}
		expectName = false;
		return EnergyColors.DEFAULT;
	}

	private void number() {
		pos++;
		while (pos < end && Character.isDigit(text.charAt(pos))) {
			pos++;
		}
		if (pos + 1 < end && text.charAt(pos) == '.' && Character.isDigit(text.charAt(pos + 1))) {
			pos++;
			while (pos < end && Character.isDigit(text.charAt(pos))) {
				pos++;
			}
		}
		if (pos < end && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E') && pos + 1 < end
				&& (Character.isDigit(text.charAt(pos + 1)) || text.charAt(pos + 1) == '+' || text.charAt(pos + 1) == '-')) {
			pos += 2;
			while (pos < end && Character.isDigit(text.charAt(pos))) {
				pos++;
			}
		} else if (pos < end && "kMBT".indexOf(text.charAt(pos)) >= 0) {
			pos++; // count multiplier (671B, 14.8T); what follows it directly is a unit (14.8TB)
		}
	}

	private boolean startsUnit(char c) {
		if (c == '%' || c == '/' || c == 'µ' || c == 'μ') {
			return true;
		}
		if (!Character.isLetter(c) && c != '_') {
			return false;
		}
		String w = peekWord();
		if (EnergyLexicon.UNIT_KEYWORDS.contains(w)) {
			// `14.8T tokens` is a unit, `batch 8 requests 10M /day` starts a property: a number follows it (LL(2))
			int p = pos + w.length();
			while (p < end && Character.isWhitespace(text.charAt(p))) {
				p++;
			}
			return !(p < end && (Character.isDigit(text.charAt(p)) || text.charAt(p) == '-'));
		}
		return !EnergyLexicon.isKeyword(w);
	}

	private void unit() {
		while (pos < end) {
			char c = text.charAt(pos);
			if (c == '/' || c == '%' || c == 'µ' || c == 'μ' || Character.isLetterOrDigit(c) || c == '_') {
				pos++;
			} else {
				break;
			}
		}
	}

	private String peekWord() {
		int p = pos;
		while (p < end && (Character.isLetterOrDigit(text.charAt(p)) || text.charAt(p) == '_' || text.charAt(p) == '^')) {
			p++;
		}
		return text.substring(pos, p);
	}

	private IToken word() {
		if (text.startsWith("accelerator-hours", pos)) {
			pos += "accelerator-hours".length();
			expectName = false;
			return EnergyColors.PROPERTY;
		}
		String w = peekWord();
		pos += w.length();
		if (expectName) {
			expectName = false;
			return EnergyColors.DECLARATION_NAME;
		}
		if (EnergyLexicon.DECLARATIONS.contains(w) && depth == 0) {
			expectName = true;
			return EnergyColors.DECLARATION_KEYWORD;
		}
		if (EnergyLexicon.isKeyword(w)) {
			if (EnergyLexicon.LITERALS.contains(w)) {
				return EnergyColors.LITERAL;
			}
			return EnergyLexicon.PROPERTIES.contains(w) && depth > 0 ? EnergyColors.PROPERTY : EnergyColors.STRUCTURE_KEYWORD;
		}
		// a qualified name: a.b.c or a.b.*
		while (pos + 1 < end && text.charAt(pos) == '.' && (Character.isLetter(text.charAt(pos + 1)) || text.charAt(pos + 1) == '*'
				|| text.charAt(pos + 1) == '_')) {
			pos++;
			while (pos < end && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_' || text.charAt(pos) == '*')) {
				pos++;
			}
		}
		return EnergyColors.REFERENCE;
	}

	@Override
	public int getTokenOffset() {
		return base + tokenStart;
	}

	@Override
	public int getTokenLength() {
		return pos - tokenStart;
	}
}

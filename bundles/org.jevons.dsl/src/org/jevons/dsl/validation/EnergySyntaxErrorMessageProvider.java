package org.jevons.dsl.validation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

/**
 * Explains the one syntax error the number rules make likely: a unit starting with e or E glued to a number
 * ({@code 1eV}, {@code 1.5em}) starts an exponent, which then has no digits. Everything else keeps Xtext's message.
 */
public class EnergySyntaxErrorMessageProvider extends SyntaxErrorMessageProvider {

	/** digits, e or E, then something that is not an exponent's digits */
	private static final Pattern EXPONENT_UNIT = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)([eE][A-Za-z_][A-Za-z0-9_/]*)");

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		String around = around(context);
		Matcher m = EXPONENT_UNIT.matcher(around);
		if (m.find()) {
			return new SyntaxErrorMessage("'" + m.group() + "' reads as a number with a broken exponent: write a space "
					+ "between the number and its unit (" + m.group(1) + " " + m.group(2) + ")",
					IssueCodes.NUMBER_EXPONENT_UNIT);
		}
		return super.getSyntaxErrorMessage(context);
	}

	/** The text of the offending token with what comes just before it (the lexer splits `1eV` oddly). */
	private static String around(IParserErrorContext context) {
		StringBuilder b = new StringBuilder();
		RecognitionException e = context.getRecognitionException();
		INode node = context.getCurrentNode();
		if (node != null && e != null && e.token != null && e.token.getType() != Token.EOF) {
			String all = node.getRootNode().getText();
			int offset = e.index >= 0 && e.token instanceof org.antlr.runtime.CommonToken t ? t.getStartIndex() : -1;
			if (offset >= 0 && offset <= all.length()) {
				b.append(all, Math.max(0, offset - 24), Math.min(all.length(), offset + 24));
			}
		}
		if (b.isEmpty() && node != null) {
			b.append(node.getText());
		}
		return b.toString();
	}
}

package org.jevons.dsl.validation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

/**
 * Syntax errors as a person would say them. Explains the one error the number rules make likely (a unit starting
 * with e or E glued to a number, {@code 1eV}, starts an exponent without digits) and rewords ANTLR's messages
 * ({@code mismatched input '<EOF>' expecting '}'} → "The file ends before the block is closed: add '}'").
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
		SyntaxErrorMessage original = super.getSyntaxErrorMessage(context);
		return new SyntaxErrorMessage(reword(original.getMessage()), original.getIssueCode(), original.getIssueData());
	}

	private static final Pattern MISMATCHED = Pattern.compile("mismatched input '(.*)' expecting (.+)", Pattern.DOTALL);
	private static final Pattern MISSING = Pattern.compile("missing (.+) at '(.*)'", Pattern.DOTALL);
	private static final Pattern EXTRANEOUS = Pattern.compile("extraneous input '(.*)' expecting (.+)", Pattern.DOTALL);
	private static final Pattern NO_VIABLE = Pattern.compile("no viable alternative at input '(.*)'", Pattern.DOTALL);
	private static final Pattern LOOP = Pattern.compile("required \\(\\.\\.\\.\\)\\+ loop did not match anything at "
			+ "(?:input|character) '(.*)'", Pattern.DOTALL);
	private static final String EOF = "<EOF>";

	/** ANTLR's wording → plain words; a message it does not recognise stays as it is. */
	static String reword(String message) {
		Matcher m = MISMATCHED.matcher(message);
		if (m.matches()) {
			return m.group(1).equals(EOF) ? endsEarly(m.group(2))
					: "Unexpected '" + m.group(1) + "' here: expected " + expected(m.group(2));
		}
		m = MISSING.matcher(message);
		if (m.matches()) {
			return m.group(2).equals(EOF) ? endsEarly(m.group(1))
					: "Expected " + expected(m.group(1)) + " before '" + m.group(2) + "'";
		}
		m = EXTRANEOUS.matcher(message);
		if (m.matches()) {
			return "Unexpected '" + m.group(1) + "' here: remove it, or write " + expected(m.group(2)) + " instead";
		}
		m = NO_VIABLE.matcher(message);
		if (m.matches()) {
			return m.group(1).equals(EOF) || m.group(1).isBlank() ? "The file ends in the middle of a statement"
					: "'" + lastWord(m.group(1)) + "' does not fit here: check the spelling, and whether a value, a "
							+ "unit or a '}' is missing before it";
		}
		m = LOOP.matcher(message);
		if (m.matches()) {
			return m.group(1).equals(EOF) ? "The file ends in the middle of a statement"
					: "Expected a name or a value before '" + m.group(1) + "'";
		}
		return message;
	}

	private static String endsEarly(String expected) {
		return expected.trim().equals("'}'") ? "The file ends before the block is closed: add '}'"
				: "The file ends too early: expected " + expected(expected);
	}

	/** {@code RULE_ID} → a name, {@code '}'} → '}', a set of tokens → "one of …". */
	static String expected(String tokens) {
		String t = tokens.trim();
		return switch (t) {
		case "RULE_ID" -> "a name";
		case "RULE_INT", "RULE_DECIMAL", "RULE_NUMBER" -> "a number";
		case "RULE_STRING" -> "a quoted text (\"...\")";
		case "'}'" -> "'}' to close the block";
		case "'{'" -> "'{' to open the block";
		default -> t.replace("RULE_ID", "a name").replace("RULE_INT", "a number").replace("RULE_STRING", "a quoted text");
		};
	}

	/** The offending token: the last word of the input ANTLR quotes (everything since its last decision). */
	private static String lastWord(String input) {
		String[] words = input.trim().split("\\s+");
		return words[words.length - 1];
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

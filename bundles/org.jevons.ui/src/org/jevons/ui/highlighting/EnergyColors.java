package org.jevons.ui.highlighting;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/** The text attributes of each kind of token (Eclipse's Java colours where there is an equivalent). */
public final class EnergyColors {

	private EnergyColors() {
	}

	public static final IToken DECLARATION_KEYWORD = token(127, 0, 85, SWT.BOLD);
	public static final IToken STRUCTURE_KEYWORD = token(127, 0, 85, SWT.BOLD);
	public static final IToken PROPERTY = token(0, 0, 192, SWT.NORMAL);
	public static final IToken LITERAL = token(0, 0, 192, SWT.ITALIC);
	public static final IToken NUMBER = token(24, 82, 160, SWT.NORMAL);
	public static final IToken UNIT = token(0, 128, 96, SWT.BOLD);
	public static final IToken STRING = token(42, 0, 255, SWT.NORMAL);
	public static final IToken COMMENT = token(63, 127, 95, SWT.NORMAL);
	public static final IToken DECLARATION_NAME = token(0, 0, 0, SWT.BOLD);
	public static final IToken REFERENCE = token(120, 60, 0, SWT.ITALIC);
	public static final IToken DEFAULT = new Token(null);

	private static IToken token(int r, int g, int b, int style) {
		return new Token(new TextAttribute(new Color(r, g, b), null, style));
	}
}

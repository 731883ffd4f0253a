package org.jevons.ui.outline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolKind;
import org.jevons.ui.lsp.LspText;

/**
 * The outline of a file the language server does not have open (the built-in library, opened read only by F3): its
 * declarations found in the text. The library is valid and formatted, so its declarations start a line.
 */
final class LibraryOutline {
	private static final Pattern DECLARATION = Pattern.compile(
			"(?m)^(accelerator|node|grid|datacenter|model|training|inference|projection|sweep)\\s+(\\w+)");
	private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)");

	private LibraryOutline() {
	}

	static List<OutlineNode> of(IDocument document) {
		String text = document.get();
		List<OutlineNode> declarations = new ArrayList<>();
		Matcher m = DECLARATION.matcher(text);
		while (m.find()) {
			int end = text.indexOf("\n}", m.end());
			Range range = new Range(LspText.position(document, m.start()),
					LspText.position(document, end < 0 ? m.end() : end + 2));
			Range name = new Range(LspText.position(document, m.start(2)), LspText.position(document, m.end(2)));
			declarations.add(new OutlineNode(m.group(2), "", SymbolKind.Property, range, name, List.of()));
		}
		Matcher p = PACKAGE.matcher(text);
		if (!p.find()) {
			return declarations;
		}
		Range pkg = new Range(LspText.position(document, p.start()), LspText.position(document, text.length()));
		Range pkgName = new Range(LspText.position(document, p.start(1)), LspText.position(document, p.end(1)));
		return List.of(new OutlineNode(p.group(1), "", SymbolKind.Package, pkg, pkgName, declarations));
	}
}

package org.jevons.ui.outline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** One entry of the outline: a document symbol, with its children. */
public record OutlineNode(String name, String detail, SymbolKind kind, Range range, Range selection, List<OutlineNode> children) {

	/** The tree of the symbols, hierarchical (DocumentSymbol) or flat (SymbolInformation with container names). */
	public static List<OutlineNode> of(List<Either<SymbolInformation, DocumentSymbol>> symbols) {
		List<OutlineNode> roots = new ArrayList<>();
		Map<String, OutlineNode> byName = new LinkedHashMap<>();
		java.util.Set<Range> nested = new java.util.HashSet<>();
		for (Either<SymbolInformation, DocumentSymbol> s : symbols) {
			if (s.isRight()) {
				OutlineNode node = of(s.getRight());
				node.children().forEach(c -> nested.add(c.range()));
				roots.add(node);
				continue;
			}
			SymbolInformation info = s.getLeft();
			OutlineNode node = new OutlineNode(simpleName(info.getName()), "", info.getKind(), info.getLocation().getRange(),
					info.getLocation().getRange(), new ArrayList<>());
			OutlineNode parent = info.getContainerName() == null ? null : byName.get(info.getContainerName());
			if (parent != null) {
				parent.children().add(node);
			} else {
				roots.add(node);
			}
			byName.put(info.getName(), node);
		}
		// a declaration listed both inside its package and on its own: once, inside
		roots.removeIf(n -> nested.contains(n.range()) && n.children().isEmpty());
		return roots;
	}

	private static OutlineNode of(DocumentSymbol s) {
		List<OutlineNode> children = new ArrayList<>();
		if (s.getChildren() != null) {
			s.getChildren().forEach(c -> children.add(of(c)));
		}
		// a package (the node that holds the declarations) keeps its qualified name
		String name = s.getKind() == SymbolKind.Package || s.getKind() == SymbolKind.Namespace || !children.isEmpty() ? s.getName()
				: simpleName(s.getName());
		return new OutlineNode(name, s.getDetail() == null ? "" : s.getDetail(), s.getKind(), s.getRange(),
				s.getSelectionRange(), children);
	}

	private static String simpleName(String qualified) {
		return qualified.substring(qualified.lastIndexOf('.') + 1);
	}

	/** The declaration's keyword ({@code training}, {@code model}, ...): the first word of its text. */
	public String keyword(org.eclipse.jface.text.IDocument document) {
		try {
			int start = org.jevons.ui.lsp.LspText.offset(document, range.getStart());
			int end = start;
			while (end < document.getLength() && Character.isLetter(document.getChar(end))) {
				end++;
			}
			return document.get(start, end - start);
		} catch (org.eclipse.jface.text.BadLocationException e) {
			return "";
		}
	}

	public String label() {
		return detail.isBlank() ? name : name + " : " + detail;
	}
}

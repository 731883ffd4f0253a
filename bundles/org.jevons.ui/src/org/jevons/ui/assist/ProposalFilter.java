package org.jevons.ui.assist;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.jevons.model.properties.PropertyCatalog;
import org.jevons.model.properties.PropertyInfo;

/**
 * What the editor offers of the server's completion items: a name once (the short name where the server offers it,
 * that is where it is visible through an import, rather than also the qualified one), and where units are proposed
 * (after a number) the units and what may follow a value, not a closing brace or the property keys.
 */
public final class ProposalFilter {
	private static final Set<String> PROPERTY_KEYS = new HashSet<>();

	static {
		for (PropertyCatalog.Kind kind : PropertyCatalog.Kind.values()) {
			for (PropertyInfo p : PropertyCatalog.properties(kind)) {
				PROPERTY_KEYS.add(p.key());
			}
		}
	}

	private ProposalFilter() {
	}

	public static List<CompletionItem> filter(List<CompletionItem> items) {
		Set<String> shortNames = new HashSet<>();
		boolean units = false;
		for (CompletionItem item : items) {
			if (!item.getLabel().contains(".")) {
				shortNames.add(item.getLabel());
			}
			units |= item.getKind() == CompletionItemKind.Unit;
		}
		List<CompletionItem> kept = new ArrayList<>();
		for (CompletionItem item : items) {
			String label = item.getLabel();
			boolean qualified = label.matches("\\w+(\\.\\w+)+");
			if (qualified && shortNames.contains(label.substring(label.lastIndexOf('.') + 1))) {
				continue; // the short name is offered: it is imported
			}
			if (units && item.getKind() != CompletionItemKind.Unit
					&& (label.equals("}") || PROPERTY_KEYS.contains(label))) {
				continue; // after a number: a unit, a range or a source, not the next property
			}
			kept.add(item);
		}
		return kept;
	}
}

package org.jevons.ui.quickfix;

import java.util.Comparator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.text.IRegion;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution2;
import org.jevons.ui.lsp.LspText;

/** One of the server's code actions as a marker resolution: its edits of the marker's file, applied together. */
record ServerFix(CodeAction action, String uri) implements IMarkerResolution2 {

	@Override
	public String getLabel() {
		return action.getTitle();
	}

	@Override
	public String getDescription() {
		return action.getTitle();
	}

	@Override
	public @Nullable Image getImage() {
		return null;
	}

	@Override
	public void run(IMarker marker) {
		List<TextEdit> edits = action.getEdit().getChanges() == null ? List.of()
				: action.getEdit().getChanges().getOrDefault(uri, List.of());
		if (edits.isEmpty() || !(marker.getResource() instanceof IFile file)) {
			return;
		}
		DocumentEdit.apply(file, document -> {
			// the ranges refer to the text before the action: the last edit first keeps the earlier ones in place
			List<IRegion> regions = edits.stream().map(e -> LspText.region(document, e.getRange())).toList();
			List<Integer> order = java.util.stream.IntStream.range(0, edits.size()).boxed()
					.sorted(Comparator.comparingInt((Integer i) -> regions.get(i).getOffset()).reversed()).toList();
			for (int i : order) {
				document.replace(regions.get(i).getOffset(), regions.get(i).getLength(), edits.get(i).getNewText());
			}
		});
	}
}

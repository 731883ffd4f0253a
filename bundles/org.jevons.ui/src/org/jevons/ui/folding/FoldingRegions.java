package org.jevons.ui.folding;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.TextUtilities;
import org.jevons.ui.JevonsUi;
import org.jevons.ui.highlighting.EnergyPartitions;

/** Foldable regions: every brace block and block comment spanning several lines, as whole lines. */
public final class FoldingRegions {

	private FoldingRegions() {
	}

	public static List<Position> compute(IDocument document) {
		List<Position> result = new ArrayList<>();
		try {
			Deque<Integer> open = new ArrayDeque<>();
			for (ITypedRegion r : TextUtilities.computePartitioning(document, EnergyPartitions.PARTITIONING, 0,
					document.getLength(), false)) {
				if (EnergyPartitions.COMMENT.equals(r.getType())) {
					if (document.get(r.getOffset(), Math.min(2, r.getLength())).equals("/*")) {
						addLines(document, r.getOffset(), r.getOffset() + r.getLength() - 1, result);
					}
					continue;
				}
				if (!IDocument.DEFAULT_CONTENT_TYPE.equals(r.getType())) {
					continue;
				}
				String text = document.get(r.getOffset(), r.getLength());
				for (int i = 0; i < text.length(); i++) {
					char c = text.charAt(i);
					if (c == '{') {
						open.push(r.getOffset() + i);
					} else if (c == '}' && !open.isEmpty()) {
						addLines(document, open.pop(), r.getOffset() + i, result);
					}
				}
			}
		} catch (BadLocationException e) {
			JevonsUi.warning("Could not compute the folding regions", e);
		}
		return result;
	}

	private static void addLines(IDocument document, int from, int to, List<Position> result) throws BadLocationException {
		int first = document.getLineOfOffset(from);
		int last = document.getLineOfOffset(to);
		if (last <= first) {
			return;
		}
		int start = document.getLineOffset(first);
		int end = last + 1 < document.getNumberOfLines() ? document.getLineOffset(last + 1) : document.getLength();
		result.add(new Position(start, end - start));
	}
}

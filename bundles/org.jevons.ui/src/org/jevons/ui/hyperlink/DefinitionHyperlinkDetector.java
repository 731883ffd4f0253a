package org.jevons.ui.hyperlink;

import java.util.List;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.lsp4j.Location;
import org.jevons.ui.JevonsUi;
import org.jevons.ui.editor.EnergyEditor;

/** Ctrl+click on a name: its definition, in this file, another one or the library. */
public class DefinitionHyperlinkDetector extends AbstractHyperlinkDetector {

	private final EnergyEditor editor;

	public DefinitionHyperlinkDetector(EnergyEditor editor) {
		this.editor = editor;
	}

	@Override
	public IHyperlink @Nullable [] detectHyperlinks(ITextViewer textViewer, IRegion region, boolean canShowMultipleHyperlinks) {
		IDocument document = textViewer.getDocument();
		IRegion word = wordAt(document, region.getOffset());
		if (word.getLength() == 0) {
			return null;
		}
		List<Location> locations = Definitions.at(editor, region.getOffset());
		if (locations.isEmpty()) {
			return null;
		}
		return locations.stream().map(l -> (IHyperlink) new DefinitionHyperlink(editor, word, l)).toArray(IHyperlink[]::new);
	}

	/** The (qualified) name around the offset. */
	public static IRegion wordAt(IDocument document, int offset) {
		try {
			int start = offset;
			while (start > 0 && isNameChar(document.getChar(start - 1))) {
				start--;
			}
			int end = offset;
			while (end < document.getLength() && isNameChar(document.getChar(end))) {
				end++;
			}
			return new Region(start, end - start);
		} catch (BadLocationException e) {
			JevonsUi.warning("Offset outside the document", e);
			return new Region(offset, 0);
		}
	}

	private static boolean isNameChar(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '^';
	}

	private record DefinitionHyperlink(EnergyEditor editor, IRegion region, Location location) implements IHyperlink {
		@Override
		public IRegion getHyperlinkRegion() {
			return region;
		}

		@Override
		public @Nullable String getTypeLabel() {
			return "Open Definition";
		}

		@Override
		public @Nullable String getHyperlinkText() {
			return "Open Definition";
		}

		@Override
		public void open() {
			Definitions.open(editor.getSite().getPage(), location);
		}
	}
}

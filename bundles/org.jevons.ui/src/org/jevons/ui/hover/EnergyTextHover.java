package org.jevons.ui.hover;

import java.util.Iterator;
import java.util.Set;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension;
import org.eclipse.jface.text.ITextHoverExtension2;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkedString;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.jevons.ui.editor.EnergyEditor;
import org.jevons.ui.editor.ServerConnection;
import org.jevons.ui.lsp.LspText;
import org.jevons.ui.lsp.Requests;

/**
 * The problem message under the mouse, else textDocument/hover: what a property means, its unit, and the figures of
 * a declaration. JFace computes text hovers off the UI thread, so waiting for the server here does not block the UI.
 */
public class EnergyTextHover implements ITextHover, ITextHoverExtension, ITextHoverExtension2 {

	private static final Set<String> PROBLEM_TYPES = Set.of(ServerConnection.ERROR_TYPE, ServerConnection.WARNING_TYPE,
			ServerConnection.INFO_TYPE);

	private final EnergyEditor editor;
	private final ISourceViewer viewer;

	public EnergyTextHover(EnergyEditor editor, ISourceViewer viewer) {
		this.editor = editor;
		this.viewer = viewer;
	}

	/** The hover as plain text (without markup). */
	@Override
	public @Nullable String getHoverInfo(ITextViewer textViewer, IRegion region) {
		String markdown = getHoverInfo2(textViewer, region);
		return markdown == null ? null : StyledMarkdown.plain(markdown);
	}

	/** The hover as Markdown, which {@link StyledHoverControl} renders. */
	@Override
	public @Nullable String getHoverInfo2(ITextViewer textViewer, IRegion region) {
		String problems = problemsAt(region);
		if (!problems.isEmpty()) {
			return problems;
		}
		return serverHover(textViewer.getDocument(), region.getOffset());
	}

	@Override
	public IInformationControlCreator getHoverControlCreator() {
		return StyledHoverControl.creator();
	}

	private String problemsAt(IRegion region) {
		IAnnotationModel model = viewer.getAnnotationModel();
		StringBuilder sb = new StringBuilder();
		if (model != null) {
			for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
				Annotation a = it.next();
				Position p = model.getPosition(a);
				if (p != null && p.overlapsWith(region.getOffset(), Math.max(1, region.getLength())) && a.getText() != null
						&& PROBLEM_TYPES.contains(a.getType())) {
					sb.append(a.getText()).append('\n');
				}
			}
		}
		return sb.toString().strip();
	}

	/** textDocument/hover as Markdown; null when there is nothing to say. */
	public @Nullable String serverHover(IDocument document, int offset) {
		String uri = editor.documentUri().orElse(null);
		if (uri == null) {
			return null;
		}
		HoverParams params = new HoverParams(new TextDocumentIdentifier(uri), LspText.position(document, offset));
		Hover hover = Requests.await(docs -> docs.hover(params), "hover").orElse(null);
		if (hover == null || hover.getContents() == null) {
			return null;
		}
		String text;
		if (hover.getContents().isRight()) {
			text = hover.getContents().getRight().getValue();
		} else {
			StringBuilder sb = new StringBuilder();
			for (var part : hover.getContents().getLeft()) {
				sb.append(part.isLeft() ? part.getLeft() : ((MarkedString) part.getRight()).getValue()).append('\n');
			}
			text = sb.toString();
		}
		return text.isBlank() ? null : text.strip();
	}

	@Override
	public IRegion getHoverRegion(ITextViewer textViewer, int offset) {
		return new Region(offset, 0);
	}
}

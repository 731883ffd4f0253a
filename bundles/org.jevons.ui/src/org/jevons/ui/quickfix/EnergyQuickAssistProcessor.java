package org.jevons.ui.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IMarkerResolution;
import org.jevons.ui.JevonsUi;
import org.jevons.ui.editor.EnergyEditor;
import org.jevons.ui.markers.DiagnosticMarkers;

/** Ctrl+1 in the editor: the quick fixes of the Jevons problem markers at the caret. */
public class EnergyQuickAssistProcessor implements IQuickAssistProcessor {

	private final EnergyEditor editor;
	private final EnergyMarkerResolutionGenerator generator = new EnergyMarkerResolutionGenerator();

	public EnergyQuickAssistProcessor(EnergyEditor editor) {
		this.editor = editor;
	}

	@Override
	public @Nullable String getErrorMessage() {
		return null;
	}

	@Override
	public boolean canFix(Annotation annotation) {
		return true;
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext invocationContext) {
		return false;
	}

	/** The markers of this file that cover the offset. */
	public List<IMarker> markersAt(int offset) {
		List<IMarker> result = new ArrayList<>();
		if (editor.getEditorInput() instanceof IFileEditorInput input) {
			try {
				for (IMarker m : input.getFile().findMarkers(DiagnosticMarkers.TYPE, true, IResource.DEPTH_ZERO)) {
					int start = m.getAttribute(IMarker.CHAR_START, -1);
					int end = m.getAttribute(IMarker.CHAR_END, -1);
					if (start <= offset && offset <= end) {
						result.add(m);
					}
				}
			} catch (CoreException e) {
				JevonsUi.warning("Cannot read the problem markers for quick fixes", e);
			}
		}
		return result;
	}

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		List<ICompletionProposal> proposals = new ArrayList<>();
		for (IMarker marker : markersAt(context.getOffset())) {
			for (IMarkerResolution r : generator.getResolutions(marker)) {
				proposals.add(new ResolutionProposal(marker, r));
			}
		}
		return proposals.toArray(ICompletionProposal[]::new);
	}

	private record ResolutionProposal(IMarker marker, IMarkerResolution resolution) implements ICompletionProposal {
		@Override
		public void apply(IDocument document) {
			resolution.run(marker);
		}

		@Override
		public @Nullable Point getSelection(IDocument document) {
			return null;
		}

		@Override
		public @Nullable String getAdditionalProposalInfo() {
			return marker.getAttribute(IMarker.MESSAGE, "");
		}

		@Override
		public String getDisplayString() {
			return resolution.getLabel();
		}

		@Override
		public @Nullable Image getImage() {
			return null;
		}

		@Override
		public @Nullable IContextInformation getContextInformation() {
			return null;
		}
	}
}

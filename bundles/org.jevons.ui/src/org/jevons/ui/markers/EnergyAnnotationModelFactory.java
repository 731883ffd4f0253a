package org.jevons.ui.markers;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.IAnnotationModelFactory;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.text.source.AnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.texteditor.ResourceMarkerAnnotationModel;
import org.jevons.ui.JevonsUi;

/**
 * The annotation model of .energy files: the usual marker annotation model, but WITHOUT our own problem markers. The
 * editor shows the same diagnostics as (faster) annotations; otherwise every problem would appear twice.
 */
public class EnergyAnnotationModelFactory implements IAnnotationModelFactory {

	@Override
	public IAnnotationModel createAnnotationModel(IPath location) {
		IFile file = FileBuffers.getWorkspaceFileAtLocation(location);
		if (file == null) {
			return new AnnotationModel();
		}
		return new ResourceMarkerAnnotationModel(file) {
			@Override
			protected boolean isAcceptable(IMarker marker) {
				try {
					return super.isAcceptable(marker) && !marker.isSubtypeOf(DiagnosticMarkers.TYPE);
				} catch (CoreException e) {
					JevonsUi.warning("Could not read the type of marker " + marker.getId(), e);
					return super.isAcceptable(marker);
				}
			}
		};
	}
}

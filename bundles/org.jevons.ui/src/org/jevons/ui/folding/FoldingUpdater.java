package org.jevons.ui.folding;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;

/** Keeps the projection annotations in line with {@link FoldingRegions}; unchanged regions keep their collapsed state. */
public final class FoldingUpdater {

	private final ProjectionViewer viewer;

	public FoldingUpdater(ProjectionViewer viewer) {
		this.viewer = viewer;
	}

	/** UI thread. */
	public void update() {
		ProjectionAnnotationModel model = viewer.getProjectionAnnotationModel();
		IDocument document = viewer.getDocument();
		if (model == null || document == null) {
			return;
		}
		List<Position> wanted = FoldingRegions.compute(document);
		Set<Position> remaining = new HashSet<>(wanted);
		Set<Annotation> deleted = new HashSet<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation a = it.next();
			Position p = model.getPosition(a);
			if (a instanceof ProjectionAnnotation && p != null && remaining.contains(p)) {
				remaining.remove(p);
			} else if (a instanceof ProjectionAnnotation) {
				deleted.add(a);
			}
		}
		Map<Annotation, Position> added = new HashMap<>();
		for (Position p : remaining) {
			added.put(new ProjectionAnnotation(), p);
		}
		if (!deleted.isEmpty() || !added.isEmpty()) {
			model.modifyAnnotations(deleted.toArray(Annotation[]::new), added, null);
		}
	}
}

package org.jevons.ui.editor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.swt.widgets.Display;
import org.jevons.ui.lsp.JevonsLanguageServer;
import org.jevons.ui.markers.DiagnosticMarkers;

/**
 * One open document as the language server sees it: typing becomes a debounced full-text didChange, and the
 * published diagnostics become annotations (UI thread, immediately) and markers (WorkspaceJob).
 */
public final class ServerConnection {

	public static final int DEBOUNCE_MS = Integer.getInteger("jevons.debounceMs", 250);

	public static final String ERROR_TYPE = "org.eclipse.ui.workbench.texteditor.error";
	public static final String WARNING_TYPE = "org.eclipse.ui.workbench.texteditor.warning";
	public static final String INFO_TYPE = "org.eclipse.ui.workbench.texteditor.info";

	private final JevonsLanguageServer server = JevonsLanguageServer.getDefault();
	private final Display display;
	private final IDocument document;
	private final String uri;
	private final IAnnotationModel annotationModel;
	private final @Nullable IFile file;
	private final List<Runnable> reconciledListeners = new CopyOnWriteArrayList<>();
	private final Runnable debouncedSend = this::flush;
	private int version = 1;
	private boolean changePending;
	private boolean closed;
	private Map<Annotation, Position> annotations = new HashMap<>();
	private List<Diagnostic> diagnostics = List.of();
	private int reconciles;

	private final IDocumentListener listener = new IDocumentListener() {
		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			changePending = true;
			if (Display.getCurrent() != null) {
				display.timerExec(-1, debouncedSend);
				display.timerExec(DEBOUNCE_MS, debouncedSend);
			} else {
				display.asyncExec(ServerConnection.this::flush);
			}
		}
	};

	public ServerConnection(Display display, IDocument document, String uri, IAnnotationModel annotationModel,
			@Nullable IFile file) {
		this.display = display;
		this.document = document;
		this.uri = uri;
		this.annotationModel = annotationModel;
		this.file = file;
		document.addDocumentListener(listener);
		server.didOpen(uri, version, document.get(), this::diagnosticsArrived);
	}

	/** Sends a pending change now (debounce timer fired, or before a request that needs the current text). UI thread. */
	public void flush() {
		if (!changePending || closed) {
			return;
		}
		changePending = false;
		display.timerExec(-1, debouncedSend);
		server.didChange(uri, ++version, document.get());
	}

	/** Server thread: only hand over to the UI thread (asyncExec, never syncExec). */
	private void diagnosticsArrived(List<Diagnostic> published) {
		if (!display.isDisposed()) {
			display.asyncExec(() -> apply(published));
		}
	}

	private void apply(List<Diagnostic> published) {
		if (closed) {
			return;
		}
		diagnostics = published;
		List<DiagnosticMarkers.Spec> specs = DiagnosticMarkers.toSpecs(document, published);
		Map<Annotation, Position> added = new HashMap<>();
		for (DiagnosticMarkers.Spec s : specs) {
			String type = switch (s.severity()) {
			case IMarker.SEVERITY_ERROR -> ERROR_TYPE;
			case IMarker.SEVERITY_WARNING -> WARNING_TYPE;
			default -> INFO_TYPE;
			};
			added.put(new Annotation(type, false, s.message()), new Position(s.charStart(), s.charEnd() - s.charStart()));
		}
		if (annotationModel instanceof IAnnotationModelExtension ext) {
			ext.replaceAnnotations(annotations.keySet().toArray(Annotation[]::new), added);
		} else {
			annotations.keySet().forEach(annotationModel::removeAnnotation);
			added.forEach(annotationModel::addAnnotation);
		}
		annotations = added;
		IFile f = file;
		if (f != null) {
			DiagnosticMarkers.update(f, specs);
		}
		reconciles++;
		reconciledListeners.forEach(Runnable::run);
	}

	/** Called on the UI thread after each set of diagnostics was applied (the document was rebuilt). */
	public void addReconciledListener(Runnable listener) {
		reconciledListeners.add(listener);
	}

	public String uri() {
		return uri;
	}

	public IDocument document() {
		return document;
	}

	public List<Diagnostic> diagnostics() {
		return diagnostics;
	}

	public int reconciles() {
		return reconciles;
	}

	public void close() {
		if (closed) {
			return;
		}
		closed = true;
		document.removeDocumentListener(listener);
		if (!display.isDisposed()) {
			display.timerExec(-1, debouncedSend);
		}
		annotations.keySet().forEach(annotationModel::removeAnnotation);
		server.didClose(uri);
	}
}

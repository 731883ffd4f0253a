package org.jevons.ui.markers;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.jevons.ui.JevonsUi;
import org.jevons.ui.SafeShutdown;
import org.jevons.ui.lsp.LspText;

/**
 * LSP diagnostics → markers of type {@value #TYPE} (problem + text marker, not persistent: the server rebuilds them
 * at every start). Markers need the workspace lock, so they are written in a WorkspaceJob, never on the server thread
 * or the UI thread. Offsets come from the editor's document (computed on the UI thread) or, for files without an
 * editor, from the file on disk.
 */
public final class DiagnosticMarkers {

	public static final String TYPE = "org.jevons.ui.problem";
	/** Marker attribute: the issue code of the diagnostic ({@code jevons.unit.dimension}, ...). */
	public static final String CODE = "org.jevons.ui.code";

	/** What a marker needs, computed where the document can be read safely. */
	public record Spec(int severity, String message, String code, int line, int charStart, int charEnd) {
	}

	private static final Map<IFile, Optional<List<Spec>>> pending = new LinkedHashMap<>();
	private static final Map<IFile, List<Diagnostic>> diskDiagnostics = new HashMap<>();
	private static final UpdateJob job = new UpdateJob();

	private DiagnosticMarkers() {
	}

	public static List<Spec> toSpecs(IDocument document, List<Diagnostic> diagnostics) {
		List<Spec> specs = new ArrayList<>();
		for (Diagnostic d : diagnostics) {
			int start = LspText.offset(document, d.getRange().getStart());
			int end = Math.max(start, LspText.offset(document, d.getRange().getEnd()));
			if (end == start && start < document.getLength()) {
				end = start + 1; // a zero-length range ("missing '}' at EOF") would be invisible
			}
			specs.add(new Spec(severity(d.getSeverity()), LspText.message(d), LspText.code(d),
					d.getRange().getStart().getLine() + 1, start, end));
		}
		return specs;
	}

	public static int severity(DiagnosticSeverity s) {
		if (s == null) {
			return IMarker.SEVERITY_ERROR;
		}
		return switch (s) {
		case Error -> IMarker.SEVERITY_ERROR;
		case Warning -> IMarker.SEVERITY_WARNING;
		default -> IMarker.SEVERITY_INFO;
		};
	}

	public static Optional<IFile> fileFor(URI uri) {
		IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(uri);
		return files.length == 0 ? Optional.empty() : Optional.of(files[0]);
	}

	/** Markers with offsets computed by an open editor. */
	public static void update(IFile file, List<Spec> specs) {
		synchronized (pending) {
			pending.put(file, Optional.of(specs));
			diskDiagnostics.remove(file);
		}
		job.schedule();
	}

	/** Markers for a file without an open editor: offsets from the file content, read in the job. */
	public static void updateFromDisk(URI uri, List<Diagnostic> diagnostics) {
		Optional<IFile> file = fileFor(uri);
		if (file.isEmpty()) {
			return;
		}
		synchronized (pending) {
			pending.put(file.get(), Optional.empty());
			diskDiagnostics.put(file.get(), diagnostics);
		}
		job.schedule();
	}

	private static final class UpdateJob extends WorkspaceJob {
		UpdateJob() {
			super("Update Jevons problem markers");
			setSystem(true);
			setRule(ResourcesPlugin.getWorkspace().getRoot());
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == SafeShutdown.WORKSPACE_JOBS;
		}

		/** Not once the workbench shuts down (see SafeShutdown): pending markers wait for the next start. */
		@Override
		public boolean shouldRun() {
			return SafeShutdown.allowsWorkspaceChanges();
		}

		@Override
		public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
			Map<IFile, Optional<List<Spec>>> work;
			Map<IFile, List<Diagnostic>> fromDisk;
			synchronized (pending) {
				work = new LinkedHashMap<>(pending);
				fromDisk = new HashMap<>(diskDiagnostics);
				pending.clear();
				diskDiagnostics.clear();
			}
			for (Map.Entry<IFile, Optional<List<Spec>>> e : work.entrySet()) {
				IFile file = e.getKey();
				if (!file.exists()) {
					continue;
				}
				List<Spec> specs = e.getValue().isPresent() ? e.getValue().get()
						: toSpecs(readDocument(file), fromDisk.getOrDefault(file, List.of()));
				file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
				for (Spec s : specs) {
					file.createMarker(TYPE, Map.of(IMarker.SEVERITY, s.severity(), IMarker.MESSAGE, s.message(), CODE, s.code(),
							IMarker.LINE_NUMBER, s.line(), IMarker.CHAR_START, s.charStart(), IMarker.CHAR_END, s.charEnd()));
				}
			}
			return Status.OK_STATUS;
		}

		private static IDocument readDocument(IFile file) throws CoreException {
			try (InputStream in = file.getContents(true)) {
				return new Document(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			} catch (IOException ex) {
				JevonsUi.warning("Could not read " + file.getFullPath() + " for its problem markers", ex);
				return new Document();
			}
		}
	}
}

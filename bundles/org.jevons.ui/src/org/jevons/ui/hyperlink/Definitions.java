package org.jevons.ui.hyperlink;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.jevons.ui.JevonsUi;
import org.jevons.ui.editor.EnergyEditor;
import org.jevons.ui.lsp.LspText;
import org.jevons.ui.lsp.Requests;
import org.jevons.ui.markers.DiagnosticMarkers;

/** textDocument/definition, and opening its answer: a workspace file, a file outside it, or a library file. */
public final class Definitions {

	private Definitions() {
	}

	/** Where the name at the offset is defined (UI thread; the pending edit is sent first). */
	public static List<Location> at(EnergyEditor editor, int offset) {
		String uri = editor.documentUri().orElse(null);
		IDocument document = editor.document();
		if (uri == null || document == null) {
			return List.of();
		}
		editor.flushPendingChange();
		DefinitionParams params = new DefinitionParams(new TextDocumentIdentifier(uri), LspText.position(document, offset));
		var result = Requests.await(docs -> docs.definition(params), "definition").orElse(null);
		if (result == null) {
			return List.of();
		}
		List<Location> locations = new ArrayList<>();
		if (result.isLeft()) {
			locations.addAll(result.getLeft());
		} else {
			result.getRight().forEach(link -> locations.add(new Location(link.getTargetUri(), link.getTargetSelectionRange())));
		}
		return locations;
	}

	/**
	 * Opens the location in the .energy editor and selects its range. The place left is marked in the navigation
	 * history (the platform marks the editor opened), so Back (Alt+Left) returns, also from the library.
	 */
	public static Optional<IEditorPart> open(IWorkbenchPage page, Location location) {
		URI uri = URI.create(location.getUri());
		Optional.ofNullable(page.getActiveEditor()).ifPresent(page.getNavigationHistory()::markLocation);
		try {
			IEditorPart part;
			Optional<IFile> file = "file".equals(uri.getScheme()) ? DiagnosticMarkers.fileFor(uri) : Optional.empty();
			if (file.isPresent()) {
				part = IDE.openEditor(page, file.get(), EnergyEditor.ID);
			} else if ("file".equals(uri.getScheme())) {
				part = IDE.openEditorOnFileStore(page, EFS.getStore(uri));
			} else {
				part = page.openEditor(new LibraryStorage.Input(new LibraryStorage(uri)), EnergyEditor.ID);
			}
			if (part instanceof EnergyEditor editor) {
				select(editor, location.getRange());
				// the place in the opened editor, after the platform's own (asynchronous) record of that editor
				editor.getSite().getShell().getDisplay().asyncExec(() -> {
					if (page.getActiveEditor() == editor) {
						page.getNavigationHistory().markLocation(editor);
					}
				});
			}
			return Optional.ofNullable(part);
		} catch (PartInitException e) {
			JevonsUi.error("Cannot open the definition at " + uri, e);
		} catch (CoreException e) {
			JevonsUi.error("Cannot open the definition at " + uri, e);
		}
		return Optional.empty();
	}

	private static void select(EnergyEditor editor, Range range) {
		IDocument document = editor.document();
		if (document != null) {
			var region = LspText.region(document, range);
			editor.reveal(region.getOffset(), region.getLength());
		}
	}
}

package org.jevons.ui.quickfix;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.jevons.dsl.ide.codeactions.Fixes;
import org.jevons.ui.JevonsUi;
import org.jevons.ui.editor.EnergyEditor;
import org.jevons.ui.lsp.LspText;
import org.jevons.ui.lsp.Requests;
import org.jevons.ui.markers.DiagnosticMarkers;

/**
 * The quick fixes of a Jevons problem marker are the language server's code actions for its diagnostic
 * (textDocument/codeAction, {@code EnergyCodeActionService}): a wrong, unknown or missing unit → the units the property
 * expects; an unresolved name → a near miss ("Change to 'DeepSeek_V3'"), an import, or a new declaration. Nothing is
 * computed here: every editor gets the same fixes.
 */
public class EnergyMarkerResolutionGenerator implements IMarkerResolutionGenerator2 {

	public static final String XTEXT_LINKING = "org.eclipse.xtext.diagnostics.Diagnostic.Linking";
	public static final String NAME_UNRESOLVED = "jevons.name.unresolved";
	private static final List<String> UNIT_PROBLEMS = List.of("jevons.unit.dimension", "jevons.unit.unknown",
			"jevons.unit.missing");

	/** Cheap (the Problems view asks for every marker): the problems the server has fixes for. */
	@Override
	public boolean hasResolutions(IMarker marker) {
		String code = marker.getAttribute(DiagnosticMarkers.CODE, "");
		return UNIT_PROBLEMS.contains(code) && !Fixes.units(marker.getAttribute(IMarker.MESSAGE, "")).isEmpty()
				|| XTEXT_LINKING.equals(code) || NAME_UNRESOLVED.equals(code);
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		if (!hasResolutions(marker) || !(marker.getResource() instanceof IFile file) || file.getLocationURI() == null) {
			return new IMarkerResolution[0];
		}
		IDocument text = new Document(read(file));
		int start = marker.getAttribute(IMarker.CHAR_START, -1);
		int end = marker.getAttribute(IMarker.CHAR_END, -1);
		if (start < 0 || end < start || end > text.getLength()) {
			return new IMarkerResolution[0];
		}
		String uri = file.getLocationURI().toString();
		Range range = new Range(LspText.position(text, start), LspText.position(text, end));
		Diagnostic diagnostic = new Diagnostic(range, marker.getAttribute(IMarker.MESSAGE, ""), DiagnosticSeverity.Error,
				"jevons", marker.getAttribute(DiagnosticMarkers.CODE, ""));
		CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(uri), range,
				new CodeActionContext(List.of(diagnostic)));
		return Requests.await(docs -> docs.codeAction(params), "codeAction").orElse(List.of()).stream()
				.filter(action -> action.isRight() && action.getRight().getEdit() != null)
				.map(action -> (IMarkerResolution) new ServerFix(action.getRight(), uri))
				.toArray(IMarkerResolution[]::new);
	}

	/** The text the marker's offsets refer to: an open editor's (flushed to the server first), else the file's. */
	private static String read(IFile file) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(),
				LocationKind.IFILE);
		if (buffer != null) {
			flushEditorOf(file);
			return buffer.getDocument().get();
		}
		try (InputStream in = file.getContents(true)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException | CoreException e) {
			JevonsUi.warning("Cannot read " + file.getFullPath() + " for quick fixes", e);
			return "";
		}
	}

	/** An open editor's pending typing goes to the server first, so that both see the same text (UI thread only). */
	private static void flushEditorOf(IFile file) {
		if (Display.getCurrent() == null) {
			return;
		}
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				for (IEditorReference reference : page.getEditorReferences()) {
					if (reference.getEditor(false) instanceof EnergyEditor editor
							&& editor.getEditorInput() instanceof IFileEditorInput input && input.getFile().equals(file)) {
						editor.flushPendingChange();
					}
				}
			}
		}
	}
}

package org.jevons.ui.tests;

import static org.jevons.ui.tests.UiTestSupport.log;
import static org.jevons.ui.tests.UiTestSupport.markers;
import static org.jevons.ui.tests.UiTestSupport.messages;
import static org.jevons.ui.tests.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.ide.IDE;
import org.jevons.ui.markers.DiagnosticMarkers;
import org.jevons.ui.testsupport.NoLoggedErrors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Files never opened in an editor: markers follow changes on disk; quick fixes repair them. */
@ExtendWith(NoLoggedErrors.class)
class MarkersAndQuickFixesUITest {

	@AfterEach
	void closeEditors() {
		UiTestSupport.page().closeAllEditors(false);
	}

	@Test
	void markersFollowFilesChangedOutsideEditors() throws Exception {
		IProject project = UiTestSupport.project("markers-test");
		IFile file = UiTestSupport.write(project, "broken.energy", "training T {\n    model Nothing_here\n}\n");
		assertTrue(waitUntil(60_000, () -> markers(file, IMarker.SEVERITY_ERROR).length > 0), "no marker for a file never opened");
		log("marker: %s", messages(markers(file, IMarker.SEVERITY_ERROR)));
		assertTrue(messages(markers(file, IMarker.SEVERITY_ERROR)).contains("Nothing_here"));

		UiTestSupport.write(project, "broken.energy", "model Fine {\n    parameters 7B\n    architecture dense\n}\n");
		assertTrue(waitUntil(30_000, () -> markers(file, IMarker.SEVERITY_ERROR).length == 0),
				"marker not removed: " + messages(markers(file, IMarker.SEVERITY_ERROR)));

		// a project closed: its markers stay as they were, reopening revalidates it
		IFile other = UiTestSupport.write(UiTestSupport.project("markers-test-2"), "a.energy", "training T {\n    model Missing\n}\n");
		assertTrue(waitUntil(60_000, () -> markers(other, IMarker.SEVERITY_ERROR).length > 0), "no marker in a new project");
	}

	@Test
	void quickFixRepairsAWrongUnit() throws Exception {
		IProject project = UiTestSupport.project("quickfix-test");
		IFile file = UiTestSupport.write(project, "chip.energy", "accelerator Chip {\n    power 700 kWh\n}\n");
		assertTrue(waitUntil(60_000, () -> markers(file, IMarker.SEVERITY_ERROR).length > 0), "no unit marker");
		IMarker marker = markers(file, IMarker.SEVERITY_ERROR)[0];
		log("unit marker: %s (%s)", marker.getAttribute(IMarker.MESSAGE, ""), marker.getAttribute(DiagnosticMarkers.CODE, ""));
		assertTrue(IDE.getMarkerHelpRegistry().hasResolutions(marker), "no quick fix for " + marker.getAttribute(IMarker.MESSAGE, ""));
		IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
		List<String> labels = Arrays.stream(resolutions).map(IMarkerResolution::getLabel).toList();
		log("resolutions: %s", labels);
		IMarkerResolution toWatts = Arrays.stream(resolutions).filter(r -> r.getLabel().contains("'W'")).findFirst()
				.orElseThrow(() -> new AssertionError(labels.toString()));
		toWatts.run(marker);
		assertEquals("accelerator Chip {\n    power 700 W\n}\n", read(file));
		assertTrue(waitUntil(30_000, () -> markers(file, IMarker.SEVERITY_ERROR).length == 0),
				"still: " + messages(markers(file, IMarker.SEVERITY_ERROR)));
	}

	@Test
	void ctrl1InTheEditorOffersTheUnitFix() throws Exception {
		IProject project = UiTestSupport.project("quickfix-test");
		IFile file = UiTestSupport.write(project, "chip2.energy", "accelerator Chip2 {\n    power 700 kWh\n}\n");
		var editor = (org.jevons.ui.editor.EnergyEditor) IDE.openEditor(UiTestSupport.page(), file);
		assertTrue(waitUntil(60_000, () -> markers(file, IMarker.SEVERITY_ERROR).length > 0), "no unit marker");
		var document = editor.document();
		int offset = document.get().indexOf("kWh") + 1;
		var processor = new org.jevons.ui.quickfix.EnergyQuickAssistProcessor(editor);
		var proposals = processor.computeQuickAssistProposals(
				new org.eclipse.jface.text.source.TextInvocationContext(editor.viewer(), offset, 0));
		List<String> labels = Arrays.stream(proposals).map(p -> p.getDisplayString()).toList();
		log("Ctrl+1: %s", labels);
		Arrays.stream(proposals).filter(p -> p.getDisplayString().contains("'kW'")).findFirst()
				.orElseThrow(() -> new AssertionError(labels.toString())).apply(document);
		assertEquals("accelerator Chip2 {\n    power 700 kW\n}\n", document.get());
		assertTrue(editor.isDirty(), "the fix changes the editor's text, unsaved");
		assertTrue(waitUntil(30_000, () -> markers(file, IMarker.SEVERITY_ERROR).length == 0), "marker stays");
	}

	@Test
	void quickFixImportsAnUnresolvedLibraryName() throws Exception {
		IProject project = UiTestSupport.project("quickfix-test");
		IFile file = UiTestSupport.write(project, "train.energy", "package quickfix\n\ntraining T {\n    model DeepSeek_V3\n}\n");
		assertTrue(waitUntil(60_000, () -> messages(markers(file, IMarker.SEVERITY_ERROR)).contains("DeepSeek_V3")), "no linking marker");
		IMarker[] current = new IMarker[1];
		IMarkerResolution[] resolutions = resolutions(file, "DeepSeek_V3", current);
		IMarker marker = current[0];
		List<String> labels = Arrays.stream(resolutions).map(IMarkerResolution::getLabel).toList();
		log("resolutions: %s", labels);
		assertTrue(labels.contains("Create model 'DeepSeek_V3'"), labels.toString());
		IMarkerResolution importIt = Arrays.stream(resolutions)
				.filter(r -> r.getLabel().equals("Import 'jevons.library.models.DeepSeek_V3'")).findFirst()
				.orElseThrow(() -> new AssertionError(labels.toString()));
		importIt.run(marker);
		assertTrue(read(file).startsWith("package quickfix\nimport jevons.library.models.DeepSeek_V3\n"), read(file));
		assertTrue(waitUntil(30_000, () -> !messages(markers(file, IMarker.SEVERITY_ERROR)).contains("DeepSeek_V3")),
				"still: " + messages(markers(file, IMarker.SEVERITY_ERROR)));
	}

	@Test
	void quickFixChangesAMisspelledNameToANearMissAndImportsIt() throws Exception {
		IProject project = UiTestSupport.project("quickfix-test");
		IFile file = UiTestSupport.write(project, "typo.energy", "package quickfix\n\ntraining T {\n    model DeepSeek_V\n}\n");
		assertTrue(waitUntil(60_000, () -> messages(markers(file, IMarker.SEVERITY_ERROR)).contains("DeepSeek_V")),
				"no linking marker");
		IMarker[] current = new IMarker[1];
		IMarkerResolution[] found = resolutions(file, "DeepSeek_V", current);
		List<String> labels = Arrays.stream(found).map(IMarkerResolution::getLabel).toList();
		log("resolutions: %s", labels);
		IMarkerResolution change = Arrays.stream(found).filter(r -> r.getLabel().equals("Change to 'DeepSeek_V3'"))
				.findFirst().orElseThrow(() -> new AssertionError(labels.toString()));
		change.run(current[0]);
		assertEquals("package quickfix\nimport jevons.library.models.DeepSeek_V3\n\ntraining T {\n    model DeepSeek_V3\n}\n",
				read(file));
	}

	@Test
	void assistOffersANameOnceAndNoPropertyKeysAmongUnits() {
		var short_ = new org.eclipse.lsp4j.CompletionItem("DeepSeek_V3");
		var qualified = new org.eclipse.lsp4j.CompletionItem("jevons.library.models.DeepSeek_V3");
		var onlyQualified = new org.eclipse.lsp4j.CompletionItem("jevons.library.models.Llama_3_3_70B");
		assertEquals(List.of(short_, onlyQualified),
				org.jevons.ui.assist.ProposalFilter.filter(List.of(short_, qualified, onlyQualified)),
				"the imported short name, not also the qualified one");
		var unit = new org.eclipse.lsp4j.CompletionItem("kW");
		unit.setKind(org.eclipse.lsp4j.CompletionItemKind.Unit);
		var brace = new org.eclipse.lsp4j.CompletionItem("}");
		brace.setKind(org.eclipse.lsp4j.CompletionItemKind.Keyword);
		var key = new org.eclipse.lsp4j.CompletionItem("idle");
		key.setKind(org.eclipse.lsp4j.CompletionItemKind.Keyword);
		var source = new org.eclipse.lsp4j.CompletionItem("source");
		source.setKind(org.eclipse.lsp4j.CompletionItemKind.Keyword);
		assertEquals(List.of(unit, source), org.jevons.ui.assist.ProposalFilter.filter(List.of(unit, brace, key, source)));
	}

	/**
	 * The resolutions of the error marker whose message mentions a text, and that marker (in {@code marker[0]}).
	 * Markers are replaced whenever diagnostics arrive again (builder and server both publish): a handle taken
	 * between two updates may be deleted by the time it is asked, so ask a current one.
	 */
	private static IMarkerResolution[] resolutions(IFile file, String mentioned, IMarker[] marker) {
		IMarkerResolution[][] found = { new IMarkerResolution[0] };
		waitUntil(10_000, () -> {
			marker[0] = Arrays.stream(markers(file, IMarker.SEVERITY_ERROR))
					.filter(m -> m.getAttribute(IMarker.MESSAGE, "").contains(mentioned)).findFirst().orElse(null);
			found[0] = marker[0] == null ? new IMarkerResolution[0] : IDE.getMarkerHelpRegistry().getResolutions(marker[0]);
			return found[0].length > 0;
		});
		return found[0];
	}

	private static String read(IFile file) throws Exception {
		try (InputStream in = file.getContents(true)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}

package org.jevons.ui.results.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.texteditor.ITextEditor;
import org.jevons.report.ReportFormat;
import org.jevons.ui.results.export.ReportExport;
import org.jevons.ui.results.markers.ExpectMarkers;
import org.jevons.ui.results.model.ModelJson;
import org.jevons.ui.results.model.ResultRow;
import org.jevons.ui.results.run.AnalysisRun;
import org.jevons.ui.results.run.ResultsStore;
import org.jevons.ui.results.view.ResultsView;
import org.jevons.ui.testsupport.NoLoggedErrors;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.TestMethodOrder;

import com.google.gson.JsonParser;

/** The flagship example analysed in the workbench: the view's data (golden JSON), linking, export, markers. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(NoLoggedErrors.class)
class ResultsUITest {
	static final Path GOLDEN = Path.of("golden", "deepseek-results.json");

	static AnalysisRun deepseek() throws Exception {
		IProject project = UiSupport.project(UiSupport.DEEPSEEK, UiSupport.basedir().resolve("../../examples/deepseek"));
		return UiSupport.analyse(List.of(project));
	}

	@Test
	@Order(1)
	void flagshipExampleListsTheSeedStoryFigures() throws Exception {
		ResultsView view = (ResultsView) UiSupport.page().showView(ResultsView.ID);
		long start = System.currentTimeMillis();
		AnalysisRun run = deepseek();
		System.out.println("[results-ui-test] deepseek analysed in " + (System.currentTimeMillis() - start) + " ms");
		assertEquals(4, run.files().size());
		assertTrue(UiSupport.waitUntil(5000, () -> view.model() == run.model()), "the view did not show the run");
		assertEquals(run.model().rows().size(), view.viewer().getTable().getItemCount());

		String json = ModelJson.toJson(view.model());
		Path golden = UiSupport.basedir().resolve(GOLDEN);
		if (Boolean.getBoolean("jevons.updateGolden") || !Files.exists(golden)) {
			Files.createDirectories(golden.getParent());
			Files.writeString(golden, json, StandardCharsets.UTF_8);
		}
		assertEquals(Files.readString(golden, StandardCharsets.UTF_8), json,
				"view data differs from " + GOLDEN + " (-Djevons.updateGolden=true to accept)");

		// the seed story: R1 uses ~87 % more energy per request than Llama 3.3, from ~2× the tokens
		assertTrue(view.model().headlines().stream().anyMatch(h -> h.startsWith("R1_chat uses 1.")
				&& h.contains("the energy per request of Llama33_chat")), view.model().headlines().toString());
		ResultRow perRequest = view.model().rowsOf("R1_chat").stream()
				.filter(r -> r.key().equals("energy_per_request")).findFirst().orElseThrow();
		assertTrue(perRequest.value().matches("[0-9.]+ \\[[0-9.]+–[0-9.]+\\] Wh"), perRequest.value());
		assertFalse(perRequest.sources().isEmpty(), "sources shown on hover");
		assertTrue(view.model().rows().stream().anyMatch(r -> r.kind().equals("expect")));
		String csv = view.copyCsv();
		assertTrue(csv.startsWith("declaration,kind,figure,value,status,sources,file,line\r\n"), csv);
		assertTrue(csv.contains("R1_chat,inference,Energy per request,"), csv);

		UiSupport.page().setPartState(UiSupport.page().getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
		UiSupport.settle(500);
		UiSupport.capture(view.getSite().getShell(), "results-view.png");
		UiSupport.page().setPartState(UiSupport.page().getReference(view), IWorkbenchPage.STATE_RESTORED);
	}

	@Test
	@Order(2)
	void selectingARowRevealsTheDeclarationAndTheEditorSelectsItsRow() throws Exception {
		ResultsView view = (ResultsView) UiSupport.page().showView(ResultsView.ID);
		if (view.model().rows().isEmpty()) {
			deepseek();
		}
		ResultRow row = view.model().rowsOf("R1_chat").get(0);
		view.viewer().setSelection(new StructuredSelection(row), true);
		UiSupport.settle(300);
		IEditorPart part = UiSupport.page().getActiveEditor();
		assertNotNull(part, "no editor opened");
		ITextEditor editor = part.getAdapter(ITextEditor.class);
		assertEquals(row.file(), editor.getEditorInput().getAdapter(IFile.class).getFullPath().toString());
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals(row.line(), selection.getStartLine() + 1);

		// and back: the caret on the line of Llama33_chat selects its row
		ResultRow llama = view.model().rowsOf("Llama33_chat").get(0);
		UiSupport.page().activate(editor);
		int offset = editor.getDocumentProvider().getDocument(editor.getEditorInput()).getLineOffset(llama.line() - 1);
		editor.selectAndReveal(offset + 2, 0);
		assertTrue(UiSupport.waitUntil(10000, () -> view.viewer().getStructuredSelection().getFirstElement() == llama),
				"the view did not follow the editor: " + view.viewer().getStructuredSelection());
		UiSupport.page().closeAllEditors(false);
	}

	@Test
	@Order(3)
	void exportWritesTheCliReports() throws Exception {
		AnalysisRun run = ResultsStore.get().latest().isPresent() ? ResultsStore.get().latest().get() : deepseek();
		Path dir = UiSupport.basedir().resolve("target/reports");
		for (ReportFormat format : List.of(ReportFormat.HTML, ReportFormat.JSON, ReportFormat.CSV, ReportFormat.MD)) {
			Path file = dir.resolve("deepseek." + format.extension());
			Files.deleteIfExists(file);
			assertEquals(format, ReportExport.formatOf(file).orElseThrow());
			ReportExport.write(run, format, file);
			String text = Files.readString(file);
			assertTrue(text.contains("R1_chat") || text.contains("R1\\_chat"), format + " report lacks R1_chat");
		}
		assertTrue(Files.readString(dir.resolve("deepseek.html")).contains("<svg"), "HTML report without charts");
		assertTrue(JsonParser.parseString(Files.readString(dir.resolve("deepseek.json"))).isJsonObject());

		// the sweep tables of jevons analyze --sweeps: one CSV per sweep, one row per point
		List<Path> tables = ReportExport.writeSweepTables(run, dir.resolve("sweeps"));
		assertEquals(List.of(dir.resolve("sweeps/Reasoning_length.csv")), tables);
		List<String> rows = Files.readAllLines(tables.get(0));
		assertEquals("reasoning [tokens],batch,energy_per_request [Wh],energy_per_token [J],annual_energy [kWh]",
				rows.get(0));
		assertEquals(1 + 81 * 4, rows.size(), "81 reasoning lengths x 4 batch sizes");
		assertTrue(rows.get(1).startsWith("0,1,"), rows.get(1));

		// written like the CLI's reports: the permissions of any new file, no temporary file left beside them
		Path plain = dir.resolve("plain");
		Files.deleteIfExists(plain);
		Set<PosixFilePermission> usual = Files.getPosixFilePermissions(Files.createFile(plain));
		assertEquals(usual, Files.getPosixFilePermissions(dir.resolve("deepseek.csv")));
		assertEquals(usual, Files.getPosixFilePermissions(tables.get(0)));
		try (Stream<Path> left = Files.list(dir)) {
			assertEquals(List.of(), left.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList());
		}
	}

	@Test
	@Order(4)
	void failedExpectationIsAMarkerOnItsLineAndSavingReanalyses() throws Exception {
		IProject project = UiSupport.project("expect-test", UiSupport.basedir().resolve("../../examples/deepseek"));
		IFile file = project.getFile("r1-vs-llama.energy");
		String text = Files.readString(UiSupport.basedir().resolve("../../examples/deepseek/r1-vs-llama.energy"));
		String failing = text + "expect Llama33_chat energy per token <= 0.5 J\n";
		int line = (int) failing.lines().count();
		UiSupport.write(file, failing);
		AnalysisRun run = UiSupport.analyse(List.of(file));
		assertTrue(run.model().rows().stream().anyMatch(r -> r.status() == ResultRow.Status.FAIL
				&& r.declaration().contains("0.5 J") && r.line() == line), "no FAIL row");
		IMarker[] markers = file.findMarkers(ExpectMarkers.TYPE, true, IResource.DEPTH_ZERO);
		assertEquals(1, markers.length);
		assertEquals(line, markers[0].getAttribute(IMarker.LINE_NUMBER, -1));
		assertEquals(IMarker.SEVERITY_ERROR, markers[0].getAttribute(IMarker.SEVERITY, -1));
		assertTrue(markers[0].getAttribute(IMarker.MESSAGE, "").contains("limit 0.5"),
				markers[0].getAttribute(IMarker.MESSAGE, ""));
		assertTrue(file.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO).length >= 1, "not a problem marker");

		// save a fix: the analysis runs again by itself and the marker goes
		UiSupport.write(file, text + "expect Llama33_chat energy per token <= 3 J\n");
		assertTrue(UiSupport.waitUntil(120_000, () -> {
			try {
				return file.findMarkers(ExpectMarkers.TYPE, true, IResource.DEPTH_ZERO).length == 0;
			} catch (org.eclipse.core.runtime.CoreException e) {
				throw new IllegalStateException(e);
			}
		}), "re-analysis on save did not clear the marker");
		UiSupport.joinAnalyses();
		assertTrue(ResultsStore.get().latest().orElseThrow().model().rows().stream()
				.noneMatch(r -> r.status() == ResultRow.Status.FAIL && r.file().equals(file.getFullPath().toString())
						&& r.line() == line));
		project.delete(true, null);
		deepseek(); // the other tests see the flagship again
	}
}

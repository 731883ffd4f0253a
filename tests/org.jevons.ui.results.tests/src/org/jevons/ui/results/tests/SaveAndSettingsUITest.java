package org.jevons.ui.results.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.jevons.analysis.AutoSamples;
import org.jevons.analysis.engine.AdaptiveSampling;
import org.jevons.dsl.study.StudyBuilder;
import org.jevons.dsl.workspace.EnergyWorkspace;
import org.jevons.ui.JevonsUi;
import org.jevons.ui.SafeShutdown;
import org.jevons.ui.preferences.JevonsPreferences;
import org.jevons.ui.results.run.AnalysisJob;
import org.jevons.ui.results.run.AnalysisRun;
import org.jevons.ui.results.run.AnalyzeHandler;
import org.jevons.ui.results.run.ResultsStore;
import org.jevons.ui.testsupport.NoLoggedErrors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Nothing saved is lost on exit, and every run reads the preferences as they are now. */
@ExtendWith(NoLoggedErrors.class)
class SaveAndSettingsUITest {
	private final IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(JevonsUi.PLUGIN_ID);

	@AfterEach
	void restore() throws Exception {
		SafeShutdown.resume();
		prefs.remove(JevonsPreferences.SAMPLES);
		prefs.remove(JevonsPreferences.AUTO_SAMPLES);
		UiSupport.page().closeAllEditors(false);
		UiSupport.joinAnalyses();
		ResultsUITest.deepseek(); // the other tests see the flagship again
	}

	@Test
	void manualRunsAndReanalysisOnSaveReadTheCurrentPreferences() throws Exception {
		IProject project = UiSupport.project("prefs-test", UiSupport.basedir().resolve("../../examples/deepseek"));
		IFile file = project.getFile("r1-vs-llama.energy");
		ITextEditor editor = (ITextEditor) IDE.openEditor(UiSupport.page(), file);
		prefs.putBoolean(JevonsPreferences.AUTO_SAMPLES, false);
		prefs.putInt(JevonsPreferences.SAMPLES, 500);
		AnalysisRun first = runAfter(Optional.empty(), () -> PlatformUI.getWorkbench().getService(IHandlerService.class)
				.executeCommand(AnalyzeHandler.COMMAND_ID, null));
		assertEquals(500, first.context().settings().samples(), "the manual run");

		prefs.putInt(JevonsPreferences.SAMPLES, 300);
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		AnalysisRun second = runAfter(Optional.of(first), () -> {
			document.replace(document.getLength(), 0, "\n// saved again\n");
			editor.doSave(null);
		});
		assertEquals(300, second.context().settings().samples(), "re-analysis on save after the preference changed");
		delete(project);
	}

	@Test
	void byDefaultTheSamplesAreChosenAsJevonsAnalyzeSamplesAutoChoosesThem() throws Exception {
		IProject project = UiSupport.project("auto-test", UiSupport.basedir().resolve("../../examples/deepseek"));
		IFile file = project.getFile("r1-vs-llama.energy");
		IDE.openEditor(UiSupport.page(), file);
		prefs.putInt(JevonsPreferences.SAMPLES, 500); // ignored while the count is chosen automatically
		AnalysisRun run = runAfter(Optional.empty(), () -> PlatformUI.getWorkbench().getService(IHandlerService.class)
				.executeCommand(AnalyzeHandler.COMMAND_ID, null));
		EnergyWorkspace workspace = EnergyWorkspace.load(List.of(file.getLocation().toPath()));
		int chosen = AutoSamples.choose(StudyBuilder.build(workspace.files()), JevonsPreferences.settings(),
				AdaptiveSampling.Rule.DEFAULT).samples();
		assertTrue(chosen > 500, "the rule's minimum is 10 000: " + chosen);
		assertEquals(chosen, run.context().settings().samples(), "the count --samples auto chooses");
		delete(project);
	}

	@Test
	void exitDuringASaveTriggeredAnalysisKeepsTheFileAndLeavesTheWorkspaceSaved() throws Exception {
		IProject project = UiSupport.project("exit-test", UiSupport.basedir().resolve("../../examples/deepseek"));
		IFile file = project.getFile("r1-vs-llama.energy");
		UiSupport.analyse(List.of(file));
		ITextEditor editor = (ITextEditor) IDE.openEditor(UiSupport.page(), file);
		prefs.putInt(JevonsPreferences.SAMPLES, 5_000_000); // the re-analysis runs long enough to exit during it
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		document.replace(document.getLength(), 0, "\n// the last words before exit\n");
		editor.doSave(null);
		assertTrue(UiSupport.waitUntil(30_000, () -> running().isPresent()), "no re-analysis started on save");

		// what the workbench does on exit after the editors were saved (JevonsWorkbenchAdvisor.postShutdown)
		IStatus saved = SafeShutdown.quiesceAndSave(Duration.ofSeconds(10));
		assertTrue(saved.isOK(), saved.toString());
		assertEquals(0, Job.getJobManager().find(SafeShutdown.WORKSPACE_JOBS).length, "jobs left after the exit");
		assertEquals(document.get(), Files.readString(file.getLocation().toPath()), "the saved text is on disk");
		assertFalse(editor.isDirty());

		// nothing changes the workspace after its last save, so the next start finds it saved
		List<IResourceChangeEvent> after = new ArrayList<>();
		IResourceChangeListener listener = after::add;
		ResourcesPlugin.getWorkspace().addResourceChangeListener(listener);
		try {
			UiSupport.settle(2000); // the server's diagnostics of the save arrive meanwhile: no marker job may run
			assertEquals(List.of(), after, "the workspace changed after it was saved");
			assertTrue(running().isEmpty(), "an analysis was scheduled during the exit");
		} finally {
			ResourcesPlugin.getWorkspace().removeResourceChangeListener(listener);
		}
		SafeShutdown.resume();
		delete(project);
	}

	/** Editors closed first: the server must not re-read a closed document whose file is gone. */
	private static void delete(IProject project) throws Exception {
		UiSupport.page().closeAllEditors(false);
		UiSupport.settle(500);
		project.delete(true, null);
	}

	@Test
	void aJobRefusedForLackOfMemorySaysWhatToChangeWithoutAStackTrace() {
		String message = AnalysisJob.outOfMemory(10_000_000);
		assertTrue(message.contains("10,000,000 Monte Carlo samples") && message.contains("Preferences > Jevons")
				&& message.contains("JEVONS_HEAP"), message);
		assertFalse(message.contains("Exception") || message.contains("\tat "), message);
	}

	private static Optional<Job> running() {
		for (Job job : Job.getJobManager().find(AnalysisJob.FAMILY)) {
			if (job.getState() == Job.RUNNING) {
				return Optional.of(job);
			}
		}
		return Optional.empty();
	}

	private interface Action {
		void run() throws Exception;
	}

	/** Runs the action, then waits for the analysis it starts to publish a run other than {@code before}. */
	private static AnalysisRun runAfter(Optional<AnalysisRun> before, Action action) throws Exception {
		Optional<AnalysisRun> previous = before.isPresent() ? before : ResultsStore.get().latest();
		action.run();
		assertTrue(UiSupport.waitUntil(120_000, () -> ResultsStore.get().latest().isPresent()
				&& !ResultsStore.get().latest().equals(previous)), "no analysis ran");
		UiSupport.joinAnalyses();
		return ResultsStore.get().latest().orElseThrow();
	}
}

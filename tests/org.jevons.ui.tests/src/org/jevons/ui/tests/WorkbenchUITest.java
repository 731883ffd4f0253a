package org.jevons.ui.tests;

import static org.jevons.ui.tests.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.ide.IDE;
import org.jevons.rcp.EnergyPerspective;
import org.jevons.rcp.ExamplesProject;
import org.jevons.ui.editor.EnergyEditor;
import org.jevons.ui.editor.ServerConnection;
import org.jevons.ui.preferences.JevonsPreferencePage;
import org.jevons.ui.preferences.JevonsPreferences;
import org.jevons.ui.wizards.EnergyTemplate;
import org.jevons.ui.wizards.NewEnergyProjectWizard;
import org.jevons.ui.testsupport.NoLoggedErrors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The product's window: title, perspective and its views, the Examples project, wizards and preferences. */
@ExtendWith(NoLoggedErrors.class)
class WorkbenchUITest {

	@AfterEach
	void closeEditors() {
		UiTestSupport.page().closeAllEditors(false);
	}

	@Test
	void windowShowsTheEnergyModellingPerspective() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		assertEquals("Jevons", window.getShell().getText());
		IWorkbenchPage page = window.getActivePage();
		assertNotNull(page);
		assertEquals(EnergyPerspective.ID, page.getPerspective().getId());
		assertTrue(page.isEditorAreaVisible());
		assertNotNull(page.findViewReference(EnergyPerspective.PROJECT_EXPLORER), "Project Explorer");
		assertNotNull(page.findViewReference(IPageLayout.ID_OUTLINE), "Outline");
		assertNotNull(page.findViewReference(IPageLayout.ID_PROBLEM_VIEW), "Problems");
	}

	@Test
	void firstStartCreatesTheExamplesProjectAndOpensAModel() throws Exception {
		IProject examples = ResourcesPlugin.getWorkspace().getRoot().getProject(ExamplesProject.NAME);
		assertTrue(waitUntil(30_000, examples::exists), "no Examples project");
		IFile first = examples.getFile(ExamplesProject.FIRST_FILE);
		assertTrue(first.exists());
		assertTrue(examples.getFile("rebound/backfire.energy").exists());
		assertTrue(examples.getFile("training/gpt3-t5-llama2.energy").exists());
		IEditorPart part = IDE.openEditor(UiTestSupport.page(), first);
		EnergyEditor editor = assertInstanceOf(EnergyEditor.class, part);
		ServerConnection c = editor.connection().orElseThrow();
		assertTrue(waitUntil(120_000, () -> c.reconciles() > 0), "no diagnostics");
		UiTestSupport.log("diagnostics of %s: %s", first.getName(), c.diagnostics());
		UiTestSupport.settle(1500);
		UiTestSupport.capture(editor.getSite().getShell(), "workbench.png");
	}

	@Test
	void newProjectWizardCreatesAValidModel() throws Exception {
		IFile file = NewEnergyProjectWizard.create("wizard-test", null);
		assertTrue(file.exists());
		EnergyEditor editor = assertInstanceOf(EnergyEditor.class, IDE.openEditor(UiTestSupport.page(), file));
		ServerConnection c = editor.connection().orElseThrow();
		assertTrue(waitUntil(120_000, () -> c.reconciles() > 0), "no diagnostics");
		assertEquals(List.of(), c.diagnostics().stream().filter(d -> d.getSeverity() == org.eclipse.lsp4j.DiagnosticSeverity.Error)
				.map(d -> d.getMessage().getLeft()).toList(), "the training template must be valid");
		for (EnergyTemplate t : EnergyTemplate.values()) {
			IFile other = UiTestSupport.write(file.getProject(), t.name().toLowerCase() + ".energy", t.text("wizard." + t.name().toLowerCase()));
			var client = org.jevons.ui.lsp.JevonsLanguageServer.getDefault().client();
			String uri = other.getLocationURI().toString();
			assertTrue(waitUntil(60_000, () -> client.latest(uri).isPresent()), t + ": not validated");
			assertEquals(List.of(), client.latest(uri).get().params().getDiagnostics().stream()
					.filter(d -> d.getSeverity() == org.eclipse.lsp4j.DiagnosticSeverity.Error).map(d -> d.getMessage().getLeft()).toList(),
					t + " template must be valid");
		}
	}

	@Test
	void newFileWizardCreatesAFileFromATemplateAndOpensIt() throws Exception {
		IProject project = UiTestSupport.project("file-wizard-test");
		org.jevons.ui.wizards.NewEnergyFileWizard wizard = new org.jevons.ui.wizards.NewEnergyFileWizard();
		wizard.init(PlatformUI.getWorkbench(), new org.eclipse.jface.viewers.StructuredSelection(project));
		org.eclipse.jface.wizard.WizardDialog dialog = new org.eclipse.jface.wizard.WizardDialog(
				UiTestSupport.page().getWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		var page = (org.eclipse.ui.dialogs.WizardNewFileCreationPage) wizard.getPages()[0];
		page.setFileName("service.energy");
		assertTrue(wizard.canFinish(), page.getErrorMessage());
		assertTrue(wizard.performFinish());
		dialog.close();
		IFile file = project.getFile("service.energy");
		assertTrue(file.exists());
		EnergyEditor editor = assertInstanceOf(EnergyEditor.class, UiTestSupport.page().getActiveEditor());
		assertEquals("service.energy", editor.getTitle());
		assertTrue(editor.document().get().contains("training My_training"), "the default template: a training run");
		assertTrue(editor.document().get().startsWith("package file_wizard_test.service"), editor.document().get());
	}

	@Test
	void preferencesHaveDefaultsAndAPage() {
		assertEquals(JevonsPreferences.DEFAULT_SAMPLES, JevonsPreferences.samples());
		assertEquals(JevonsPreferences.DEFAULT_SEED, JevonsPreferences.seed());
		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(UiTestSupport.page().getWorkbenchWindow().getShell(),
				JevonsPreferencePage.ID, new String[] { JevonsPreferencePage.ID }, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		assertInstanceOf(JevonsPreferencePage.class, dialog.getSelectedPage());
		dialog.close();
	}
}

package org.jevons.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.jevons.rcp.EnergyPerspective;
import org.jevons.ui.editor.EnergyEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The product's window in a real display: title, perspective, and the .energy editor on a workspace file. */
class WorkbenchUITest {

	private ErrorLogRecorder log;

	@BeforeEach
	void recordErrors() {
		log = new ErrorLogRecorder();
	}

	@AfterEach
	void noErrorLogged() {
		log.close();
		assertEquals(java.util.List.of(), log.errors(), "errors were logged during the test");
	}

	@Test
	void windowShowsTheEnergyModellingPerspective() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		assertEquals("Jevons", window.getShell().getText());
		IWorkbenchPage page = window.getActivePage();
		assertNotNull(page);
		assertEquals(EnergyPerspective.ID, page.getPerspective().getId());
		assertTrue(page.isEditorAreaVisible());
	}

	@Test
	void energyFileOpensInTheEnergyEditor() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("ui-test");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		IFile file = project.getFile("chip.energy");
		String text = "accelerator Chip { power 700 W }\n";
		if (file.exists()) {
			file.setContents(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, false, null);
		} else {
			file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		}
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IEditorPart editor = IDE.openEditor(page, file);
		assertInstanceOf(EnergyEditor.class, editor);
		while (Display.getCurrent().readAndDispatch()) {
			// let the editor paint
		}
		assertEquals("chip.energy", editor.getTitle());
		page.closeEditor(editor, false);
	}
}

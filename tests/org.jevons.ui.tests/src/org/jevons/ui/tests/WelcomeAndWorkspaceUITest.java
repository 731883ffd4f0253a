package org.jevons.ui.tests;

import static org.jevons.ui.tests.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.jevons.rcp.ExamplesProject;
import org.jevons.rcp.help.HelpView;
import org.jevons.rcp.welcome.Welcome;
import org.jevons.rcp.welcome.WelcomeView;
import org.jevons.rcp.workspace.SwitchWorkspaceHandler;
import org.jevons.rcp.workspace.WorkspaceChoice;
import org.jevons.ui.testsupport.NoLoggedErrors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The Welcome page (first start, Help > Welcome, its links) and File > Switch Workspace. */
@ExtendWith(NoLoggedErrors.class)
class WelcomeAndWorkspaceUITest {

	@Test
	void welcomeShowsOnFirstStartAndFromHelpAndItsLinksWork() throws Exception {
		// the test workspace is new: its first start showed the page, once
		assertTrue(InstanceScope.INSTANCE.getNode("org.jevons.rcp").getBoolean(Welcome.SHOWN, false),
				"the first start did not show the Welcome page");
		IWorkbenchPage page = UiTestSupport.page();
		Optional.ofNullable(page.findView(WelcomeView.ID)).ifPresent(page::hideView);
		assertFalse(Welcome.showOnFirstStart(page), "only on the first start of a workspace");
		assertNull(page.findView(WelcomeView.ID), "closing the page is respected");

		execute(Welcome.COMMAND_ID);
		WelcomeView welcome = (WelcomeView) page.findView(WelcomeView.ID);
		assertNotNull(welcome, "Help > Welcome shows the page");
		assertEquals(List.of(WelcomeView.EXAMPLES, WelcomeView.DOCUMENTATION, WelcomeView.NEW_FILE),
				List.copyOf(welcome.links().keySet()));
		welcome.links().values().forEach(link -> assertTrue(link.getText().contains("<a>"), link.getText()));
		UiTestSupport.capture(page.getWorkbenchWindow().getShell(), "welcome.png");

		welcome.follow(WelcomeView.EXAMPLES);
		assertTrue(waitUntil(10_000, () -> Optional.ofNullable(page.getActiveEditor()).map(IEditorPart::getTitle)
				.filter(t -> ExamplesProject.FIRST_FILE.endsWith(t)).isPresent()), "the examples link opens the first example");

		welcome.follow(WelcomeView.DOCUMENTATION);
		IViewPart help = page.findView(HelpView.ID);
		assertNotNull(help, "the documentation link opens Help Contents");
		page.hideView(help);

		assertNotNull(PlatformUI.getWorkbench().getNewWizardRegistry().findWizard(WelcomeView.NEW_FILE_WIZARD),
				"the new-file link's wizard");
		page.closeAllEditors(false);
		page.hideView(welcome);
	}

	@Test
	void switchWorkspaceRemembersTheFolderForTheLauncherAndAsksForARestart(@TempDir Path tmp) throws Exception {
		String before = System.getProperty("jevons.workspaceChoice");
		System.setProperty("jevons.workspaceChoice", tmp.resolve("config/jevons/workspace").toString());
		try {
			assertEquals(Optional.empty(), WorkspaceChoice.chosen());
			boolean[] restarted = { false };
			Path other = tmp.resolve("other workspace");
			assertTrue(WorkspaceChoice.switchTo(other, () -> restarted[0] = true));
			assertTrue(restarted[0], "the restart was asked for");
			assertTrue(Files.isDirectory(other), "the chosen folder exists");
			assertEquals(Optional.of(other), WorkspaceChoice.chosen());
			// the first line is what ./jevons workbench reads (head -n 1) to start in the chosen workspace
			assertEquals(other + "\n", Files.readString(tmp.resolve("config/jevons/workspace")));
		} finally {
			if (before == null) {
				System.clearProperty("jevons.workspaceChoice");
			} else {
				System.setProperty("jevons.workspaceChoice", before);
			}
		}
		assertTrue(PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(SwitchWorkspaceHandler.COMMAND_ID)
				.isHandled(), "File > Switch Workspace has its handler");
	}

	private static void execute(String command) throws Exception {
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(command, null);
	}
}

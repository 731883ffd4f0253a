package org.jevons.ui.tests;

import static org.jevons.ui.tests.UiTestSupport.log;
import static org.jevons.ui.tests.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.jevons.rcp.help.HelpView;
import org.jevons.ui.testsupport.NoLoggedErrors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.FrameworkUtil;

/** The product as an Eclipse user expects it: menus, help, About, preferences, Problems icons, window size. */
@ExtendWith(NoLoggedErrors.class)
class ProductUITest {

	private static Shell shell() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
	}

	/** The labels of a top-level menu, filled as when the user opens it. */
	static List<String> menu(String name) {
		for (MenuItem top : shell().getMenuBar().getItems()) {
			if (top.getText().replace("&", "").equals(name)) {
				Menu menu = top.getMenu();
				menu.notifyListeners(SWT.Show, new Event());
				UiTestSupport.settle(50);
				List<String> labels = new ArrayList<>();
				for (MenuItem item : menu.getItems()) {
					labels.add(item.getText().replace("&", "").replaceAll("\t.*", ""));
				}
				menu.notifyListeners(SWT.Hide, new Event());
				return labels;
			}
		}
		throw new AssertionError("no menu " + name);
	}

	@Test
	void menusHaveWhatAnEclipseUserReachesFor() {
		List<String> file = menu("File");
		log("File menu: %s", file);
		assertTrue(file.containsAll(List.of("Refresh", "Import...", "Export...", "Recent Files", "Switch Workspace...",
				"Restart", "Exit")), file.toString());
		List<String> navigate = menu("Navigate");
		log("Navigate menu: %s", navigate);
		assertTrue(navigate.containsAll(List.of("Open Resource...", "Quick Outline", "Find References", "Back", "Forward")),
				navigate.toString());
		List<String> help = menu("Help");
		assertTrue(help.contains("Welcome") && help.contains("Help Contents") && help.stream().anyMatch(l -> l.startsWith("About")),
				help.toString());
	}

	@Test
	void helpContentsShowsTheDocumentationRendered() throws Exception {
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.jevons.rcp.helpContents", null);
		IViewPart part = UiTestSupport.page().findView(HelpView.ID);
		HelpView help = (HelpView) part;
		assertNotNull(help, "the help view");
		String text = help.textWidget().getText();
		assertTrue(text.startsWith("The Jevons workbench") && text.contains("First start"), text.substring(0, 200));
		assertFalse(text.contains("```") || text.contains("](images/"), "Markdown is rendered");
		UiTestSupport.page().hideView(help);
	}

	@Test
	void aboutShowsVersionAndBuildAndLicences() throws Exception {
		// the tests run the application without the product: read the product's declaration
		String about = java.util.Arrays.stream(Platform.getExtensionRegistry()
				.getExtension("org.eclipse.core.runtime.products", "org.jevons.rcp.product").getConfigurationElements()[0]
				.getChildren("property")).filter(p -> "aboutText".equals(p.getAttribute("name"))).findFirst()
				.orElseThrow().getAttribute("value");
		assertTrue(about.contains("Version {0} (build {1})") && about.contains("Licences"), about);
		try (InputStream in = FrameworkUtil.getBundle(HelpView.class).getEntry("about.mappings").openStream()) {
			String mappings = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			log("about.mappings: %s", mappings);
			assertTrue(mappings.contains("0=0.1.0") && !mappings.contains("${"), mappings);
		}
	}

	@Test
	void preferencesHaveColorsFontsKeysAndEditorsButNoVersionControl() {
		var manager = PlatformUI.getWorkbench().getPreferenceManager();
		assertNull(manager.find("org.eclipse.team.ui.TeamPreferences"), "no Version Control page");
		assertNotNull(manager.find("org.eclipse.ui.preferencePages.Workbench/org.eclipse.ui.preferencePages.Keys"));
		assertNotNull(manager.find(
				"org.eclipse.ui.preferencePages.Workbench/org.eclipse.ui.preferencePages.Views/org.eclipse.ui.preferencePages.ColorsAndFonts"));
		assertNotNull(manager.find("org.jevons.ui.preferences"));
	}

	@Test
	void problemsViewShowsSeverityIcons() throws Exception {
		IFile file = UiTestSupport.write(UiTestSupport.project("problems-test"), "notes.txt", "not a model\n");
		IMarker marker = file.createMarker(IMarker.PROBLEM,
				Map.of(IMarker.SEVERITY, IMarker.SEVERITY_ERROR, IMarker.MESSAGE, "an error for the icon test"));
		try {
			UiTestSupport.page().showView(IPageLayout.ID_PROBLEM_VIEW);
			assertTrue(waitUntil(10_000, () -> itemInWindow("an error for the icon test") != null),
					"the marker is not listed");
			TreeItem item = itemInWindow("an error for the icon test");
			assertNotNull(item.getImage(), "the error has an icon");
		} finally {
			marker.delete();
		}
	}

	/** The item showing a text in any tree of the window (the Problems view's tree is not API). */
	private static TreeItem itemInWindow(String text) {
		List<Tree> trees = new ArrayList<>();
		trees(shell(), trees);
		for (Tree tree : trees) {
			TreeItem found = item(tree.getItems(), text);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	private static void trees(org.eclipse.swt.widgets.Composite parent, List<Tree> into) {
		for (org.eclipse.swt.widgets.Control c : parent.getChildren()) {
			if (c instanceof Tree t) {
				into.add(t);
			} else if (c instanceof org.eclipse.swt.widgets.Composite comp) {
				trees(comp, into);
			}
		}
	}

	private static TreeItem item(TreeItem[] items, String text) {
		for (TreeItem i : items) {
			if (i.getText().contains(text)) {
				return i;
			}
			i.setExpanded(true);
			TreeItem inner = item(i.getItems(), text);
			if (inner != null) {
				return inner;
			}
		}
		return null;
	}

	@Test
	void theWindowFillsMostOfTheScreen() {
		Rectangle screen = shell().getDisplay().getPrimaryMonitor().getClientArea();
		Rectangle window = shell().getBounds();
		log("window %s on screen %s", window, screen);
		assertTrue(window.width >= screen.width * 0.8 && window.height >= screen.height * 0.8, window + " on " + screen);
	}
}

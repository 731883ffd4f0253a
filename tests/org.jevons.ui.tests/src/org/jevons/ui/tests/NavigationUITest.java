package org.jevons.ui.tests;

import static org.jevons.ui.tests.UiTestSupport.log;
import static org.jevons.ui.tests.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Region;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.jevons.ui.editor.EnergyEditor;
import org.jevons.ui.editor.ServerConnection;
import org.jevons.ui.hover.EnergyTextHover;
import org.jevons.ui.navigation.FindReferencesHandler;
import org.jevons.ui.navigation.KindIcons;
import org.jevons.ui.navigation.PickerPopup;
import org.jevons.ui.navigation.QuickOutlineHandler;
import org.jevons.ui.outline.EnergyOutlinePage;
import org.jevons.ui.testsupport.NoLoggedErrors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Quick Outline, Find References, Back after F3 into the library, hover and F3 inside the library, Go to Line, typing
 * help, outline icons.
 */
@ExtendWith(NoLoggedErrors.class)
class NavigationUITest {
	private EnergyEditor editor;

	@BeforeEach
	void open() throws Exception {
		IFile file = UiTestSupport.write(UiTestSupport.project("navigation-test"), "nav.energy",
				EnergyEditorUITest.MODEL.replace("package tests.editor", "package tests.navigation"));
		editor = assertInstanceOf(EnergyEditor.class, IDE.openEditor(UiTestSupport.page(), file));
		ServerConnection c = editor.connection().orElseThrow();
		assertTrue(waitUntil(120_000, () -> c.reconciles() > 0), "no diagnostics after opening");
	}

	@AfterEach
	void close() {
		UiTestSupport.page().closeAllEditors(false);
	}

	private String selected() {
		return ((ITextSelection) editor.getSelectionProvider().getSelection()).getText();
	}

	@Test
	void quickOutlineFiltersAndGoesToTheDeclaration() {
		editor.selectAndReveal(0, 0);
		PickerPopup popup = QuickOutlineHandler.popup(editor);
		popup.open();
		try {
			List<String> labels = popup.shown().stream().map(e -> e.label().strip()).toList();
			log("quick outline: %s", labels);
			assertTrue(labels.contains("US_East") && labels.contains("Chat"), labels.toString());
			assertEquals("inference", popup.shown().stream().filter(e -> e.label().strip().equals("Chat")).findFirst()
					.orElseThrow().keyword());
			popup.filter("cha");
			assertEquals(List.of("Chat"), popup.shown().stream().map(e -> e.label().strip()).toList());
			popup.openSelected();
		} finally {
			popup.close();
		}
		assertEquals("Chat", selected());
	}

	@Test
	void findReferencesListsTheUses() {
		int at = editor.document().get().indexOf("US_East {") + 2;
		PickerPopup popup = FindReferencesHandler.popup(editor, at);
		popup.open();
		try {
			List<String> labels = popup.shown().stream().map(PickerPopup.Entry::label).toList();
			log("references of US_East: %s", labels);
			int useLine = (int) editor.document().get().substring(0, editor.document().get().indexOf("in US_East")).lines()
					.count();
			assertEquals(List.of("nav.energy:" + useLine), labels);
		} finally {
			popup.close();
		}
	}

	@Test
	void theLibraryOpenedByF3HasAnOutlineAndGoToLineIsThere() throws Exception {
		int at = editor.document().get().indexOf("H100_SXM") + 2;
		editor.selectAndReveal(at, 0);
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.jevons.ui.openDefinition", null);
		assertTrue(waitUntil(10_000, () -> UiTestSupport.page().getActiveEditor() != editor), "F3 opened nothing");
		EnergyEditor library = (EnergyEditor) UiTestSupport.page().getActiveEditor();
		UiTestSupport.page().showView(IPageLayout.ID_OUTLINE);
		UiTestSupport.page().activate(library);
		EnergyOutlinePage libraryOutline = (EnergyOutlinePage) library.getAdapter(IContentOutlinePage.class);
		assertTrue(waitUntil(5_000, () -> !libraryOutline.roots().isEmpty()), "no outline for the library file");
		List<String> declared = libraryOutline.roots().get(0).children().stream().map(n -> n.name()).toList();
		assertTrue(declared.contains("H100_SXM"), "the library's declarations: " + declared);
		assertNotNull(editor.getAction(ITextEditorActionConstants.GOTO_LINE), "Go to Line (Ctrl+L)");
	}

	@Test
	void backAfterF3IntoTheLibraryReturnsToTheOrigin() throws Exception {
		int at = editor.document().get().indexOf("H100_SXM") + 2;
		for (int round = 1; round <= 3; round++) { // reliably: again and again, with the library editor already open
			editor.selectAndReveal(at, 0);
			execute("org.jevons.ui.openDefinition");
			assertTrue(waitUntil(10_000, () -> UiTestSupport.page().getActiveEditor() != editor), "F3 opened nothing");
			EnergyEditor library = (EnergyEditor) UiTestSupport.page().getActiveEditor();
			assertEquals("H100_SXM", ((ITextSelection) library.getSelectionProvider().getSelection()).getText());
			// Back at once, before the platform's asynchronous record of the opened editor: as an Alt+Left typed while
			// F3 was still busy
			execute("org.eclipse.ui.navigate.backwardHistory");
			final int r = round;
			assertTrue(waitUntil(5_000, () -> UiTestSupport.page().getActiveEditor() == editor),
					"round " + r + ": Back did not return from the library to the model");
			assertEquals(at, ((ITextSelection) editor.getSelectionProvider().getSelection()).getOffset(),
					"round " + r + ": Back returns to where F3 was pressed");
		}
	}

	@Test
	void hoverAndF3WorkInsideALibraryFile() throws Exception {
		editor.selectAndReveal(editor.document().get().indexOf("H100_SXM") + 2, 0);
		execute("org.jevons.ui.openDefinition");
		assertTrue(waitUntil(10_000, () -> UiTestSupport.page().getActiveEditor() != editor), "F3 opened nothing");
		EnergyEditor library = (EnergyEditor) UiTestSupport.page().getActiveEditor();
		String text = library.document().get();
		assertTrue(library.connection().isEmpty() && !library.isEditable(), "the library file is read only, not opened on the server");

		// hover on a reference inside the library: H800 in `accelerators 8 x H800` shows the accelerator it refers to
		int h800 = text.indexOf("8 x H800") + "8 x H8".length();
		String markdown = new EnergyTextHover(library, library.viewer()).getHoverInfo2(library.viewer(), new Region(h800, 0));
		log("hover inside the library: %s", markdown);
		assertNotNull(markdown, "no hover inside the library file");
		assertTrue(markdown.contains("H800") && markdown.contains("accelerator"), markdown);

		// F3 inside the library: `extends H100_SXM` goes to the declaration of H100_SXM in the same, reused editor
		library.selectAndReveal(text.indexOf("extends H100_SXM") + "extends H1".length(), 0);
		execute("org.jevons.ui.openDefinition");
		int declaration = text.indexOf("accelerator H100_SXM {") + "accelerator ".length();
		assertTrue(waitUntil(10_000,
				() -> ((ITextSelection) library.getSelectionProvider().getSelection()).getOffset() == declaration),
				"F3 inside the library did not go to the declaration: "
						+ ((ITextSelection) library.getSelectionProvider().getSelection()).getOffset());
		assertSame(library, UiTestSupport.page().getActiveEditor());
	}

	private static void execute(String command) throws Exception {
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(command, null);
	}

	@Test
	void typingClosesBracesAndQuotesAndIndents() {
		StyledText text = editor.viewer().getTextWidget();
		int end = editor.document().getLength();
		text.setCaretOffset(end);
		UiTestSupport.type(text, "\ndatacenter Typed {");
		assertTrue(editor.document().get().endsWith("datacenter Typed {}"), "closing brace: " + tail());
		UiTestSupport.type(text, "\npue 1.2 source \"x");
		assertTrue(tail().endsWith("{\n    pue 1.2 source \"x\"\n}"), "indent, closing quote and brace: " + tail());
		UiTestSupport.type(text, "\"\n}");
		assertTrue(tail().endsWith("{\n    pue 1.2 source \"x\"\n}\n}"),
				"typing the quote steps over it; } on an indented empty line outdents to its block: " + tail());
	}

	private String tail() {
		String all = editor.document().get();
		return all.substring(all.lastIndexOf("datacenter Typed"));
	}

	@Test
	void outlineShowsAnIconPerKind() throws Exception {
		UiTestSupport.page().showView(IPageLayout.ID_OUTLINE);
		UiTestSupport.page().activate(editor);
		EnergyOutlinePage outline = (EnergyOutlinePage) editor.getAdapter(IContentOutlinePage.class);
		assertTrue(waitUntil(10_000, () -> !outline.roots().isEmpty()), "outline empty");
		Tree tree = (Tree) outline.getControl();
		List<TreeItem> items = new java.util.ArrayList<>();
		collect(tree.getItems(), items);
		TreeItem chat = items.stream().filter(i -> i.getText().startsWith("Chat")).findFirst().orElseThrow();
		TreeItem dc = items.stream().filter(i -> i.getText().startsWith("US_East")).findFirst().orElseThrow();
		assertSame(KindIcons.of("inference").orElseThrow(), chat.getImage());
		assertSame(KindIcons.of("datacenter").orElseThrow(), dc.getImage());
	}

	private static void collect(TreeItem[] items, List<TreeItem> into) {
		for (TreeItem i : items) {
			into.add(i);
			i.setExpanded(true);
			collect(i.getItems(), into);
		}
	}
}

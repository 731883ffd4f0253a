package org.jevons.ui.tests;

import static org.jevons.ui.tests.UiTestSupport.log;
import static org.jevons.ui.tests.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.jevons.ui.editor.EnergyEditor;
import org.jevons.ui.editor.EnergySourceViewerConfiguration;
import org.jevons.ui.editor.ServerConnection;
import org.jevons.ui.hover.EnergyTextHover;
import org.jevons.ui.hyperlink.DefinitionHyperlinkDetector;
import org.jevons.ui.outline.EnergyOutlinePage;
import org.jevons.ui.outline.OutlineNode;
import org.jevons.ui.testsupport.NoLoggedErrors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The .energy editor in the real workbench window, talking to the in-process language server. */
@ExtendWith(NoLoggedErrors.class)
class EnergyEditorUITest {

	static final String MODEL = """
			package tests.editor

			import jevons.library.hardware.*
			import jevons.library.grids.*
			import jevons.library.models.*

			/* a block comment
			   over two lines */
			datacenter US_East {
			    grid USA
			    pue 1.1
			}

			inference Chat {
			    model Llama_3_3_70B
			    on 2 x H100_SXM in US_East
			    prompt 150 tokens                      source "assumed"
			    answer 880 tokens
			    batch 8
			    energy 2.0 J/token
			    requests 1M /day
			}
			""";

	private IFile file;
	private EnergyEditor editor;

	@BeforeEach
	void open() throws Exception {
		file = UiTestSupport.write(UiTestSupport.project("editor-test"), "chat.energy", MODEL);
		IEditorPart part = IDE.openEditor(UiTestSupport.page(), file);
		editor = assertInstanceOf(EnergyEditor.class, part);
		ServerConnection c = editor.connection().orElseThrow();
		assertTrue(waitUntil(120_000, () -> c.reconciles() > 0), "no diagnostics after opening");
		assertEquals(List.of(), c.diagnostics().stream().map(d -> d.getMessage().getLeft()).toList(), "the model should be valid");
	}

	@AfterEach
	void close() {
		UiTestSupport.page().closeAllEditors(false);
	}

	private IDocument document() {
		return editor.document();
	}

	private StyledText text() {
		return editor.viewer().getTextWidget();
	}

	@Test
	void typingAnErrorShowsAnAnnotationAndAMarker() throws Exception {
		ServerConnection c = editor.connection().orElseThrow();
		text().setFocus();
		text().setCaretOffset(document().get().indexOf("Llama_3_3_70B") + "Llama_3_3_70B".length());
		int before = c.reconciles();
		UiTestSupport.type(text(), "X");
		assertTrue(editor.isDirty(), "typing makes the editor dirty");
		assertTrue(editor.isSaveOnCloseNeeded(), "closing a dirty editor asks to save");
		assertNotNull(editor.getEditorInput().getPersistable(), "the editor comes back after a restart");
		assertTrue(waitUntil(15_000, () -> c.reconciles() > before && !c.diagnostics().isEmpty()), "no diagnostics after typing");
		List<String> annotations = problemAnnotations();
		log("annotations: %s", annotations);
		assertTrue(annotations.stream().anyMatch(m -> m.contains("Llama_3_3_70BX")), annotations.toString());
		assertTrue(waitUntil(15_000, () -> UiTestSupport.messages(UiTestSupport.markers(file, IMarker.SEVERITY_ERROR)).contains("Llama_3_3_70BX")),
				"no marker: " + UiTestSupport.messages(UiTestSupport.markers(file, IMarker.SEVERITY_ERROR)));
		IMarker marker = UiTestSupport.markers(file, IMarker.SEVERITY_ERROR)[0];
		assertEquals(document().get().indexOf("Llama_3_3_70BX"), marker.getAttribute(IMarker.CHAR_START, -1));
		UiTestSupport.capture(editor.getSite().getShell(), "editor-error.png");

		// backspace: clean again, marker removed
		UiTestSupport.type(text(), "\b");
		assertTrue(waitUntil(15_000, () -> c.diagnostics().isEmpty() && UiTestSupport.markers(file, IMarker.SEVERITY_ERROR).length == 0),
				"error not cleared: " + c.diagnostics());
	}

	private List<String> problemAnnotations() {
		var model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		List<String> result = new java.util.ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation a = it.next();
			if (ServerConnection.ERROR_TYPE.equals(a.getType())) {
				result.add(a.getText());
			}
		}
		return result;
	}

	private List<String> proposals(int offset) {
		EnergySourceViewerConfiguration config = (EnergySourceViewerConfiguration) editor.sourceViewerConfiguration();
		ICompletionProposal[] proposals = config.completionProcessor().computeCompletionProposals(editor.viewer(), offset);
		return Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).toList();
	}

	@Test
	void assistProposesUnitsKeywordsAndLibraryNames() throws Exception {
		IDocument doc = document();
		doc.replace(doc.getLength(), 0, "\naccelerator Chip {\n    power 700 \n}\n");
		List<String> units = proposals(doc.get().indexOf("power 700 ") + "power 700 ".length());
		log("after 'power 700 ': %s", units);
		assertTrue(units.stream().anyMatch(p -> p.equals("W") || p.startsWith("W ")), units.toString());

		// Ctrl+Space through the real content assistant: the popup lists the units
		int caret = doc.get().indexOf("power 700 ") + "power 700 ".length();
		text().setFocus();
		text().setCaretOffset(caret);
		org.eclipse.swt.widgets.Shell[] before = text().getDisplay().getShells();
		org.eclipse.jface.text.ITextOperationTarget target = editor.getAdapter(org.eclipse.jface.text.ITextOperationTarget.class);
		target.doOperation(org.eclipse.jface.text.source.ISourceViewer.CONTENTASSIST_PROPOSALS);
		org.eclipse.swt.widgets.Table[] popup = new org.eclipse.swt.widgets.Table[1];
		assertTrue(waitUntil(5_000, () -> {
			for (org.eclipse.swt.widgets.Shell shell : text().getDisplay().getShells()) {
				if (!Arrays.asList(before).contains(shell) && shell.isVisible()) {
					popup[0] = findTable(shell);
					return popup[0] != null && popup[0].getItemCount() > 0;
				}
			}
			return false;
		}), "no content assist popup");
		List<String> shown = Arrays.stream(popup[0].getItems()).map(org.eclipse.swt.widgets.TableItem::getText).toList();
		log("popup: %s", shown);
		assertTrue(shown.stream().anyMatch(p -> p.startsWith("W")), shown.toString());
		UiTestSupport.capture(editor.getSite().getShell(), "editor-assist.png");
		popup[0].getShell().close();

		int inChat = doc.get().indexOf("    batch 8");
		doc.replace(inChat, 0, "    \n");
		List<String> keywords = proposals(inChat + 4);
		log("inside an inference: %s", keywords);
		assertTrue(keywords.stream().anyMatch(p -> p.startsWith("reasoning")), keywords.toString());

		int modelAt = doc.get().indexOf("model Llama_3_3_70B") + "model ".length();
		List<String> names = proposals(modelAt);
		log("after 'model ': %s", names);
		assertTrue(names.stream().anyMatch(p -> p.contains("DeepSeek_R1")), "library models: " + names);
	}

	@Test
	void hoverShowsMeaningAndFigures() throws Exception {
		EnergyTextHover hover = new EnergyTextHover(editor, editor.viewer());
		String onDeclaration = hover.getHoverInfo(editor.viewer(), new Region(document().get().indexOf("Chat {") + 1, 0));
		log("hover on Chat: %s", onDeclaration);
		assertNotNull(onDeclaration);
		assertTrue(onDeclaration.matches("(?s).*\\d.*(Wh|J|gCO2e).*"), "a figure with its unit: " + onDeclaration);
		String onProperty = hover.getHoverInfo(editor.viewer(), new Region(document().get().indexOf("pue 1.1") + 1, 0));
		log("hover on pue: %s", onProperty);
		assertNotNull(onProperty);
	}

	@Test
	void headlineFiguresAboveTheDeclarations() throws Exception {
		var provider = new org.jevons.ui.minings.HeadlineCodeMiningProvider(editor);
		var minings = provider.provideCodeMinings(editor.viewer(), new org.eclipse.core.runtime.NullProgressMonitor())
				.get(30, java.util.concurrent.TimeUnit.SECONDS);
		List<String> labels = minings.stream().map(m -> m.getLabel()).toList();
		log("code minings: %s", labels);
		assertEquals(1, labels.size(), "one headline for the inference: " + labels);
		UiTestSupport.settle(500);
		UiTestSupport.capture(editor.getSite().getShell(), "editor-minings.png");
	}

	@Test
	void f3OpensTheDefinitionAlsoInTheLibrary() throws Exception {
		int at = document().get().indexOf("H100_SXM") + 2;
		assertNotNull(new DefinitionHyperlinkDetector(editor).detectHyperlinks(editor.viewer(), new Region(at, 0), false),
				"Ctrl+click hyperlink");
		editor.reveal(at, 0);
		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
		handlers.executeCommand("org.jevons.ui.openDefinition", null);
		assertTrue(waitUntil(10_000, () -> UiTestSupport.page().getActiveEditor() != editor), "no editor opened");
		EnergyEditor library = assertInstanceOf(EnergyEditor.class, UiTestSupport.page().getActiveEditor());
		assertEquals("hardware.energy", library.getEditorInput().getName());
		assertFalse(library.isEditable(), "the library is read only");
		ITextSelection selection = (ITextSelection) library.getSelectionProvider().getSelection();
		assertEquals("H100_SXM", selection.getText());

		// within the workspace: US_East from its use
		UiTestSupport.page().activate(editor);
		editor.reveal(document().get().indexOf("in US_East") + 5, 0);
		handlers.executeCommand("org.jevons.ui.openDefinition", null);
		ITextSelection local = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals(document().get().indexOf("US_East {"), local.getOffset());
	}

	@Test
	void outlineListsTheDeclarationsAndLinksToTheEditor() throws Exception {
		UiTestSupport.page().showView(IPageLayout.ID_OUTLINE);
		UiTestSupport.page().activate(editor);
		EnergyOutlinePage outline = (EnergyOutlinePage) editor.getAdapter(IContentOutlinePage.class);
		assertTrue(waitUntil(10_000, () -> flatten(outline.roots()).size() >= 2), "outline empty");
		List<String> names = flatten(outline.roots()).stream().map(OutlineNode::name).toList();
		log("outline: %s", names);
		assertTrue(names.contains("US_East") && names.contains("Chat"), names.toString());
		OutlineNode chat = flatten(outline.roots()).stream().filter(n -> n.name().equals("Chat")).findFirst().orElseThrow();
		outline.setSelection(new org.eclipse.jface.viewers.StructuredSelection(chat));
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals("Chat", selection.getText());
	}

	@Test
	void colouringFoldingToggleCommentAndFormat() throws Exception {
		StyledText text = text();
		StyleRange keyword = text.getStyleRangeAtOffset(document().get().indexOf("inference Chat"));
		assertNotNull(keyword, "keyword coloured");
		assertEquals(SWT.BOLD, keyword.fontStyle & SWT.BOLD);
		StyleRange unit = text.getStyleRangeAtOffset(document().get().indexOf("J/token"));
		StyleRange number = text.getStyleRangeAtOffset(document().get().indexOf("2.0 J"));
		StyleRange comment = text.getStyleRangeAtOffset(document().get().indexOf("over two lines"));
		StyleRange string = text.getStyleRangeAtOffset(document().get().indexOf("\"assumed\""));
		StyleRange reference = text.getStyleRangeAtOffset(document().get().indexOf("Llama_3_3_70B"));
		for (StyleRange r : new StyleRange[] { unit, number, comment, string, reference }) {
			assertNotNull(r);
			assertNotNull(r.foreground);
		}
		assertFalse(unit.foreground.equals(number.foreground), "units and numbers differ");
		assertEquals(SWT.ITALIC, reference.fontStyle & SWT.ITALIC);

		var matcher = new org.eclipse.jface.text.source.DefaultCharacterPairMatcher(new char[] { '{', '}' },
				org.jevons.ui.highlighting.EnergyPartitions.PARTITIONING, true);
		int open = document().get().indexOf("Chat {") + "Chat ".length();
		var pair = matcher.match(document(), open + 1);
		assertNotNull(pair, "matching brace");
		assertEquals('}', document().getChar(pair.getOffset() + pair.getLength() - 1));

		ProjectionViewer viewer = (ProjectionViewer) editor.viewer();
		assertTrue(waitUntil(5_000, () -> count(viewer) >= 3), "folding regions: comment, datacenter, inference");

		IDocument doc = document();
		int line = doc.getLineOfOffset(doc.get().indexOf("    batch 8"));
		editor.reveal(doc.getLineOffset(line) + 4, 0);
		IHandlerService commands = PlatformUI.getWorkbench().getService(IHandlerService.class);
		commands.executeCommand("org.jevons.ui.toggleComment", null); // Ctrl+/
		assertTrue(doc.get().contains("    // batch 8"), doc.get());
		org.jevons.ui.comment.ToggleCommentHandler.toggle(doc, line, line);
		assertTrue(doc.get().contains("\n    batch 8"), doc.get());

		doc.replace(doc.get().indexOf("    batch 8"), 4, "          ");
		ServerConnection c = editor.connection().orElseThrow();
		editor.reveal(0, 0);
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.jevons.ui.format", null);
		log("after format:%n%s", doc.get());
		assertTrue(doc.get().contains("\n    batch 8\n"), "format re-indents: " + doc.get());
		assertTrue(waitUntil(10_000, () -> c.diagnostics().isEmpty()), c.diagnostics().toString());
	}

	private static org.eclipse.swt.widgets.Table findTable(org.eclipse.swt.widgets.Composite c) {
		for (org.eclipse.swt.widgets.Control child : c.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Table t) {
				return t;
			}
			if (child instanceof org.eclipse.swt.widgets.Composite cc) {
				org.eclipse.swt.widgets.Table t = findTable(cc);
				if (t != null) {
					return t;
				}
			}
		}
		return null;
	}

	private static List<OutlineNode> flatten(List<OutlineNode> nodes) {
		List<OutlineNode> all = new java.util.ArrayList<>();
		for (OutlineNode n : nodes) {
			all.add(n);
			all.addAll(flatten(n.children()));
		}
		return all;
	}

	private static int count(ProjectionViewer viewer) {
		int n = 0;
		for (Iterator<Annotation> it = viewer.getProjectionAnnotationModel().getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof ProjectionAnnotation) {
				n++;
			}
		}
		return n;
	}
}

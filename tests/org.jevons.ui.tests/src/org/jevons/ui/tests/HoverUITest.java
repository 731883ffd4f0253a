package org.jevons.ui.tests;

import static org.jevons.ui.tests.UiTestSupport.log;
import static org.jevons.ui.tests.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.Region;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.ide.IDE;
import org.jevons.ui.editor.EnergyEditor;
import org.jevons.ui.editor.ServerConnection;
import org.jevons.ui.hover.EnergyTextHover;
import org.jevons.ui.hover.StyledHoverControl;
import org.jevons.ui.testsupport.NoLoggedErrors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Hovers wrap, put one property on a line with its source muted below, render the Markdown, and name targets. */
@ExtendWith(NoLoggedErrors.class)
class HoverUITest {
	static final String MODEL = EnergyEditorUITest.MODEL.replace("package tests.editor", "package tests.hover")
			+ "expect Chat energy per request <= 5 Wh\n";

	private EnergyEditor editor;
	private EnergyTextHover hover;

	@BeforeEach
	void open() throws Exception {
		IFile file = UiTestSupport.write(UiTestSupport.project("hover-test"), "hover.energy", MODEL);
		editor = assertInstanceOf(EnergyEditor.class, IDE.openEditor(UiTestSupport.page(), file));
		ServerConnection c = editor.connection().orElseThrow();
		assertTrue(waitUntil(120_000, () -> c.reconciles() > 0), "no diagnostics after opening");
		hover = new EnergyTextHover(editor, editor.viewer());
	}

	@AfterEach
	void close() {
		UiTestSupport.page().closeAllEditors(false);
	}

	private String markdownAt(String text, int into) {
		String markdown = hover.getHoverInfo2(editor.viewer(), new Region(editor.document().get().indexOf(text) + into, 0));
		assertNotNull(markdown, "no hover on " + text);
		return markdown;
	}

	@Test
	void libraryDeclarationHoverWrapsAndShowsOnePropertyALineWithItsSourceMuted() throws Exception {
		String markdown = markdownAt("H100_SXM", 2);
		StyledHoverControl control = assertInstanceOf(StyledHoverControl.class,
				hover.getHoverControlCreator().createInformationControl(editor.getSite().getShell()));
		try {
			control.setInput(markdown);
			String shown = control.shownText();
			log("hover on H100_SXM:%n%s", shown);
			assertFalse(shown.contains("**") || shown.contains("`"), "Markdown is rendered, not shown: " + shown);
			List<String> lines = shown.lines().toList();
			int power = indexOfPrefix(lines, "• power 700 W");
			assertTrue(power >= 0, "one property a line: " + shown);
			assertTrue(lines.get(power + 1).strip().startsWith("source: NVIDIA H100 datasheet"), "its source below: " + shown);

			StyledText text = control.textWidget();
			assertTrue((text.getStyle() & SWT.WRAP) != 0, "the hover wraps");
			int source = shown.indexOf("source: NVIDIA H100 datasheet");
			StyleRange muted = text.getStyleRangeAtOffset(source + 3);
			assertNotNull(muted, "the source is styled");
			assertNotNull(muted.foreground);
			assertNotEquals(text.getForeground().getRGB(), muted.foreground.getRGB(), "the source is muted");
			StyleRange title = text.getStyleRangeAtOffset(shown.indexOf("accelerator"));
			assertTrue(title != null && (title.fontStyle & SWT.BOLD) != 0, "the kind is bold");

			Point natural = text.computeSize(SWT.DEFAULT, SWT.DEFAULT);
			Point hint = control.computeSizeHint();
			log("hover size %s (unwrapped text %s)", hint, natural);
			assertTrue(hint.x < natural.x, "long lines wrap instead of running off: " + hint + " vs " + natural);
			control.setSize(hint.x, hint.y);
			control.setLocation(new Point(40, 40));
			control.setVisible(true);
			UiTestSupport.settle(300);
			int textHeight = text.computeSize(text.getClientArea().width, SWT.DEFAULT).y;
			assertTrue(textHeight <= text.getSize().y + 2, "everything fits: " + textHeight + " > " + text.getSize().y);
			UiTestSupport.capture(editor.getSite().getShell(), "hover-library.png");
		} finally {
			control.dispose();
		}
	}

	@Test
	void hoverOnAReferenceInsideAnExpectShowsTheReferencedInference() {
		String markdown = markdownAt("Chat energy per request", 1);
		log("hover in expect: %s", markdown);
		assertTrue(markdown.contains("**inference** `Chat`"), markdown);
		assertFalse(markdown.contains("**expect**"), markdown);
	}

	@Test
	void problemsAndPlainTextHaveNoMarkup() {
		String plain = hover.getHoverInfo(editor.viewer(), new Region(editor.document().get().indexOf("Chat {") + 1, 0));
		assertNotNull(plain);
		assertFalse(plain.contains("**") || plain.contains("`"), plain);
		assertTrue(Arrays.stream(plain.split("\n")).anyMatch(l -> l.startsWith("inference Chat")), plain);
	}

	private static int indexOfPrefix(List<String> lines, String prefix) {
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).startsWith(prefix)) {
				return i;
			}
		}
		return -1;
	}
}

package org.jevons.ui.hover;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.text.AbstractInformationControl;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.IInformationControlExtension2;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

/**
 * A hover that wraps at a readable width and shows the server's Markdown styled ({@link StyledMarkdown}): bold,
 * code in the editor's font, sources and notes muted. Input: the Markdown string.
 */
public final class StyledHoverControl extends AbstractInformationControl implements IInformationControlExtension2 {

	/** Hovers wrap at about this many characters (or the screen, if narrower). */
	static final int WRAP_COLUMNS = 90;

	private @Nullable StyledText text;

	public StyledHoverControl(Shell parent, @Nullable String statusFieldText) {
		super(parent, statusFieldText);
		create();
	}

	/** The focused, resizable hover (F2). */
	private StyledHoverControl(Shell parent) {
		super(parent, true);
		create();
	}

	public static IInformationControlCreator creator() {
		return parent -> new StyledHoverControl(parent, "Press 'F2' for focus");
	}

	@Override
	protected void createContent(Composite parent) {
		StyledText t = new StyledText(parent, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP);
		t.setForeground(parent.getForeground());
		t.setBackground(parent.getBackground());
		t.setFont(JFaceResources.getDialogFont());
		t.setMargins(4, 2, 4, 2);
		text = t;
	}

	public StyledText textWidget() {
		StyledText t = text;
		if (t == null) {
			throw new IllegalStateException("not created");
		}
		return t;
	}

	@Override
	public void setInput(@Nullable Object input) {
		setInformation(input == null ? "" : input.toString());
	}

	@Override
	public void setInformation(String markdown) {
		StyledMarkdown.Rendered rendered = StyledMarkdown.render(markdown);
		StyledText t = textWidget();
		t.setText(rendered.text());
		t.setStyleRanges(styleRanges(rendered, t.getForeground()));
	}

	/**
	 * SWT's style ranges of rendered Markdown (also the help pages'). Spans may nest (code inside bold): they are
	 * flattened into sorted, disjoint ranges.
	 */
	public static StyleRange[] styleRanges(StyledMarkdown.Rendered rendered, Color foreground) {
		int length = rendered.text().length();
		int[] flags = new int[length];
		for (StyledMarkdown.Span s : rendered.spans()) {
			for (int i = s.start(); i < Math.min(length, s.start() + s.length()); i++) {
				flags[i] |= 1 << s.style().ordinal();
			}
		}
		java.util.List<StyleRange> ranges = new java.util.ArrayList<>();
		int start = 0;
		for (int i = 1; i <= length; i++) {
			if (i == length || flags[i] != flags[start]) {
				if (flags[start] != 0) {
					ranges.add(range(start, i - start, flags[start], foreground));
				}
				start = i;
			}
		}
		return ranges.toArray(StyleRange[]::new);
	}

	private static StyleRange range(int start, int length, int flags, Color foreground) {
		StyleRange r = new StyleRange();
		r.start = start;
		r.length = length;
		if ((flags & (1 << StyledMarkdown.Style.BOLD.ordinal())) != 0) {
			r.fontStyle |= SWT.BOLD;
		}
		if ((flags & (1 << StyledMarkdown.Style.CODE.ordinal())) != 0) {
			r.font = JFaceResources.getTextFont();
		}
		if ((flags & (1 << StyledMarkdown.Style.MUTED.ordinal())) != 0) {
			r.foreground = muted(foreground);
		}
		return r;
	}

	/** The hover's text colour halfway to grey: readable, but clearly secondary. */
	private static Color muted(Color foreground) {
		return new Color((foreground.getRed() + 128) / 2, (foreground.getGreen() + 128) / 2,
				(foreground.getBlue() + 128) / 2);
	}

	@Override
	public Point computeSizeHint() {
		StyledText t = textWidget();
		GC gc = new GC(t);
		int wrapWidth;
		try {
			wrapWidth = (int) (gc.getFontMetrics().getAverageCharacterWidth() * WRAP_COLUMNS);
		} finally {
			gc.dispose();
		}
		wrapWidth = Math.min(wrapWidth, t.getDisplay().getClientArea().width / 2);
		Point natural = t.computeSize(SWT.DEFAULT, SWT.DEFAULT, true);
		int width = Math.min(natural.x, wrapWidth);
		Point size = t.computeSize(width, SWT.DEFAULT, true);
		org.eclipse.swt.graphics.Rectangle trim = computeTrim();
		return new Point(size.x + trim.width, size.y + trim.height);
	}

	@Override
	public boolean hasContents() {
		return text != null && !textWidget().getText().isEmpty();
	}

	@Override
	public IInformationControlCreator getInformationPresenterControlCreator() {
		return StyledHoverControl::new;
	}

	/** The text shown (tests). */
	public String shownText() {
		return textWidget().getText();
	}
}

package org.jevons.ui.navigation;

import java.util.Map;
import java.util.Optional;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ImageRegistry;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

/**
 * One icon per kind of declaration (outline, Quick Outline): a coloured tile with the kind's initial, drawn at the
 * 100 % (SWT scales it for other zooms) and kept in JFace's image registry (disposed with the display).
 */
public final class KindIcons {
	private static final Map<String, RGB> COLOURS = Map.ofEntries(Map.entry("model", new RGB(120, 80, 170)),
			Map.entry("accelerator", new RGB(60, 120, 60)), Map.entry("node", new RGB(90, 140, 60)),
			Map.entry("datacenter", new RGB(40, 120, 150)), Map.entry("grid", new RGB(160, 130, 30)),
			Map.entry("training", new RGB(200, 90, 30)), Map.entry("inference", new RGB(40, 90, 180)),
			Map.entry("projection", new RGB(180, 50, 90)), Map.entry("sweep", new RGB(110, 110, 110)),
			Map.entry("compare", new RGB(30, 140, 130)), Map.entry("expect", new RGB(170, 40, 40)),
			Map.entry("package", new RGB(130, 110, 80)));
	private static final RGB TRANSPARENT = new RGB(255, 0, 255);

	private KindIcons() {
	}

	/** The kinds that have an icon: the declaration keywords of the language. */
	public static java.util.Set<String> kinds() {
		return COLOURS.keySet();
	}

	/** The icon of a declaration keyword ({@code training}, ...); empty for anything else. UI thread. */
	public static Optional<Image> of(String keyword) {
		RGB colour = COLOURS.get(keyword);
		if (colour == null) {
			return Optional.empty();
		}
		ImageRegistry registry = JFaceResources.getImageRegistry();
		String key = "org.jevons.ui.kind." + keyword;
		if (registry.getDescriptor(key) == null) {
			String letter = keyword.substring(0, 1).toUpperCase(java.util.Locale.ROOT);
			registry.put(key, ImageDescriptor.createFromImageDataProvider(zoom -> zoom == 100 ? draw(letter, colour) : null));
		}
		return Optional.ofNullable(registry.get(key));
	}

	private static ImageData draw(String letter, RGB colour) {
		Display display = Display.getCurrent();
		int size = 16;
		Image image = new Image(display, size, size);
		GC gc = new GC(image);
		try {
			gc.setBackground(new Color(TRANSPARENT));
			gc.fillRectangle(0, 0, size, size);
			gc.setBackground(new Color(colour));
			gc.fillRoundRectangle(1, 1, size - 2, size - 2, size / 3, size / 3);
			gc.setForeground(new Color(255, 255, 255));
			gc.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
			var extent = gc.textExtent(letter);
			gc.setAntialias(SWT.OFF); // antialiased edges against magenta would show as a fringe
			gc.drawText(letter, (size - extent.x) / 2, (size - extent.y) / 2, true);
		} finally {
			gc.dispose();
		}
		ImageData data = image.getImageData();
		image.dispose();
		data.transparentPixel = data.palette.getPixel(TRANSPARENT);
		return data;
	}
}

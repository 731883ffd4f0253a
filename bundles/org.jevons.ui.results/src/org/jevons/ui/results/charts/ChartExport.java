package org.jevons.ui.results.charts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swtchart.Chart;
import org.jevons.ui.results.model.ChartModel;

/** A chart to PNG (the SWTChart widget printed into an image, saved by ImageLoader) or SVG (from its model). */
public final class ChartExport {
	private ChartExport() {
	}

	/** The chart as it is laid out on screen (UI thread). */
	public static void png(Chart chart, Path file) throws IOException {
		Point size = chart.getSize();
		if (size.x < 1 || size.y < 1) {
			throw new IOException("the chart is not laid out (" + size.x + "×" + size.y + ")");
		}
		Image image = new Image(chart.getDisplay(), size.x, size.y);
		try {
			GC gc = new GC(image);
			try {
				chart.print(gc);
			} finally {
				gc.dispose();
			}
			ImageData data = image.getImageData();
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { data };
			createParent(file);
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			image.dispose();
		}
	}

	public static void svg(ChartModel model, Path file) throws IOException {
		createParent(file);
		Files.writeString(file, SvgChart.of(model), StandardCharsets.UTF_8);
	}

	private static void createParent(Path file) throws IOException {
		Path parent = file.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
	}
}

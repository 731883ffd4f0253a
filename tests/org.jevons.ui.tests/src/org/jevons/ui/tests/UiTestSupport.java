package org.jevons.ui.tests;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.jevons.ui.markers.DiagnosticMarkers;
import org.jevons.ui.testsupport.UiWait;

/** Event-loop friendly waiting, typing, workspace files and screenshots for tests on the UI thread. */
final class UiTestSupport {

	private UiTestSupport() {
	}

	static boolean waitUntil(long timeoutMillis, BooleanSupplier condition) {
		return UiWait.waitUntil(timeoutMillis, condition);
	}

	static void settle(long millis) {
		UiWait.settle(millis);
	}

	static IWorkbenchPage page() {
		return UiWait.page();
	}

	static IProject project(String name) throws CoreException {
		return UiWait.project(name);
	}

	static IFile write(IProject project, String name, String text) throws CoreException {
		IFile file = project.getFile(name);
		ByteArrayInputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(in, IResource.FORCE, null);
		} else {
			file.create(in, true, null);
		}
		return file;
	}

	/** Types like a keyboard: KeyDown events into the StyledText (auto-indent, verify listeners run). */
	static void type(StyledText text, String chars) {
		for (char c : chars.toCharArray()) {
			Event key = new Event();
			key.type = SWT.KeyDown;
			key.character = c == '\n' ? SWT.CR : c;
			key.keyCode = c == '\n' ? SWT.CR : c;
			text.notifyListeners(SWT.KeyDown, key);
			settle(10);
		}
	}

	static IMarker[] markers(IFile file, int severity) {
		try {
			return Arrays.stream(file.findMarkers(DiagnosticMarkers.TYPE, true, IResource.DEPTH_ZERO))
					.filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == severity).toArray(IMarker[]::new);
		} catch (CoreException e) {
			return new IMarker[0];
		}
	}

	static String messages(IMarker[] markers) {
		return String.join(" | ", Arrays.stream(markers).map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList());
	}

	static Path shotsDir() throws Exception {
		Path dir = Path.of(System.getProperty("jevons.shotsDir", "target/shots"));
		Files.createDirectories(dir);
		return dir;
	}

	/** The shell as the X server shows it (SWT GC copy). */
	static Path capture(Shell shell, String fileName) throws Exception {
		Path target = shotsDir().resolve(fileName);
		Display display = shell.getDisplay();
		settle(300);
		Rectangle b = shell.getBounds();
		Image image = new Image(display, b.width, b.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, b.x, b.y);
		} finally {
			gc.dispose();
		}
		ImageData data = image.getImageData();
		image.dispose();
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { data };
		loader.save(target.toString(), SWT.IMAGE_PNG);
		log("screenshot %s", target);
		return target;
	}

	static void log(String fmt, Object... args) {
		System.out.println("[UI-TEST] " + String.format(fmt, args));
	}
}

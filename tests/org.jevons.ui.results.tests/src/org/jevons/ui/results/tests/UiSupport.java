package org.jevons.ui.results.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.jevons.analysis.Settings;
import org.jevons.ui.results.run.AnalysisJob;
import org.jevons.ui.results.run.AnalysisRun;
import org.jevons.ui.testsupport.UiWait;

/** Event-loop friendly waiting, workspace fixtures and screenshots for tests running on the UI thread. */
final class UiSupport {
	static final String DEEPSEEK = "deepseek";

	private UiSupport() {
	}

	static Path basedir() {
		return Path.of(System.getProperty("jevons.testBasedir", "."));
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

	/** A project holding copies of the files of a folder of the repository's examples. */
	static IProject project(String name, Path folder) throws CoreException, IOException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		try (Stream<Path> files = Files.list(folder)) {
			for (Path f : files.filter(p -> p.toString().endsWith(".energy")).sorted().toList()) {
				IFile file = project.getFile(f.getFileName().toString());
				String text = Files.readString(f);
				if (!file.exists() || !file.getLocation().toFile().exists()
						|| !Files.readString(file.getLocation().toPath()).equals(text)) {
					write(file, text); // unchanged files are not rewritten: that would re-analyse on save
				}
			}
		}
		return project;
	}

	static IFile write(IFile file, String text) throws CoreException {
		ByteArrayInputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(in, IResource.FORCE, null);
		} else {
			file.create(in, true, null);
		}
		return file;
	}

	/** Runs an analysis job to its end, spinning the event loop; the view listeners have run when it returns. */
	static AnalysisRun analyse(List<? extends IResource> scope) {
		AnalysisJob job = new AnalysisJob(scope, Settings.defaults());
		job.schedule();
		assertTrue(waitUntil(180_000, () -> job.getResult() != null), "analysis did not finish");
		assertTrue(job.getResult().isOK(), "analysis failed: " + job.getResult());
		settle(200); // the asyncExec that updates the views
		return job.run().orElseThrow();
	}

	static void joinAnalyses() {
		waitUntil(180_000, () -> Job.getJobManager().find(AnalysisJob.FAMILY).length == 0);
		settle(200);
	}

	/** Where screenshots go (-Djevons.screenshots=DIR), if anywhere. */
	static Optional<Path> screenshots() {
		String dir = System.getProperty("jevons.screenshots", "");
		return dir.isBlank() || dir.equals("null") ? Optional.empty() : Optional.of(Path.of(dir));
	}

	/** A screenshot of the shell area of the X screen (GC.copyArea), when screenshots are asked for. */
	static void capture(Shell shell, String fileName) throws IOException {
		capture(shell, fileName, null);
	}

	/** With a control printed over its place (SWTChart's plot areas are not on a screen copy under Xvfb). */
	static void capture(Shell shell, String fileName, org.eclipse.swt.widgets.Control overlay) throws IOException {
		Optional<Path> dir = screenshots();
		if (dir.isEmpty()) {
			return;
		}
		Files.createDirectories(dir.get());
		shell.forceActive();
		settle(400);
		Rectangle b = shell.getBounds();
		Image image = new Image(shell.getDisplay(), b.width, b.height);
		// the shell printed into an image renders SWTChart's buffered plot areas, which a screen copy may miss
		GC gc = new GC(image);
		try {
			if (!shell.print(gc)) {
				gc.dispose();
				gc = new GC(shell.getDisplay());
				gc.copyArea(image, b.x, b.y);
			}
		} finally {
			gc.dispose();
		}
		if (overlay != null) {
			org.eclipse.swt.graphics.Point size = overlay.getSize();
			org.eclipse.swt.graphics.Point at = shell.getDisplay().map(overlay.getParent(), shell, overlay.getLocation());
			Rectangle client = shell.getClientArea();
			org.eclipse.swt.graphics.Point origin = shell.getDisplay().map(shell, null, client.x, client.y);
			Image printed = new Image(shell.getDisplay(), size.x, size.y);
			GC pgc = new GC(printed);
			try {
				overlay.print(pgc);
			} finally {
				pgc.dispose();
			}
			GC igc = new GC(image);
			try {
				igc.drawImage(printed, origin.x - b.x + at.x, origin.y - b.y + at.y);
			} finally {
				igc.dispose();
				printed.dispose();
			}
		}
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { image.getImageData() };
		image.dispose();
		loader.save(dir.get().resolve(fileName).toString(), SWT.IMAGE_PNG);
		System.out.println("[results-ui-test] screenshot " + dir.get().resolve(fileName));
	}
}

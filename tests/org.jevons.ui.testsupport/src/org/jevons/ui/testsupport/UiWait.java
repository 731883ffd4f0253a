package org.jevons.ui.testsupport;

import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

/** Event-loop friendly waiting and workspace fixtures for tests that run on the UI thread. */
public final class UiWait {

	private UiWait() {
	}

	/** Spins the event loop until the condition holds (no fixed sleeps); false on timeout. */
	public static boolean waitUntil(long timeoutMillis, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + timeoutMillis;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				return false;
			}
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(2);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return false;
				}
			}
		}
		return true;
	}

	/** Lets the event loop run for a while (paints, async updates). */
	public static void settle(long millis) {
		waitUntil(millis, () -> false);
	}

	public static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** An open project of this name, created when missing. */
	public static IProject project(String name) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		return project;
	}
}

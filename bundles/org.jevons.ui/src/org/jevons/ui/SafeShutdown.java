package org.jevons.ui;

import java.time.Duration;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Nothing the user saved may be lost on exit. The workbench's jobs that change the workspace (problem markers,
 * analyses and their expect markers) belong to {@link #WORKSPACE_JOBS}; after the editors were saved, the shutdown
 * stops them from being scheduled, cancels those still pending or running, waits for them to end and only then saves
 * the workspace — so no marker change lands after the save and the next start finds a cleanly saved workspace.
 */
public final class SafeShutdown {
	/** The job family of every Jevons job that changes the workspace. */
	public static final Object WORKSPACE_JOBS = SafeShutdown.class;

	private static volatile boolean quiet;

	private SafeShutdown() {
	}

	/** False once the shutdown has begun: jobs of {@link #WORKSPACE_JOBS} then refuse to run ({@code shouldRun}). */
	public static boolean allowsWorkspaceChanges() {
		return !quiet;
	}

	/**
	 * Stops the workspace jobs (cancel, then wait at most {@code timeout} for running ones to end) and saves the
	 * workspace (a full save, as the IDE does on exit).
	 */
	public static IStatus quiesceAndSave(Duration timeout) {
		quiet = true;
		Job.getJobManager().cancel(WORKSPACE_JOBS);
		long deadline = System.nanoTime() + timeout.toNanos();
		while (Job.getJobManager().find(WORKSPACE_JOBS).length > 0 && System.nanoTime() < deadline) {
			try {
				Thread.sleep(20);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		int left = Job.getJobManager().find(WORKSPACE_JOBS).length;
		if (left > 0) {
			JevonsUi.warning(left + " Jevons jobs still running at exit; saving the workspace anyway");
		}
		try {
			return ResourcesPlugin.getWorkspace().save(true, null);
		} catch (CoreException e) {
			return e.getStatus();
		}
	}

	/** Lets the workspace jobs run again (an exit that was vetoed later; tests). */
	public static void resume() {
		quiet = false;
	}
}

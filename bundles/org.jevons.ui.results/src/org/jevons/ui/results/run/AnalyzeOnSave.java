package org.jevons.ui.results.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.jobs.Job;
import org.jevons.ui.SafeShutdown;
import org.jevons.ui.preferences.JevonsPreferences;

/**
 * Re-analysis on save: once something was analysed, saving a .energy file of the same scope runs the analysis of
 * that scope again (after a short delay, so that "save all" runs it once), cancelling a re-analysis still running.
 */
public final class AnalyzeOnSave implements IResourceChangeListener {
	static final long DELAY_MILLIS = 300;
	private static final AnalyzeOnSave INSTANCE = new AnalyzeOnSave();
	private static boolean watching;

	private volatile Optional<Job> pending = Optional.empty();

	private AnalyzeOnSave() {
	}

	/** Starts listening to the workspace (once). */
	static synchronized void watch() {
		if (!watching) {
			watching = true;
			ResourcesPlugin.getWorkspace().addResourceChangeListener(INSTANCE, IResourceChangeEvent.POST_CHANGE);
		}
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		Optional<AnalysisRun> latest = ResultsStore.get().latest();
		IResourceDelta delta = event.getDelta();
		if (latest.isEmpty() || delta == null || !SafeShutdown.allowsWorkspaceChanges()) {
			return;
		}
		List<IResource> saved = new ArrayList<>();
		try {
			delta.accept(d -> {
				if (AnalysisTargets.isEnergy(d.getResource()) && (d.getKind() == IResourceDelta.ADDED
						|| (d.getKind() == IResourceDelta.CHANGED && (d.getFlags() & IResourceDelta.CONTENT) != 0))) {
					saved.add(d.getResource());
				}
				return true;
			});
		} catch (CoreException e) {
			ILog.of(getClass()).log(e.getStatus());
			return;
		}
		if (saved.stream().anyMatch(latest.get()::covers)) {
			reanalyse(latest.get());
		}
	}

	private void reanalyse(AnalysisRun run) {
		pending.ifPresent(Job::cancel);
		// the preferences of now, not those of the run being repeated
		AnalysisJob job = new AnalysisJob(run.scope(), JevonsPreferences.settings(), JevonsPreferences.sampleRule());
		job.setUser(false);
		pending = Optional.of(job);
		job.schedule(DELAY_MILLIS);
	}
}

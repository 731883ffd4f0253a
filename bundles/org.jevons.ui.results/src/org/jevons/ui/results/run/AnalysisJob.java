package org.jevons.ui.results.run;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.jevons.analysis.Cancellation;
import org.jevons.analysis.Settings;
import org.jevons.analysis.engine.AdaptiveSampling;
import org.jevons.ui.SafeShutdown;
import org.jevons.ui.results.markers.ExpectMarkers;

/**
 * Analyses the .energy files of a selection in the background. The engine runs on a worker thread of its own while
 * this job polls its monitor: on cancel the job returns {@link Status#CANCEL_STATUS} at once and asks the engine to
 * stop through its {@link Cancellation}, which it does at its next block of samples or sweep points. The result
 * reaches the views through {@link ResultsStore} (asyncExec, never syncExec).
 */
public final class AnalysisJob extends Job {
	/** The family of every analysis job ({@link org.eclipse.core.runtime.jobs.IJobManager#find(Object)}). */
	public static final Object FAMILY = AnalysisJob.class;
	private static final long POLL_MILLIS = 50;
	private static final AtomicInteger WORKERS = new AtomicInteger();
	private static final ExecutorService EXECUTOR = Executors.newCachedThreadPool(r -> {
		Thread t = new Thread(r, "Jevons analysis " + WORKERS.incrementAndGet());
		t.setDaemon(true);
		t.setPriority(Thread.NORM_PRIORITY - 1);
		return t;
	});

	private final List<IResource> scope;
	private final Settings settings;
	private final Optional<AdaptiveSampling.Rule> sampleRule;
	private volatile Optional<AnalysisRun> run = Optional.empty();
	private volatile String phase = "";

	/** A run with the settings' number of samples. */
	public AnalysisJob(List<? extends IResource> scope, Settings settings) {
		this(scope, settings, Optional.empty());
	}

	/**
	 * @param sampleRule when present, the number of samples is chosen by this rule (the settings' count is ignored),
	 *                   as {@code jevons analyze --samples auto} does
	 */
	public AnalysisJob(List<? extends IResource> scope, Settings settings,
			Optional<AdaptiveSampling.Rule> sampleRule) {
		super("Analysing " + describe(scope));
		this.scope = List.copyOf(scope);
		this.settings = settings;
		this.sampleRule = sampleRule;
		setUser(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY || family == SafeShutdown.WORKSPACE_JOBS;
	}

	/** Not once the workbench shuts down: the expect markers would change the workspace after its last save. */
	@Override
	public boolean shouldRun() {
		return SafeShutdown.allowsWorkspaceChanges();
	}

	/** The Monte Carlo settings this run uses (read from the preferences when it was scheduled). */
	public Settings settings() {
		return settings;
	}

	public List<IResource> scope() {
		return scope;
	}

	/** The run this job produced, once it finished with OK. */
	public Optional<AnalysisRun> run() {
		return run;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
		List<IFile> files;
		try {
			files = AnalysisTargets.energyFiles(scope);
		} catch (CoreException e) {
			return e.getStatus();
		}
		if (files.isEmpty()) {
			return Status.info("No .energy files in " + describe(scope));
		}
		Cancellation cancellation = new Cancellation();
		Settings stoppable = settings.withCancellation(cancellation);
		Future<AnalysisRun> future = EXECUTOR.submit(() -> AnalysisEngine.run(scope, files, stoppable, sampleRule,
				p -> phase = p));
		String shown = "";
		while (true) {
			try {
				AnalysisRun done = future.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
				progress.setWorkRemaining(10);
				ExpectMarkers.update(done, progress.split(5));
				run = Optional.of(done);
				ResultsStore.get().publish(done);
				AnalyzeOnSave.watch();
				return Status.OK_STATUS;
			} catch (TimeoutException e) {
				if (progress.isCanceled()) {
					cancellation.cancel(); // the engine stops at its next block of samples or sweep points
					future.cancel(true);
					return Status.CANCEL_STATUS;
				}
				if (!phase.equals(shown)) {
					shown = phase;
					progress.subTask(shown);
					progress.worked(10);
				}
			} catch (InterruptedException e) {
				cancellation.cancel();
				future.cancel(true);
				Thread.currentThread().interrupt();
				return Status.CANCEL_STATUS;
			} catch (ExecutionException e) {
				Throwable cause = e.getCause() == null ? e : e.getCause();
				if (cause instanceof OutOfMemoryError) {
					// a refused job, not a defect: say what to change, no stack trace
					return Status.error(outOfMemory(settings.samples()));
				}
				return Status.error("Analysis of " + describe(scope) + " failed: " + cause, cause);
			} catch (CoreException e) {
				return e.getStatus();
			}
		}
	}

	/** What to do when the engine ran out of memory. */
	public static String outOfMemory(int samples) {
		long maxMiB = Runtime.getRuntime().maxMemory() / (1024 * 1024);
		return "Not enough memory to analyse with " + String.format(java.util.Locale.ROOT, "%,d", samples)
				+ " Monte Carlo samples (the workbench may use " + maxMiB + " MiB). Lower the samples in Window > "
				+ "Preferences > Jevons, or start the workbench with more memory (JEVONS_HEAP, e.g. JEVONS_HEAP=8g).";
	}

	static String describe(List<? extends IResource> scope) {
		if (scope.isEmpty()) {
			return "nothing";
		}
		String first = scope.get(0).getFullPath().makeRelative().toString();
		return scope.size() == 1 ? first : first + " and " + (scope.size() - 1) + " more";
	}
}

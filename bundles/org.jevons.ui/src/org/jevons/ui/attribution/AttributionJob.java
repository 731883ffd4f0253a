package org.jevons.ui.attribution;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.jevons.attribution.Plan;
import org.jevons.attribution.Usage;
import org.jevons.attribution.duckdb.AttributionException;
import org.jevons.attribution.duckdb.DuckDbAttribution;
import org.jevons.attribution.duckdb.ScanProgress;
import org.jevons.attribution.load.UsageBuilder;
import org.jevons.dsl.workspace.EnergyWorkspace;
import org.jevons.dsl.workspace.Problem;

/**
 * Attributes one usage log with the {@code .energy} files of its project, as {@code jevons attribute LOG --by
 * day,workload} does (the same loader, mapping and embedded DuckDB path). Progress is the rows read; cancel stops the
 * scan at its next chunk of rows and nothing is shown. A run that cannot start (errors in the models, no usage
 * mapping, a column not in the log) is a summary that says why, not an error dialog.
 */
public final class AttributionJob extends Job {
	/** The family of attribution jobs ({@link org.eclipse.core.runtime.jobs.IJobManager#find(Object)}). */
	public static final Object FAMILY = AttributionJob.class;
	/** Monte Carlo samples for the aggregates' p05/p95: the command line's default. */
	public static final int SAMPLES = 200;
	private static final int MODELS_WORK = 10, SCAN_WORK = 1000;

	private final List<Path> models;
	private final Path log;
	private final long seed;
	private final Consumer<AttributionSummary> show;

	/** @param show receives the summary on this job's thread (it must hand it to the UI thread itself) */
	public AttributionJob(List<Path> models, Path log, long seed, Consumer<AttributionSummary> show) {
		super("Attributing usage in " + log.getFileName());
		this.models = List.copyOf(models);
		this.log = log;
		this.seed = seed;
		this.show = show;
		setUser(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		return attribute(monitor);
	}

	/** The run itself, on the caller's thread with the caller's monitor (the job's, or a test's). */
	public IStatus attribute(IProgressMonitor monitor) {
		SubMonitor sub = SubMonitor.convert(monitor, getName(), MODELS_WORK + SCAN_WORK);
		sub.subTask("Reading the models");
		Optional<Usage> usage = usage();
		sub.worked(MODELS_WORK);
		if (usage.isEmpty() || monitor.isCanceled()) {
			return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
		}
		Plan plan = new Plan(usage.get(), SAMPLES, seed, Plan.defaultFrom(), Plan.defaultTo(),
				List.of("day", "workload"));
		try {
			DuckDbAttribution.Result result = DuckDbAttribution.run(plan, List.of(log), Optional.empty(),
					Optional.empty(), false, progress(sub.split(SCAN_WORK), monitor));
			show.accept(AttributionSummary.of(log.getFileName().toString(), usage.get().name(), result));
			return Status.OK_STATUS;
		} catch (CancellationException e) {
			return Status.CANCEL_STATUS;
		} catch (AttributionException e) {
			show.accept(AttributionSummary.failed(e.getMessage()));
			return Status.OK_STATUS;
		}
	}

	/** The project's usage mapping (the first, if several), or empty after telling the view why there is none. */
	private Optional<Usage> usage() {
		if (models.isEmpty()) {
			show.accept(AttributionSummary.failed("No .energy files beside " + log.getFileName()
					+ ": the project needs the models and a usage declaration that maps the log's rows to them."));
			return Optional.empty();
		}
		EnergyWorkspace workspace = EnergyWorkspace.load(models);
		List<Problem> errors = workspace.validate().stream().filter(Problem::isError).toList();
		if (!errors.isEmpty()) {
			show.accept(AttributionSummary.failed(errors.size() + " errors in the models; the first: "
					+ errors.get(0).format()));
			return Optional.empty();
		}
		List<Usage> usages = UsageBuilder.build(workspace.files());
		if (usages.isEmpty()) {
			show.accept(AttributionSummary.failed("No usage mapping in the project's .energy files: declare one, "
					+ "e.g. usage Logs { column model \"...\" ... map model \"...\" -> Workload } (see the docs)."));
			return Optional.empty();
		}
		return Optional.of(usages.get(0));
	}

	/** Rows read as ticks of {@code scan}; cancelled when the job's monitor is. */
	private static ScanProgress progress(SubMonitor scan, IProgressMonitor monitor) {
		return new ScanProgress() {
			private long total = 1;
			private int done;

			@Override
			public void started(long rows) {
				total = Math.max(1, rows);
				scan.subTask(String.format("%,d rows", rows));
			}

			@Override
			public void read(long rows) {
				int ticks = (int) Math.min(SCAN_WORK, rows * SCAN_WORK / total);
				if (ticks > done) {
					scan.worked(ticks - done);
					done = ticks;
				}
			}

			@Override
			public boolean cancelled() {
				return monitor.isCanceled();
			}
		};
	}
}

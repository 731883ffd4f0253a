package org.jevons.analysis;

/**
 * A request to stop an analysis, checked by the engine between analyses and between blocks of Monte Carlo
 * samples and sweep points: a cancelled run ends with {@link Cancelled} instead of using the machine until done.
 */
public final class Cancellation {

	/** Never cancelled: the command line and tests. */
	public static final Cancellation NONE = new Cancellation();

	private volatile boolean cancelled;

	/** Asks the running analysis to stop; it does at its next check. */
	public void cancel() {
		if (this != NONE) {
			cancelled = true;
		}
	}

	public boolean isCancelled() {
		return cancelled;
	}

	/** Ends the analysis if it was cancelled. */
	public void check() {
		if (cancelled) {
			throw new Cancelled();
		}
	}

	/** Thrown out of {@link StudyAnalysis#run} when the run was cancelled; no partial result is returned. */
	public static final class Cancelled extends RuntimeException {
		private static final long serialVersionUID = 1L;

		public Cancelled() {
			super("analysis cancelled", null, false, false);
		}
	}
}

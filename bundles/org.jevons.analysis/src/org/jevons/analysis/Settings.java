package org.jevons.analysis;

/**
 * How to run the analyses.
 *
 * @param samples Monte Carlo samples per uncertain declaration (0 disables sampling)
 * @param seed    seed of the counter-based generator; the same seed gives the same result on any number of threads
 * @param threads worker threads for sampling and sweeps
 * @param cancellation how a running analysis is asked to stop ({@link Cancellation#NONE} on the command line)
 */
public record Settings(int samples, long seed, int threads, Cancellation cancellation) {
	public static final int DEFAULT_SAMPLES = 10_000;
	public static final long DEFAULT_SEED = 20250129L;

	public Settings {
		if (samples < 0 || threads < 1) {
			throw new IllegalArgumentException("samples must be >= 0 and threads >= 1");
		}
	}

	public Settings(int samples, long seed, int threads) {
		this(samples, seed, threads, Cancellation.NONE);
	}

	public Settings(int samples, long seed) {
		this(samples, seed, Runtime.getRuntime().availableProcessors());
	}

	/** The same settings, stoppable through {@code c}. */
	public Settings withCancellation(Cancellation c) {
		return new Settings(samples, seed, threads, c);
	}

	public static Settings defaults() {
		return new Settings(DEFAULT_SAMPLES, DEFAULT_SEED);
	}
}

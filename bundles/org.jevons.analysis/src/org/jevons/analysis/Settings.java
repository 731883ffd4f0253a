package org.jevons.analysis;

/**
 * How to run the analyses.
 *
 * @param samples Monte Carlo samples per uncertain declaration (0 disables sampling)
 * @param seed    seed of the counter-based generator; the same seed gives the same result on any number of threads
 * @param threads worker threads for sampling and sweeps
 */
public record Settings(int samples, long seed, int threads) {
	public static final int DEFAULT_SAMPLES = 10_000;
	public static final long DEFAULT_SEED = 20250129L;

	public Settings {
		if (samples < 0 || threads < 1) {
			throw new IllegalArgumentException("samples must be >= 0 and threads >= 1");
		}
	}

	public Settings(int samples, long seed) {
		this(samples, seed, Runtime.getRuntime().availableProcessors());
	}

	public static Settings defaults() {
		return new Settings(DEFAULT_SAMPLES, DEFAULT_SEED);
	}
}

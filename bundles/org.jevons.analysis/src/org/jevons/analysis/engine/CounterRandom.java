package org.jevons.analysis.engine;

/**
 * A counter-based generator: the draw for (seed, stream, sample) is a hash, so results do not depend on the number
 * of threads, the order of evaluation or which other inputs are uncertain.
 */
public final class CounterRandom {
	private CounterRandom() {
	}

	/** A uniform double in the open interval (0, 1). */
	public static double uniform(long seed, long stream, long sample) {
		return uniform(key(seed, stream), sample);
	}

	/** The key of one stream under one seed; hot loops compute it once per stream. */
	public static long key(long seed, long stream) {
		return mix(seed ^ mix(stream));
	}

	/** The draw for a sample of a keyed stream: one SplitMix64 step, counter-based. */
	public static double uniform(long key, long sample) {
		long bits = mix(key + sample * 0x9E3779B97F4A7C15L);
		return ((bits >>> 11) + 0.5) * 0x1.0p-53;
	}

	/** The SplitMix64 finaliser (Steele, Lea, Flood 2014). */
	static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}
}

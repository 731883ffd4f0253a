package org.jevons.analysis.engine;

import java.util.Arrays;
import java.util.Optional;

import org.jevons.analysis.Estimate;

/** Percentiles of samples, linearly interpolated at position q·(n−1) of the sorted samples. */
public final class Quantiles {
	private Quantiles() {
	}

	/** p05/p50/p95 of the samples; empty when there are none or any is not a number. */
	public static Optional<Estimate.Percentiles> of(double[] samples) {
		if (samples.length == 0) {
			return Optional.empty();
		}
		double[] sorted = samples.clone();
		Arrays.sort(sorted);
		if (Double.isNaN(sorted[sorted.length - 1])) {
			return Optional.empty();
		}
		return Optional.of(new Estimate.Percentiles(at(sorted, 0.05), at(sorted, 0.50), at(sorted, 0.95)));
	}

	/** The q-quantile of already sorted values. */
	public static double at(double[] sorted, double q) {
		double position = q * (sorted.length - 1);
		int below = (int) Math.floor(position);
		int above = Math.min(below + 1, sorted.length - 1);
		double fraction = position - below;
		return sorted[below] + fraction * (sorted[above] - sorted[below]);
	}
}

package org.jevons.analysis;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The change of a projection's energy or carbon between two years split into additive effects (LMDI, Ang 2005):
 * {@code start + Σ effects = end} exactly.
 *
 * @param quantity  {@code energy} or {@code carbon}
 * @param dimension of start, end and the effects (SI)
 */
public record Decomposition(String quantity, Dimension dimension, int fromYear, int toYear, double start,
		double end, List<Effect> effects) {
	public Decomposition {
		effects = List.copyOf(effects);
	}

	/** One factor's share of the change: activity, mix, energy intensity, carbon intensity. */
	public record Effect(String key, String label, double value) {
	}

	/** The effect with the largest absolute value: the biggest driver of the change. */
	public Optional<Effect> biggest() {
		return effects.stream().max(Comparator.comparingDouble(e -> Math.abs(e.value())));
	}
}

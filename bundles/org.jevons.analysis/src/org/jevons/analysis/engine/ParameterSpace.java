package org.jevons.analysis.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The flat parameter vector of a kernel. Analyses add parameters in a fixed order and keep the returned indices;
 * Monte Carlo and sweeps then write into a {@code double[]} of this layout without allocating.
 */
public final class ParameterSpace {
	private final List<Parameter> parameters = new ArrayList<>();
	private final java.util.Map<String, Integer> aliases = new java.util.HashMap<>();

	/** Appends a parameter and returns its index in the vector. */
	public int add(Parameter parameter) {
		parameters.add(parameter);
		return parameters.size() - 1;
	}

	public List<Parameter> parameters() {
		return Collections.unmodifiableList(parameters);
	}

	public int size() {
		return parameters.size();
	}

	public Parameter get(int index) {
		return parameters.get(index);
	}

	/**
	 * Makes {@code path} another name of the parameter at {@code index}: a dense model's active parameters are its
	 * parameters, one input (one tornado bar; {@code vary model.active} moves compute and memory together).
	 */
	public void alias(String path, int index) {
		aliases.put(normalise(path), index);
	}

	/** The index of the first parameter with this path (the path as a user writes it in {@code vary}). */
	public Optional<Integer> indexOf(String path) {
		String wanted = normalise(path);
		Integer aliased = aliases.get(wanted);
		if (aliased != null) {
			return Optional.of(aliased);
		}
		for (int i = 0; i < parameters.size(); i++) {
			if (normalise(parameters.get(i).path()).equals(wanted)) {
				return Optional.of(i);
			}
		}
		return Optional.empty();
	}

	/** Paths compare without case, with {@code _} and {@code -} as blanks. */
	public static String normalise(String path) {
		return path.trim().toLowerCase(java.util.Locale.ROOT).replace('_', ' ').replace('-', ' ').replaceAll("\\s+",
				" ");
	}

	public double[] nominal() {
		double[] vector = new double[parameters.size()];
		for (int i = 0; i < vector.length; i++) {
			vector[i] = parameters.get(i).nominal();
		}
		return vector;
	}

	public int[] uncertainIndices() {
		return java.util.stream.IntStream.range(0, parameters.size()).filter(i -> parameters.get(i).isUncertain())
				.toArray();
	}

	public boolean isUncertain() {
		return uncertainIndices().length > 0;
	}
}

package org.jevons.analysis;

import java.util.List;

import org.jevons.analysis.engine.Parameter;

/**
 * A figure a plugin adds to a training or inference, computed from that workload's figures and the plugin's own
 * inputs. The context evaluates it at the nominal point and for every Monte Carlo sample, so its percentiles are
 * exact and correlated with the workload's. The percentiles are added when the run ends (all derived figures of a
 * workload in one run over its recomputed samples); during the run a derived figure has its nominal value.
 *
 * @param inputs     keys of the workload's figures the formula reads, in order ({@code Double.NaN} when absent)
 * @param parameters the plugin's own inputs (e.g. prices), possibly uncertain
 */
public record Derivation(String key, String label, Dimension dimension, List<String> inputs,
		List<Parameter> parameters, Formula formula) {

	public Derivation {
		inputs = List.copyOf(inputs);
		parameters = List.copyOf(parameters);
	}

	/** The derived value; {@link Double#NaN} when it cannot be computed from these inputs. */
	@FunctionalInterface
	public interface Formula {
		double apply(double[] inputs, double[] parameters);
	}
}

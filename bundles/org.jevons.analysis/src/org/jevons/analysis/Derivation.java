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

	/**
	 * The derived values of a block of samples, written over columns so that the JIT vectorises the arithmetic (a
	 * formula called once per sample cost about 17 ns a value, a third of a training's Monte Carlo run).
	 */
	@FunctionalInterface
	public interface Formula {
		/**
		 * Writes {@code out[i]} for samples {@code i < n} from {@code inputs[k][i]} and {@code parameters[p][i]};
		 * {@link Double#NaN} where it cannot be computed from these inputs.
		 */
		void apply(double[][] inputs, double[][] parameters, double[] out, int n);

		/** The value at one point: the same code over columns of one sample. */
		default double at(double[] inputs, double[] parameters) {
			double[][] in = new double[inputs.length][], own = new double[parameters.length][];
			for (int k = 0; k < in.length; k++) {
				in[k] = new double[] { inputs[k] };
			}
			for (int p = 0; p < own.length; p++) {
				own[p] = new double[] { parameters[p] };
			}
			double[] out = new double[1];
			apply(in, own, out, 1);
			return out[0];
		}
	}
}

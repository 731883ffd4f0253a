package org.jevons.analysis.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The nominal value of every figure of one declaration and how to recompute its Monte Carlo samples, by figure
 * key. Kept in the analysis context so that later analyses (comparisons, expectations, plugins) propagate
 * uncertainty per sample instead of combining percentiles — without keeping the samples: {@link #stream} recomputes
 * them, bit-identical, from the counter-based generator.
 */
public final class SampleTable {
	private final int samples;
	private final Map<String, Double> nominal = new HashMap<>();
	/** Column of each sampled figure in {@link #sampled}. */
	private final Map<String, Integer> columns = new LinkedHashMap<>();
	private SampleStream sampled = SampleStream.EMPTY;

	/** @param samples number of Monte Carlo samples; 0 when nothing was uncertain */
	public SampleTable(int samples) {
		this.samples = samples;
	}

	/** Number of samples per column; 0 when nothing was uncertain. */
	public int samples() {
		return samples;
	}

	/** Adds a figure that has only its nominal value. */
	public synchronized void put(String key, double nominalValue) {
		nominal.put(key, nominalValue);
	}

	/** Sets the figures that were sampled: {@code keys.get(j)} is column j of {@code stream}. */
	public synchronized void sampled(List<String> keys, SampleStream stream) {
		if (keys.size() != stream.width()) {
			throw new IllegalArgumentException(keys.size() + " keys for " + stream.width() + " columns");
		}
		columns.clear();
		for (int j = 0; j < keys.size(); j++) {
			columns.put(keys.get(j), j);
		}
		sampled = stream;
	}

	/**
	 * Adds a figure computed per sample from other figures of this table, e.g. a plugin's cost; from now on it is
	 * recomputed with them.
	 */
	public synchronized void derive(String key, double nominalValue, List<String> inputs,
			java.util.function.Supplier<Formula> formula) {
		int[] at = inputs.stream().mapToInt(k -> columns.getOrDefault(k, -1)).toArray();
		double[] constants = inputs.stream().mapToDouble(k -> nominal.getOrDefault(k, Double.NaN)).toArray();
		nominal.put(key, nominalValue);
		// the keys by column index; a figure derived again (two workloads of one name in a broken study) hides its
		// old column under a name no one asks for
		List<String> keys = new ArrayList<>();
		for (int j = 0; j < sampled.width(); j++) {
			keys.add("#" + j);
		}
		columns.forEach((k, j) -> keys.set(j, k.equals(key) ? "#" + j : k));
		keys.add(key);
		sampled(keys, new DerivedStream(sampled, IntStream.range(0, sampled.width()).toArray(), () -> {
			Formula f = formula.get();
			double[][] in = new double[at.length][];
			double[][] constant = new double[at.length][];
			for (int k = 0; k < at.length; k++) {
				constant[k] = new double[Block.SIZE];
				Arrays.fill(constant[k], constants[k]);
			}
			return List.of((source, first, n, out) -> {
				for (int k = 0; k < at.length; k++) {
					in[k] = at[k] >= 0 ? source[at[k]] : constant[k];
				}
				f.fill(in, first, n, out);
			});
		}, IntStream.of(at).filter(j -> j >= 0).distinct().toArray()));
	}

	/** A figure computed from the columns of its inputs over a block of samples. */
	@FunctionalInterface
	public interface Formula {
		/**
		 * Writes {@code out[i]} for samples {@code first + i}, {@code i < n}.
		 *
		 * @param inputs the inputs' columns, in the order given to {@link #derive}
		 */
		void fill(double[][] inputs, long first, int n, double[] out);
	}

	public synchronized Optional<Double> nominal(String key) {
		return Optional.ofNullable(nominal.get(key));
	}

	/** Whether the figure has samples (otherwise every sample is its nominal value). */
	public synchronized boolean varies(String key) {
		return columns.containsKey(key);
	}

	/**
	 * The samples of these figures, column k for {@code keys.get(k)}: a figure that did not vary repeats its
	 * nominal value, an unknown one is {@link Double#NaN}. Recomputing them computes only what they need (a
	 * workload's kernel only the figures asked for or read by a derived one).
	 */
	public synchronized SampleStream stream(List<String> keys) {
		List<Integer> copied = new ArrayList<>();
		boolean allSampled = keys.stream().allMatch(columns::containsKey);
		if (allSampled) {
			keys.forEach(k -> copied.add(columns.get(k)));
			return sampled.select(copied.stream().mapToInt(Integer::intValue).toArray());
		}
		SampleStream source = sampled;
		Map<String, Integer> at = Map.copyOf(columns);
		double[] constants = keys.stream().mapToDouble(k -> nominal.getOrDefault(k, Double.NaN)).toArray();
		DerivedStream all = new DerivedStream(source, new int[0], () -> {
			List<DerivedStream.Column> list = new ArrayList<>();
			for (int k = 0; k < keys.size(); k++) {
				Integer column = at.get(keys.get(k));
				double constant = constants[k];
				list.add(column != null ? (in, first, n, out) -> System.arraycopy(in[column], 0, out, 0, n)
						: (in, first, n, out) -> Arrays.fill(out, 0, n, constant));
			}
			return list;
		}, keys.stream().filter(at::containsKey).mapToInt(at::get).distinct().toArray());
		return all.select(IntStream.range(0, keys.size()).toArray());
	}
}

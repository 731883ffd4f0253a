package org.jevons.analysis.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The nominal value and the Monte Carlo samples of every figure of one declaration, by figure key. Kept in the
 * analysis context so that later analyses (comparisons, expectations, plugins) propagate uncertainty per sample
 * instead of combining percentiles.
 */
public final class SampleTable {
	private final int samples;
	private final Map<String, Double> nominal = new HashMap<>();
	private final Map<String, double[]> columns = new HashMap<>();

	public SampleTable(int samples) {
		this.samples = samples;
	}

	/** Number of samples per column; 0 when nothing was uncertain. */
	public int samples() {
		return samples;
	}

	/** Adds a figure; {@code column} must have {@link #samples()} entries when sampling ran. */
	public synchronized void put(String key, double nominalValue, Optional<double[]> column) {
		nominal.put(key, nominalValue);
		column.ifPresent(c -> {
			if (c.length != samples) {
				throw new IllegalArgumentException(key + ": " + c.length + " samples, expected " + samples);
			}
			columns.put(key, c);
		});
	}

	public synchronized Optional<Double> nominal(String key) {
		return Optional.ofNullable(nominal.get(key));
	}

	/** The samples of a figure; a figure that did not vary is returned as a constant column. */
	public synchronized Optional<double[]> column(String key) {
		double[] column = columns.get(key);
		if (column != null) {
			return Optional.of(column);
		}
		Double value = nominal.get(key);
		if (value == null || samples == 0) {
			return Optional.empty();
		}
		double[] constant = new double[samples];
		java.util.Arrays.fill(constant, value);
		return Optional.of(constant);
	}

	public synchronized boolean varies(String key) {
		return columns.containsKey(key);
	}
}

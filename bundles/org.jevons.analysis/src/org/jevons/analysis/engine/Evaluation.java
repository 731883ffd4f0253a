package org.jevons.analysis.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import org.jevons.analysis.Estimate;
import org.jevons.analysis.Figure;
import org.jevons.analysis.SensitivityBar;
import org.jevons.analysis.Settings;

/**
 * Runs a kernel at the nominal point and, when any input is uncertain, by Monte Carlo, and turns the outputs into
 * figures. Outputs that are not a number at the nominal point are left out and named in {@link #missing()}: the
 * analysis reports why.
 */
public final class Evaluation {
	private final ParameterSpace space;
	private final Kernel kernel;
	private final double[] nominal;
	/** Outputs with a nominal value, in kernel order: the ones sampled. */
	private final int[] computed;
	private final Optional<KernelStream> samples;
	private final int sampleCount;
	private final Settings settings;
	/** Percentiles of output {@code computed[j]} at j, once asked for. */
	private Optional<List<Optional<Estimate.Percentiles>>> percentiles = Optional.empty();

	private Evaluation(ParameterSpace space, Kernel kernel, double[] nominal, Settings settings) {
		this.space = space;
		this.kernel = kernel;
		this.nominal = nominal;
		this.computed = IntStream.range(0, nominal.length).filter(k -> !Double.isNaN(nominal[k])).toArray();
		this.sampleCount = space.isUncertain() ? settings.samples() : 0;
		this.samples = sampleCount > 0 ? Optional.of(new KernelStream(space, kernel, computed, settings.seed()))
				: Optional.empty();
		this.settings = settings;
	}

	/**
	 * Evaluates the nominal point; {@link #figures()} adds, when an input is uncertain, the percentiles of every
	 * figure over {@code settings.samples()} Monte Carlo samples — recomputed in each pass, never stored.
	 */
	public static Evaluation run(ParameterSpace space, Kernel kernel, Settings settings) {
		double[] out = new double[kernel.figures().size()];
		kernel.evaluate(space.nominal(), out);
		return new Evaluation(space, kernel, out, settings);
	}

	public double nominal(String key) {
		return nominal[kernel.indexOf(key)];
	}

	/** The figures that could be computed, in kernel order, with their percentiles (computed on the first call). */
	public List<Figure> figures() {
		if (percentiles.isEmpty()) {
			percentiles = Optional.of(samples.map(s -> StreamQuantiles.of(s, sampleCount, settings.threads() > 1,
					settings.cancellation())).orElse(List.of()));
		}
		return figures(percentiles.orElseThrow());
	}

	/**
	 * The figures with their nominal values only, for a caller that computes the percentiles later from
	 * {@link #table()} together with other figures of the same samples (a plugin's, in one pass).
	 */
	public List<Figure> nominalFigures() {
		return figures(List.of());
	}

	private List<Figure> figures(List<Optional<Estimate.Percentiles>> percentiles) {
		List<Figure> figures = new ArrayList<>();
		List<FigureSpec> specs = kernel.figures();
		for (int j = 0; j < computed.length; j++) {
			int k = computed[j];
			FigureSpec spec = specs.get(k);
			Optional<Estimate.Percentiles> p = percentiles.isEmpty() ? Optional.empty() : percentiles.get(j);
			figures.add(new Figure(spec.key(), spec.label(), spec.dimension(), new Estimate(nominal[k], p),
					sources(spec)));
		}
		return figures;
	}

	/** Keys of outputs that are not a number at the nominal point. */
	public List<String> missing() {
		List<String> missing = new ArrayList<>();
		for (int k = 0; k < nominal.length; k++) {
			if (Double.isNaN(nominal[k])) {
				missing.add(kernel.figures().get(k).key());
			}
		}
		return missing;
	}

	/** Nominal values and (recomputable) samples by key, for later analyses in the same study. */
	public SampleTable table() {
		SampleTable table = new SampleTable(sampleCount);
		List<String> keys = new ArrayList<>();
		for (int k : computed) {
			String key = kernel.figures().get(k).key();
			table.put(key, nominal[k]);
			keys.add(key);
		}
		samples.ifPresent(s -> table.sampled(keys, s));
		return table;
	}

	/** One-at-a-time sensitivity of one figure to every uncertain input, widest swing first. */
	public List<SensitivityBar> sensitivity(String figureKey) {
		int output = kernel.indexOf(figureKey);
		if (Double.isNaN(nominal[output])) {
			return List.of();
		}
		List<SensitivityBar> bars = new ArrayList<>();
		double[] out = new double[nominal.length];
		for (int index : space.uncertainIndices()) {
			Parameter parameter = space.get(index);
			double[] vector = space.nominal();
			vector[index] = parameter.min();
			kernel.evaluate(vector, out);
			double low = out[output];
			vector[index] = parameter.max();
			kernel.evaluate(vector, out);
			double high = out[output];
			bars.add(new SensitivityBar(parameter.path(), parameter.min(), parameter.max(), figureKey, low, high,
					parameter.source().map(List::of).orElse(List.of()),
					parameter.value().flatMap(org.jevons.analysis.spec.Value::written)));
		}
		bars.sort((a, b) -> Double.compare(b.swing(), a.swing()));
		return bars;
	}

	private List<String> sources(FigureSpec spec) {
		Set<String> sources = new LinkedHashSet<>();
		for (String path : spec.inputs()) {
			for (Parameter parameter : space.parameters()) {
				if (parameter.path().equals(path) && parameter.isPresent()) {
					parameter.source().ifPresent(sources::add);
				}
			}
		}
		return List.copyOf(sources);
	}
}

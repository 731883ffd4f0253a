package org.jevons.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jevons.analysis.engine.CounterRandom;
import org.jevons.analysis.engine.Parameter;
import org.jevons.analysis.engine.Quantiles;
import org.jevons.analysis.engine.SampleTable;
import org.jevons.analysis.spec.Specs.Study;

/**
 * What analyses share during one run: the study, the settings, the results published so far and the per-sample
 * values behind them. Later analyses read earlier results; plugins add figures with {@link #derive}.
 */
public final class AnalysisContext {
	private final Study study;
	private final Settings settings;
	private final List<AnalysisResult> results = new ArrayList<>();
	private final Map<String, SampleTable> samples = new HashMap<>();
	private final List<Problem> problems = new ArrayList<>();

	public AnalysisContext(Study study, Settings settings) {
		this.study = study;
		this.settings = settings;
	}

	public Study study() {
		return study;
	}

	public Settings settings() {
		return settings;
	}

	public synchronized void publish(AnalysisResult result) {
		results.add(result);
	}

	/** Publishes a workload result with the nominal values and samples of its figures. */
	public synchronized void publish(WorkloadResult result, SampleTable table) {
		results.add(result);
		samples.put(result.name(), table);
	}

	/** A problem that belongs to no single result. */
	public synchronized void report(Problem problem) {
		problems.add(problem);
	}

	public synchronized List<AnalysisResult> results() {
		return List.copyOf(results);
	}

	public synchronized Optional<WorkloadResult> workload(String name) {
		return results.stream().filter(WorkloadResult.class::isInstance).map(WorkloadResult.class::cast)
				.filter(w -> w.name().equals(name)).findFirst();
	}

	public synchronized <T extends AnalysisResult> Optional<T> result(Class<T> type, String name) {
		return results.stream().filter(type::isInstance).map(type::cast).filter(r -> r.name().equals(name))
				.findFirst();
	}

	/** Nominal values and Monte Carlo samples of a workload's figures. */
	public synchronized Optional<SampleTable> samples(String workloadName) {
		return Optional.ofNullable(samples.get(workloadName));
	}

	/** Replaces a published workload result (same name) by a new version, e.g. with a plugin's figure. */
	public synchronized void replace(WorkloadResult updated) {
		for (int i = 0; i < results.size(); i++) {
			if (results.get(i) instanceof WorkloadResult w && w.name().equals(updated.name())) {
				results.set(i, updated);
				return;
			}
		}
		throw new IllegalArgumentException("no workload result named " + updated.name());
	}

	/**
	 * Adds a figure computed from a workload's figures and the plugin's own parameters, per Monte Carlo sample.
	 *
	 * @return the figure, or empty when an input is missing (the formula gave {@link Double#NaN})
	 */
	public synchronized Optional<Figure> derive(String workloadName, Derivation derivation) {
		Optional<WorkloadResult> workload = workload(workloadName);
		SampleTable table = samples.get(workloadName);
		if (workload.isEmpty() || table == null) {
			return Optional.empty();
		}
		List<String> inputs = derivation.inputs();
		List<Parameter> parameters = derivation.parameters();
		double[] in = new double[inputs.size()];
		double[] own = new double[parameters.size()];
		for (int k = 0; k < in.length; k++) {
			in[k] = table.nominal(inputs.get(k)).orElse(Double.NaN);
		}
		for (int j = 0; j < own.length; j++) {
			own[j] = parameters.get(j).nominal();
		}
		double nominal = derivation.formula().apply(in, own);
		if (Double.isNaN(nominal)) {
			return Optional.empty();
		}
		Optional<double[]> column = sampleDerivation(table, derivation);
		Figure figure = new Figure(derivation.key(), derivation.label(), derivation.dimension(),
				new Estimate(nominal, column.flatMap(Quantiles::of)), sources(workload.get(), derivation));
		// a table without samples keeps only the nominal value (its other columns are constant)
		table.put(derivation.key(), nominal, column.filter(c -> c.length == table.samples()));
		replace(workload.get().withFigure(figure));
		return Optional.of(figure);
	}

	private Optional<double[]> sampleDerivation(SampleTable table, Derivation derivation) {
		boolean ownUncertain = derivation.parameters().stream().anyMatch(Parameter::isUncertain);
		boolean inputsVary = derivation.inputs().stream().anyMatch(table::varies);
		int count = table.samples() > 0 ? table.samples() : settings.samples();
		if (!(ownUncertain || inputsVary) || count == 0) {
			return Optional.empty();
		}
		double[][] inputColumns = new double[derivation.inputs().size()][];
		for (int k = 0; k < inputColumns.length; k++) {
			String key = derivation.inputs().get(k);
			inputColumns[k] = table.samples() > 0 ? table.column(key).orElseGet(() -> nanColumn(count))
					: constantColumn(count, table.nominal(key).orElse(Double.NaN));
		}
		List<Parameter> parameters = derivation.parameters();
		double[] in = new double[inputColumns.length];
		double[] own = new double[parameters.size()];
		double[] column = new double[count];
		for (int i = 0; i < count; i++) {
			for (int k = 0; k < in.length; k++) {
				in[k] = inputColumns[k][i];
			}
			for (int j = 0; j < own.length; j++) {
				Parameter p = parameters.get(j);
				own[j] = p.quantile(CounterRandom.uniform(settings.seed(), p.stream(), i));
			}
			column[i] = derivation.formula().apply(in, own);
		}
		return Optional.of(column);
	}

	private static double[] nanColumn(int count) {
		return constantColumn(count, Double.NaN);
	}

	private static double[] constantColumn(int count, double value) {
		double[] column = new double[count];
		java.util.Arrays.fill(column, value);
		return column;
	}

	private static List<String> sources(WorkloadResult workload, Derivation derivation) {
		Set<String> sources = new LinkedHashSet<>();
		for (String key : derivation.inputs()) {
			workload.figure(key).ifPresent(f -> sources.addAll(f.sources()));
		}
		for (Parameter p : derivation.parameters()) {
			if (p.isPresent()) {
				p.source().ifPresent(sources::add);
			}
		}
		return List.copyOf(sources);
	}

	/** The immutable result of the run so far. */
	public synchronized StudyResult result() {
		return new StudyResult(results, problems);
	}
}

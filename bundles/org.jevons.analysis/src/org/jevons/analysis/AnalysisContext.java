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
import org.jevons.analysis.engine.DerivedStream;
import org.jevons.analysis.engine.SampleStream;
import org.jevons.analysis.engine.SampleTable;
import org.jevons.analysis.engine.StreamQuantiles;
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
		Optional<Estimate.Percentiles> percentiles = percentiles(table, derivation);
		Figure figure = new Figure(derivation.key(), derivation.label(), derivation.dimension(),
				new Estimate(nominal, percentiles), sources(workload.get(), derivation));
		if (table.samples() > 0 && varies(table, derivation)) {
			table.derive(derivation.key(), nominal, derivation.inputs(), () -> formula(derivation));
		} else {
			// a table without samples keeps only the nominal value (its other columns are constant)
			table.put(derivation.key(), nominal);
		}
		replace(workload.get().withFigure(figure));
		return Optional.of(figure);
	}

	private static boolean varies(SampleTable table, Derivation derivation) {
		return derivation.parameters().stream().anyMatch(Parameter::isUncertain)
				|| derivation.inputs().stream().anyMatch(table::varies);
	}

	/** Percentiles of a derived figure, over the workload's samples (or, if it had none, the settings' count). */
	private Optional<Estimate.Percentiles> percentiles(SampleTable table, Derivation derivation) {
		int count = table.samples() > 0 ? table.samples() : settings.samples();
		if (!varies(table, derivation) || count == 0) {
			return Optional.empty();
		}
		SampleStream stream = new DerivedStream(table.stream(derivation.inputs()), new int[0],
				() -> List.of(formula(derivation)));
		return StreamQuantiles.of(stream, count, settings.threads() > 1, settings.cancellation()).get(0);
	}

	/** The derivation at one sample: the workload's figures and the plugin's own inputs drawn for that sample. */
	private DerivedStream.Column formula(Derivation derivation) {
		List<Parameter> parameters = derivation.parameters();
		double[] own = new double[parameters.size()];
		long seed = settings.seed();
		return (in, sample) -> {
			for (int j = 0; j < own.length; j++) {
				Parameter p = parameters.get(j);
				own[j] = p.quantile(CounterRandom.uniform(seed, p.stream(), sample));
			}
			return derivation.formula().apply(in, own);
		};
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

package org.jevons.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jevons.analysis.engine.Block;
import org.jevons.analysis.engine.Parameter;
import org.jevons.analysis.engine.DerivedStream;
import org.jevons.analysis.engine.ParameterSpace;
import org.jevons.analysis.engine.Sampler;
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
	/** Workload figures whose percentiles are still to be computed, by workload. */
	private final Map<String, List<String>> pendingFigures = new LinkedHashMap<>();
	/** Derived figures whose percentiles are still to be computed, by workload. */
	private final Map<String, List<Derivation>> pending = new LinkedHashMap<>();

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

	/**
	 * Publishes a workload result whose figures have their nominal values only: the percentiles of those that
	 * vary are added by {@link #completePercentiles()}, in one pass over the samples with the figures plugins
	 * derive from them.
	 */
	public synchronized void publishPending(WorkloadResult result, SampleTable table) {
		publish(result, table);
		List<String> varying = result.figures().stream().map(Figure::key).filter(table::varies).toList();
		if (table.samples() > 0 && !varying.isEmpty()) {
			pendingFigures.put(result.name(), varying);
		}
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
		double nominal = derivation.formula().at(in, own);
		if (Double.isNaN(nominal)) {
			return Optional.empty();
		}
		Figure figure = new Figure(derivation.key(), derivation.label(), derivation.dimension(),
				new Estimate(nominal, Optional.empty()), sources(workload.get(), derivation));
		boolean varies = derivation.parameters().stream().anyMatch(Parameter::isUncertain)
				|| derivation.inputs().stream().anyMatch(table::varies);
		if (table.samples() > 0 && varies) {
			table.derive(derivation.key(), nominal, derivation.inputs(), () -> formula(derivation));
		} else {
			// a table without samples keeps only the nominal value (its other columns are constant)
			table.put(derivation.key(), nominal);
		}
		if (varies && (table.samples() > 0 || settings.samples() > 0)) {
			pending.computeIfAbsent(workloadName, k -> new ArrayList<>()).add(derivation);
		}
		replace(workload.get().withFigure(figure));
		return Optional.of(figure);
	}

	/**
	 * Adds the percentiles still missing: of every workload's figures and the figures derived from them, all of a
	 * workload in one run over its recomputed samples. A workload without samples (only the plugin's own inputs
	 * are uncertain) uses the settings' count. Runs before the analyses that read percentiles (comparisons on,
	 * see {@link EnergyAnalysis.Order}) and when the result is taken; a second call has nothing left to do. A
	 * workload whose percentiles fail is taken off the list before the exception leaves.
	 */
	public synchronized void completePercentiles() {
		Set<String> names = new LinkedHashSet<>(pendingFigures.keySet());
		names.addAll(pending.keySet());
		for (String name : names) {
			// taken off the lists first: a workload whose percentiles fail is reported once, not again at the end
			List<Derivation> derivations = Optional.ofNullable(pending.remove(name)).orElse(List.of());
			List<String> sampled = new ArrayList<>(Optional.ofNullable(pendingFigures.remove(name)).orElse(List.of()));
			SampleTable table = samples.get(name);
			derivations.stream().filter(d -> table.varies(d.key())).map(Derivation::key).forEach(sampled::add);
			List<Derivation> alone = derivations.stream().filter(d -> !table.varies(d.key())).toList();
			List<Optional<Estimate.Percentiles>> percentiles = new ArrayList<>();
			if (!sampled.isEmpty()) {
				percentiles.addAll(StreamQuantiles.of(table.stream(sampled), table.samples(), settings.threads() > 1,
						settings.cancellation()));
			}
			if (!alone.isEmpty()) {
				percentiles.addAll(StreamQuantiles.of(aloneStream(table, alone), settings.samples(),
						settings.threads() > 1, settings.cancellation()));
			}
			List<String> order = new ArrayList<>(sampled);
			alone.forEach(d -> order.add(d.key()));
			WorkloadResult result = workload(name).orElseThrow();
			for (int k = 0; k < order.size(); k++) {
				Figure nominalOnly = result.figure(order.get(k)).orElseThrow();
				result = result.withFigure(new Figure(nominalOnly.key(), nominalOnly.label(), nominalOnly.dimension(),
						new Estimate(nominalOnly.nominal(), percentiles.get(k)), nominalOnly.sources()));
			}
			replace(result);
		}
	}

	/** Whether some workload's percentiles are still to be computed. */
	public synchronized boolean percentilesPending() {
		return !pendingFigures.isEmpty() || !pending.isEmpty();
	}

	/** The samples of derived figures whose inputs do not vary: only the plugin's own inputs are drawn. */
	private SampleStream aloneStream(SampleTable table, List<Derivation> alone) {
		SampleStream streams = SampleStream.EMPTY;
		for (Derivation d : alone) {
			streams = SampleStream.concat(streams, new DerivedStream(table.stream(d.inputs()), new int[0], () -> {
				SampleTable.Formula f = formula(d);
				return List.of(f::fill);
			}));
		}
		return streams;
	}

	/**
	 * The derivation over a block of samples: the workload's figures and the plugin's own inputs, drawn for those
	 * samples as the {@link Sampler} draws any input (the same draws as {@link Parameter#quantile} gives). One
	 * formula per cursor, so its block is one thread's.
	 */
	private SampleTable.Formula formula(Derivation derivation) {
		ParameterSpace space = new ParameterSpace();
		derivation.parameters().forEach(space::add);
		Sampler sampler = new Sampler(space, settings.seed());
		Block block = new Block(space.nominal(), 0);
		double[][] own = new double[space.size()][];
		for (int p = 0; p < own.length; p++) {
			own[p] = block.in(p);
		}
		if (!space.isUncertain()) {
			// a formula without uncertain inputs of its own draws nothing per block
			return (in, first, n, out) -> derivation.formula().apply(in, own, out, n);
		}
		return (in, first, n, out) -> {
			sampler.fill(block, first, n);
			derivation.formula().apply(in, own, out, n);
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

	/** The immutable result of the run so far, with every percentile. */
	public synchronized StudyResult result() {
		completePercentiles();
		return new StudyResult(results, problems);
	}
}

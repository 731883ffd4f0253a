package org.jevons.analysis.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.DoubleBinaryOperator;

import org.jevons.analysis.AnalysisContext;
import org.jevons.analysis.ComparisonResult;
import org.jevons.analysis.Dimension;
import org.jevons.analysis.EnergyAnalysis;
import org.jevons.analysis.Estimate;
import org.jevons.analysis.Figure;
import org.jevons.analysis.Problem;
import org.jevons.analysis.WorkloadResult;
import org.jevons.analysis.Settings;
import org.jevons.analysis.engine.DerivedStream;
import org.jevons.analysis.engine.SampleStream;
import org.jevons.analysis.engine.SampleTable;
import org.jevons.analysis.engine.StreamQuantiles;
import org.jevons.analysis.inference.InferenceFigure;
import org.jevons.analysis.spec.Specs.At;
import org.jevons.analysis.spec.Specs.Comparison;
import org.jevons.analysis.spec.Specs.Inference;
import org.jevons.analysis.spec.Specs.Per;
import org.jevons.analysis.spec.Specs.Training;
import org.jevons.analysis.training.TrainingFigure;

/**
 * {@code compare A with B}: ratio and difference of the compared energy, and its decomposition. Inference:
 * E_req = tokens × energy per token, so ratio = token_ratio × per_token_ratio exactly, and the difference splits
 * into (T_A − T_B)·e_B (more tokens) + T_A·(e_A − e_B) (dearer tokens). Training: E = C × E/C, so ratio =
 * flops_ratio × energy_per_flop_ratio. Uncertainty is propagated sample by sample.
 */
public final class ComparisonAnalysis implements EnergyAnalysis {
	public static final String ID = "compare";
	private static final List<String> TRAINING_KEYS = List.of("energy", "flops");
	private static final List<String> INFERENCE_KEYS = List.of("energy_per_request", "energy_per_token",
			"annual_energy", "tokens_per_request", "requests_per_year");

	@Override
	public String id() {
		return ID;
	}

	@Override
	public int order() {
		return Order.COMPARISONS;
	}

	@Override
	public void run(AnalysisContext context) {
		for (Comparison comparison : context.study().comparisons()) {
			context.publish(compare(context, comparison));
		}
	}

	private static ComparisonResult compare(AnalysisContext context, Comparison c) {
		String left = c.left().name();
		String right = c.right().name();
		String name = left + " vs " + right;
		List<Problem> problems = new ArrayList<>();
		List<Figure> figures = new ArrayList<>();
		Optional<WorkloadResult> l = context.workload(left);
		Optional<WorkloadResult> r = context.workload(right);
		Optional<SampleTable> lt = context.samples(left);
		Optional<SampleTable> rt = context.samples(right);
		boolean bothInference = c.left() instanceof Inference && c.right() instanceof Inference;
		boolean bothTraining = c.left() instanceof Training && c.right() instanceof Training;
		if (l.isEmpty() || r.isEmpty() || lt.isEmpty() || rt.isEmpty()) {
			problems.add(Problem.error(c.origin(), name + ": both sides must be analysed trainings or inferences"));
		} else if (!bothInference && !bothTraining) {
			problems.add(Problem.error(c.origin(), name + ": a training cannot be compared with an inference"));
		} else {
			Pair pair = new Pair(new Side(lt.get(), l.get()), new Side(rt.get(), r.get()),
					bothInference ? keys(INFERENCE_KEYS, inferenceMetric(c.per(), c.at()))
							: keys(TRAINING_KEYS, trainingEnergy(c.at())));
			if (bothInference) {
				inferenceFigures(pair, c.per(), c.at());
			} else {
				trainingFigures(pair, c.at());
			}
			pair.evaluate(context.settings(), figures);
			if (figures.stream().noneMatch(f -> f.key().equals("ratio"))) {
				problems.add(Problem.error(c.origin(), name + ": the compared figure is missing on one side"));
			}
		}
		return new ComparisonResult(name, c.origin(), ID, left, right, c.per(), figures, problems);
	}

	private static void trainingFigures(Pair pair, At at) {
		String energy = trainingEnergy(at);
		pair.add("ratio", "Energy ratio" + at(at), Dimension.RATIO, energy, (a, b) -> a / b);
		pair.add("difference", "Energy difference" + at(at), Dimension.ENERGY, energy, (a, b) -> a - b);
		pair.add("flops_ratio", "Compute ratio", Dimension.RATIO, "flops", (a, b) -> a / b);
		int le = pair.left("energy"), lf = pair.left("flops"), re = pair.right("energy"), rf = pair.right("flops");
		pair.combine("energy_per_flop_ratio", "Energy per FLOP ratio", Dimension.RATIO,
				(v, i) -> (v[le][i] / v[lf][i]) / (v[re][i] / v[rf][i]), List.of("energy", "flops"));
	}

	private static String trainingEnergy(At at) {
		return switch (at) {
		case ACCELERATORS -> TrainingFigure.ACCELERATOR_ENERGY.key();
		case LIFECYCLE -> TrainingFigure.LIFECYCLE_ENERGY.key();
		case FACILITY -> TrainingFigure.ENERGY.key();
		};
	}

	/** The compared inference figure: a boundary other than the facility's is per request (the validator's rule). */
	private static String inferenceMetric(Per per, At at) {
		return at == At.ACCELERATORS ? InferenceFigure.ACCELERATOR_ENERGY_PER_REQUEST.key()
				: at == At.LIFECYCLE ? InferenceFigure.LIFECYCLE_ENERGY_PER_REQUEST.key() : switch (per) {
				case REQUEST -> "energy_per_request";
				case TOKEN -> "energy_per_token";
				case YEAR -> "annual_energy";
				};
	}

	/** The figures a comparison reads from each side: the fixed ones and the compared one. */
	private static List<String> keys(List<String> fixed, String compared) {
		return fixed.contains(compared) ? fixed
				: java.util.stream.Stream.concat(fixed.stream(), java.util.stream.Stream.of(compared)).toList();
	}

	private static void inferenceFigures(Pair pair, Per per, At at) {
		String metric = inferenceMetric(per, at);
		String unit = " (per " + per.name().toLowerCase(java.util.Locale.ROOT) + at(at) + ")";
		pair.add("ratio", "Energy ratio" + unit, Dimension.RATIO, metric, (a, b) -> a / b);
		pair.add("difference", "Energy difference" + unit, Dimension.ENERGY, metric, (a, b) -> a - b);
		pair.add("token_ratio", "Output tokens ratio", Dimension.RATIO, "tokens_per_request", (a, b) -> a / b);
		pair.add("per_token_ratio", "Energy per token ratio", Dimension.RATIO, "energy_per_token", (a, b) -> a / b);
		if (per == Per.YEAR) {
			pair.add("requests_ratio", "Requests ratio", Dimension.RATIO, "requests_per_year", (a, b) -> a / b);
		}
		String tokens = "tokens_per_request";
		String perToken = "energy_per_token";
		int lt = pair.left(tokens), rt = pair.right(tokens), le = pair.left(perToken), re = pair.right(perToken);
		// difference per request = (T_A − T_B)·e_B + T_A·(e_A − e_B)
		pair.combine("tokens_effect", "Difference from the number of tokens", Dimension.ENERGY,
				(v, i) -> (v[lt][i] - v[rt][i]) * v[re][i], List.of(tokens, perToken));
		pair.combine("per_token_effect", "Difference from the energy per token", Dimension.ENERGY,
				(v, i) -> v[lt][i] * (v[le][i] - v[re][i]), List.of(tokens, perToken));
	}

	/** How a label names the boundary: nothing for the default (the facility's). */
	private static String at(At at) {
		return at == At.FACILITY ? "" : ", at the " + at.name().toLowerCase(java.util.Locale.ROOT) + " boundary";
	}

	/** One side of a comparison: its (recomputable) samples and its result. */
	record Side(SampleTable table, WorkloadResult result) {
	}

	/** A comparison figure from the values of both sides at one sample. */
	@FunctionalInterface
	private interface Formula {
		/**
		 * @param values the {@link Pair#keys} of the left side, then those of the right side, as columns
		 * @param i      the sample's position in the columns
		 */
		double at(double[][] values, int i);
	}

	private record Definition(String key, String label, Dimension dimension, Formula formula,
			List<String> sourceKeys) {
	}

	/**
	 * The two sides and the comparison figures defined on them; {@link #evaluate} computes every figure at the
	 * nominal point and its percentiles in one run over both sides' samples, recomputed jointly (not stored).
	 */
	private record Pair(Side left, Side right, List<String> keys, List<Definition> definitions) {
		Pair(Side left, Side right, List<String> keys) {
			this(left, right, keys, new ArrayList<>());
		}

		int left(String key) {
			int k = keys.indexOf(key);
			if (k < 0) {
				throw new IllegalArgumentException("comparison reads no figure " + key);
			}
			return k;
		}

		int right(String key) {
			return keys.size() + left(key);
		}

		/** op(the figure of A, the same figure of B). */
		void add(String key, String label, Dimension dimension, String figure, DoubleBinaryOperator op) {
			int l = left(figure), r = right(figure);
			combine(key, label, dimension, (v, i) -> op.applyAsDouble(v[l][i], v[r][i]), List.of(figure));
		}

		void combine(String key, String label, Dimension dimension, Formula formula, List<String> sourceKeys) {
			definitions.add(new Definition(key, label, dimension, formula, sourceKeys));
		}

		void evaluate(Settings settings, List<Figure> figures) {
			double[][] nominal = new double[2 * keys.size()][1];
			for (int k = 0; k < keys.size(); k++) {
				nominal[k][0] = left.table().nominal(keys.get(k)).orElse(Double.NaN);
				nominal[keys.size() + k][0] = right.table().nominal(keys.get(k)).orElse(Double.NaN);
			}
			List<Definition> computed = definitions.stream()
					.filter(d -> !Double.isNaN(d.formula().at(nominal, 0))).toList();
			int samples = Math.max(left.table().samples(), right.table().samples());
			List<Optional<Estimate.Percentiles>> percentiles = samples == 0 || computed.isEmpty() ? List.of()
					: StreamQuantiles.of(new DerivedStream(SampleStream.concat(left.table().stream(keys),
							right.table().stream(keys)), new int[0],
							() -> computed.stream().<DerivedStream.Column>map(d -> (v, first, n, out) -> {
								for (int i = 0; i < n; i++) {
									out[i] = d.formula().at(v, i);
								}
							}).toList()),
							samples, settings.threads() > 1, settings.cancellation());
			for (int d = 0; d < computed.size(); d++) {
				Definition definition = computed.get(d);
				Set<String> sources = new LinkedHashSet<>();
				for (String k : definition.sourceKeys()) {
					left.result().figure(k).ifPresent(f -> sources.addAll(f.sources()));
					right.result().figure(k).ifPresent(f -> sources.addAll(f.sources()));
				}
				figures.add(new Figure(definition.key(), definition.label(), definition.dimension(),
						new Estimate(definition.formula().at(nominal, 0),
								percentiles.isEmpty() ? Optional.empty() : percentiles.get(d)),
						List.copyOf(sources)));
			}
		}
	}
}

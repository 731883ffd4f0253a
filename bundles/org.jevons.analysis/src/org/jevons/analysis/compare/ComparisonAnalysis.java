package org.jevons.analysis.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.DoubleBinaryOperator;
import java.util.function.IntToDoubleFunction;

import org.jevons.analysis.AnalysisContext;
import org.jevons.analysis.ComparisonResult;
import org.jevons.analysis.Dimension;
import org.jevons.analysis.EnergyAnalysis;
import org.jevons.analysis.Estimate;
import org.jevons.analysis.Figure;
import org.jevons.analysis.Problem;
import org.jevons.analysis.WorkloadResult;
import org.jevons.analysis.engine.Quantiles;
import org.jevons.analysis.engine.SampleTable;
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
			Pair pair = new Pair(lt.get(), rt.get(), l.get(), r.get());
			if (bothInference) {
				inferenceFigures(pair, c.per(), c.at(), figures);
			} else {
				trainingFigures(pair, c.at(), figures);
			}
			if (figures.stream().noneMatch(f -> f.key().equals("ratio"))) {
				problems.add(Problem.error(c.origin(), name + ": the compared figure is missing on one side"));
			}
		}
		return new ComparisonResult(name, c.origin(), ID, left, right, c.per(), figures, problems);
	}

	private static void trainingFigures(Pair pair, At at, List<Figure> figures) {
		String energy = switch (at) {
		case ACCELERATORS -> TrainingFigure.ACCELERATOR_ENERGY.key();
		case LIFECYCLE -> TrainingFigure.LIFECYCLE_ENERGY.key();
		case FACILITY -> TrainingFigure.ENERGY.key();
		};
		pair.add(figures, "ratio", "Energy ratio" + at(at), Dimension.RATIO, energy, (a, b) -> a / b);
		pair.add(figures, "difference", "Energy difference" + at(at), Dimension.ENERGY, energy, (a, b) -> a - b);
		pair.add(figures, "flops_ratio", "Compute ratio", Dimension.RATIO, "flops", (a, b) -> a / b);
		Side l = pair.left();
		Side r = pair.right();
		pair.combine(figures, "energy_per_flop_ratio", "Energy per FLOP ratio", Dimension.RATIO,
				i -> (l.value("energy", i) / l.value("flops", i)) / (r.value("energy", i) / r.value("flops", i)),
				List.of("energy", "flops"));
	}

	private static void inferenceFigures(Pair pair, Per per, At at, List<Figure> figures) {
		// a boundary other than the facility's is a per-request figure (the validator allows no other per)
		String metric = at == At.ACCELERATORS ? InferenceFigure.ACCELERATOR_ENERGY_PER_REQUEST.key()
				: at == At.LIFECYCLE ? InferenceFigure.LIFECYCLE_ENERGY_PER_REQUEST.key() : switch (per) {
				case REQUEST -> "energy_per_request";
				case TOKEN -> "energy_per_token";
				case YEAR -> "annual_energy";
				};
		String unit = " (per " + per.name().toLowerCase(java.util.Locale.ROOT) + at(at) + ")";
		pair.add(figures, "ratio", "Energy ratio" + unit, Dimension.RATIO, metric, (a, b) -> a / b);
		pair.add(figures, "difference", "Energy difference" + unit, Dimension.ENERGY, metric, (a, b) -> a - b);
		pair.add(figures, "token_ratio", "Output tokens ratio", Dimension.RATIO, "tokens_per_request",
				(a, b) -> a / b);
		pair.add(figures, "per_token_ratio", "Energy per token ratio", Dimension.RATIO, "energy_per_token",
				(a, b) -> a / b);
		if (per == Per.YEAR) {
			pair.add(figures, "requests_ratio", "Requests ratio", Dimension.RATIO, "requests_per_year",
					(a, b) -> a / b);
		}
		Side l = pair.left();
		Side r = pair.right();
		String tokens = "tokens_per_request";
		String perToken = "energy_per_token";
		// difference per request = (T_A − T_B)·e_B + T_A·(e_A − e_B)
		pair.combine(figures, "tokens_effect", "Difference from the number of tokens", Dimension.ENERGY,
				i -> (l.value(tokens, i) - r.value(tokens, i)) * r.value(perToken, i), List.of(tokens, perToken));
		pair.combine(figures, "per_token_effect", "Difference from the energy per token", Dimension.ENERGY,
				i -> l.value(tokens, i) * (l.value(perToken, i) - r.value(perToken, i)), List.of(tokens, perToken));
	}

	/** How a label names the boundary: nothing for the default (the facility's). */
	private static String at(At at) {
		return at == At.FACILITY ? "" : ", at the " + at.name().toLowerCase(java.util.Locale.ROOT) + " boundary";
	}

	/** One side of a comparison: its samples and its result. */
	record Side(SampleTable table, WorkloadResult result) {
		/** A figure at a sample; sample −1, or a side without samples, gives the nominal value. */
		double value(String key, int sample) {
			if (sample < 0 || table.samples() == 0) {
				return table.nominal(key).orElse(Double.NaN);
			}
			return table.column(key).map(c -> c[sample]).orElse(Double.NaN);
		}
	}

	/** The two sides and how to combine their figures per sample. */
	private record Pair(Side left, Side right) {
		Pair(SampleTable lt, SampleTable rt, WorkloadResult l, WorkloadResult r) {
			this(new Side(lt, l), new Side(rt, r));
		}

		/** op(the figure of A, the same figure of B). */
		void add(List<Figure> figures, String key, String label, Dimension dimension, String figure,
				DoubleBinaryOperator op) {
			combine(figures, key, label, dimension,
					i -> op.applyAsDouble(left.value(figure, i), right.value(figure, i)), List.of(figure));
		}

		void combine(List<Figure> figures, String key, String label, Dimension dimension, IntToDoubleFunction at,
				List<String> sourceKeys) {
			double nominal = at.applyAsDouble(-1);
			if (Double.isNaN(nominal)) {
				return;
			}
			int samples = Math.max(left.table().samples(), right.table().samples());
			Optional<Estimate.Percentiles> percentiles = Optional.empty();
			if (samples > 0) {
				double[] column = new double[samples];
				for (int i = 0; i < samples; i++) {
					column[i] = at.applyAsDouble(i);
				}
				percentiles = Quantiles.of(column);
			}
			Set<String> sources = new LinkedHashSet<>();
			for (String k : sourceKeys) {
				left.result().figure(k).ifPresent(f -> sources.addAll(f.sources()));
				right.result().figure(k).ifPresent(f -> sources.addAll(f.sources()));
			}
			figures.add(new Figure(key, label, dimension, new Estimate(nominal, percentiles), List.copyOf(sources)));
		}
	}
}

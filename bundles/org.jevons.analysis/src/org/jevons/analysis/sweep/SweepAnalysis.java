package org.jevons.analysis.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jevons.analysis.Cancellation;
import org.jevons.analysis.AnalysisContext;
import org.jevons.analysis.EnergyAnalysis;
import org.jevons.analysis.Problem;
import org.jevons.analysis.SweepResult;
import org.jevons.analysis.engine.Kernel;
import org.jevons.analysis.engine.ParameterSpace;
import org.jevons.analysis.engine.WorkloadModel;
import org.jevons.analysis.inference.InferenceModel;
import org.jevons.analysis.spec.Specs.Inference;
import org.jevons.analysis.spec.Specs.Sweep;
import org.jevons.analysis.spec.Specs.Training;
import org.jevons.analysis.spec.Specs.Vary;
import org.jevons.analysis.training.TrainingModel;

/** Parameter sweeps: every combination of the {@code vary} values, other inputs at their nominal values. */
public final class SweepAnalysis implements EnergyAnalysis {
	public static final String ID = "sweep";
	/** The most points a sweep may have (as the language says); rows are computed when read, never stored. */
	public static final long MAX_POINTS = 20_000_000;
	private static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("power", "accelerator.power"),
			Map.entry("idle", "accelerator.idle"), Map.entry("peak", "accelerator.peak"),
			Map.entry("bandwidth", "accelerator.bandwidth"), Map.entry("pue", "datacenter.pue"),
			Map.entry("carbon", "datacenter.carbon"), Map.entry("energy per token", "energy"),
			Map.entry("accelerator hours", "accelerator-hours"), Map.entry("parameters", "model.parameters"),
			Map.entry("active", "model.active"), Map.entry("experts", "model.experts"),
			Map.entry("routed", "model.routed"), Map.entry("kv", "model.kv"), Map.entry("host", "host power"));

	@Override
	public String id() {
		return ID;
	}

	@Override
	public int order() {
		return Order.SWEEPS;
	}

	@Override
	public void run(AnalysisContext context) {
		for (Sweep sweep : context.study().sweeps()) {
			context.publish(sweep(sweep, context.settings().threads() > 1, context.settings().cancellation()));
		}
	}

	public static SweepResult sweep(Sweep sweep, boolean parallel) {
		return sweep(sweep, parallel, Cancellation.NONE);
	}

	public static SweepResult sweep(Sweep sweep, boolean parallel, Cancellation cancellation) {
		WorkloadModel model = switch (sweep.workload()) {
		case Training t -> new TrainingModel(t);
		case Inference i -> new InferenceModel(i);
		};
		ParameterSpace space = model.space();
		Kernel kernel = model.kernel();
		List<Problem> problems = new ArrayList<>();
		List<Vary> vary = sweep.vary();
		int[] varied = new int[vary.size()];
		double[][] values = new double[vary.size()][];
		List<String> columns = new ArrayList<>();
		List<String> units = new ArrayList<>();
		for (int d = 0; d < vary.size(); d++) {
			Vary v = vary.get(d);
			Optional<Integer> index = resolve(space, v.path());
			if (index.isEmpty()) {
				problems.add(Problem.error(sweep.origin(), "sweep " + sweep.name() + ": cannot vary `" + v.path()
						+ "`; known inputs: " + String.join(", ", space.parameters().stream().map(p -> p.path())
								.filter(p -> !p.contains("fraction") && !p.equals("model.moe")
										&& !p.equals("bytes per parameter"))
								.toList())));
				continue;
			}
			if (v.values().length == 0) {
				problems.add(Problem.error(sweep.origin(), "sweep " + sweep.name() + ": `" + v.path()
						+ "` has no values"));
			}
			varied[d] = index.get();
			values[d] = v.values();
			columns.add(v.path());
			units.add(siUnit(space.get(index.get()).path(), v.unit()));
		}
		long points = problems.isEmpty() ? SweepGrid.points(values) : 0;
		if (points > MAX_POINTS) {
			problems.add(Problem.error(sweep.origin(), "sweep " + sweep.name() + " has " + points
					+ " points; at most " + MAX_POINTS + " are allowed: vary fewer values"));
		}
		List<String> figures = model.sweepFigures();
		int[] outputs = figures.stream().mapToInt(kernel::indexOf).toArray();
		for (String figure : figures) {
			columns.add(figure);
			units.add(kernel.figures().get(kernel.indexOf(figure)).dimension().siUnit());
		}
		if (!problems.isEmpty()) {
			return new SweepResult(sweep.name(), sweep.origin(), ID, columns, units, 0, new double[0], problems);
		}
		cancellation.check();
		// the rows are computed when a writer or a chart reads them
		return new SweepResult(sweep.name(), sweep.origin(), ID, columns, units, (int) points,
				new SweepGrid(kernel, space.nominal(), varied, values, outputs, parallel), problems);
	}

	/** The path as written, then with {@code model.}, {@code accelerator.}, {@code datacenter.} or an alias. */
	static Optional<Integer> resolve(ParameterSpace space, String path) {
		String p = ParameterSpace.normalise(path).replaceFirst("^(hardware|on|device)\\.", "accelerator.");
		for (String candidate : List.of(p, ALIASES.getOrDefault(p, p), "model." + p, "accelerator." + p,
				"datacenter." + p)) {
			Optional<Integer> index = space.indexOf(candidate);
			if (index.isPresent()) {
				return index;
			}
		}
		return Optional.empty();
	}

	/** The SI unit of a varied input (sweep values are SI), or the unit as written when unknown. */
	static String siUnit(String path, String written) {
		return switch (path) {
		case "prompt", "reasoning", "answer", "context", "tokens" -> "tokens";
		case "batch", "mfu", "mbu", "accelerators", "datacenter.pue", "model.parameters", "model.active",
				"model.experts", "model.routed", "decode mfu", "prefill mfu", "utilisation" -> "1";
		case "average power", "accelerator.power", "accelerator.idle", "host power" -> "W";
		case "energy" -> "J";
		case "accelerator.peak" -> "FLOP/s";
		case "accelerator.bandwidth" -> "B/s";
		case "model.kv" -> "B";
		case "requests" -> "1/s";
		case "duration", "accelerator-hours" -> "s";
		case "flops" -> "FLOP";
		case "datacenter.carbon" -> "kgCO2e/J";
		default -> written.isEmpty() ? "1" : written;
		};
	}
}

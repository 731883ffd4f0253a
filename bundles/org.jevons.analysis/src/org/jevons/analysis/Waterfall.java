package org.jevons.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jevons.analysis.inference.InferenceFigure;
import org.jevons.analysis.training.TrainingFigure;

/**
 * How a workload's energy grows from "accelerators only" to its full boundary, one component at a time in a fixed
 * order (docs/methodology.md, Boundaries). Each component is a figure of the workload's kernel; a component the
 * workload does not state is a step that is "not counted" and adds nothing.
 *
 * @param total the figure at the full boundary, the last step's running total
 */
public record Waterfall(String workload, Dimension dimension, List<Step> steps, double total) {

	/**
	 * @param added   what the component adds; empty when it is not counted
	 * @param before  the figure at the boundary before this component (0 before the first)
	 * @param running the figure at this boundary: accelerators up to and including this component
	 */
	public record Step(String key, String label, Optional<Figure> added, double before, double running) {
		public boolean counted() {
			return added.isPresent();
		}

		/** The label up to its first parenthesis, for axes: "Host (CPU, DRAM, network)" → "Host". */
		public String shortLabel() {
			int paren = label.indexOf(" (");
			return paren > 0 ? label.substring(0, paren) : label;
		}

		/** The short label, marked when the component is not counted: a chart's category. */
		public String category() {
			return counted() ? shortLabel() : shortLabel() + " (not counted)";
		}
	}

	public Waterfall {
		steps = List.copyOf(steps);
	}

	/** The fixed order of the components of an inference's energy per request. */
	public static final List<InferenceFigure> INFERENCE = List.of(InferenceFigure.ACCELERATOR_ENERGY_PER_REQUEST,
			InferenceFigure.HOST_ENERGY_PER_REQUEST, InferenceFigure.RESERVE_ENERGY_PER_REQUEST,
			InferenceFigure.OVERHEAD_ENERGY_PER_REQUEST, InferenceFigure.TRAINING_ENERGY_PER_REQUEST);
	/** The fixed order of the components of a training's energy. */
	public static final List<TrainingFigure> TRAINING = List.of(TrainingFigure.ACCELERATOR_ENERGY,
			TrainingFigure.HOST_ENERGY, TrainingFigure.RESERVE_ENERGY, TrainingFigure.OVERHEAD_ENERGY,
			TrainingFigure.DEVELOPMENT_ENERGY);

	/** The energy waterfall of a training or inference; empty when even its accelerator energy is unknown. */
	public static Optional<Waterfall> energy(WorkloadResult w) {
		List<String[]> components = new ArrayList<>();
		if (w.kind() == WorkloadResult.Kind.INFERENCE) {
			INFERENCE.forEach(f -> components.add(new String[] { f.key(), f.label() }));
		} else {
			TRAINING.forEach(f -> components.add(new String[] { f.key(), f.label() }));
		}
		if (w.figure(components.get(0)[0]).isEmpty()) {
			return Optional.empty();
		}
		List<Step> steps = new ArrayList<>();
		double running = 0;
		for (String[] component : components) {
			Optional<Figure> added = w.figure(component[0]);
			double before = running;
			running += added.map(Figure::nominal).orElse(0.0);
			steps.add(new Step(component[0], component[1], added, before, running));
		}
		return Optional.of(new Waterfall(w.name(), Dimension.ENERGY, steps, running));
	}

	/** Whether any component beyond the accelerators is counted: otherwise there is no growth to show. */
	public boolean grows() {
		return steps.stream().skip(1).anyMatch(Step::counted);
	}
}

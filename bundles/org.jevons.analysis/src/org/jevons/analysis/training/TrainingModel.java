package org.jevons.analysis.training;

import java.util.List;

import org.jevons.analysis.Defaults;
import org.jevons.analysis.Dimension;
import org.jevons.analysis.engine.Block;
import org.jevons.analysis.engine.FigureSpec;
import org.jevons.analysis.engine.Kernel;
import org.jevons.analysis.engine.Parameter;
import org.jevons.analysis.engine.ParameterSpace;
import org.jevons.analysis.engine.Peak;
import org.jevons.analysis.engine.WorkloadModel;
import org.jevons.analysis.spec.Specs.Accelerator;
import org.jevons.analysis.spec.Specs.Datacenter;
import org.jevons.analysis.spec.Specs.Training;

/**
 * Training as a kernel (methodology.md, Training): compute C = 6·N_a·D unless {@code flops}; accelerator time
 * reported ({@code accelerator-hours}, or {@code duration} × n) or predicted C / (F · MFU); IT energy = time ×
 * average power (+ host share); facility energy = IT × PUE; carbon, water, embodied carbon; implied MFU.
 * Absent inputs are NaN in the vector.
 */
public final class TrainingModel implements WorkloadModel {
	static final List<FigureSpec> FIGURES = List.of(
			new FigureSpec("energy", "Energy", Dimension.ENERGY,
					List.of("accelerator-hours", "duration", "average power", "accelerator.power", "utilisation",
							"host power", "datacenter.pue", "mfu", "tokens", "flops", "model.active",
							"accelerator.peak")),
			new FigureSpec("it_energy", "IT energy", Dimension.ENERGY,
					List.of("accelerator-hours", "duration", "average power", "accelerator.power", "utilisation",
							"host power", "mfu", "tokens", "flops")),
			new FigureSpec("carbon", "Carbon", Dimension.MASS_CO2E, List.of("datacenter.carbon", "average power",
					"accelerator-hours", "duration", "datacenter.pue", "mfu")),
			new FigureSpec("water", "Water", Dimension.WATER, List.of("datacenter.wue", "datacenter.water")),
			new FigureSpec("accelerator_hours", "Accelerator time", Dimension.TIME,
					List.of("accelerator-hours", "duration", "accelerators", "mfu", "tokens", "flops",
							"accelerator.peak")),
			new FigureSpec("duration", "Wall-clock time", Dimension.TIME,
					List.of("accelerator-hours", "duration", "accelerators", "mfu")),
			new FigureSpec("flops", "Training compute", Dimension.COMPUTE, List.of("flops", "tokens", "model.active")),
			new FigureSpec("implied_mfu", "Implied MFU", Dimension.RATIO,
					List.of("flops", "tokens", "model.active", "accelerator-hours", "duration", "accelerator.peak")),
			new FigureSpec("predicted_accelerator_hours", "Predicted accelerator time", Dimension.TIME,
					List.of("mfu", "tokens", "flops", "accelerator.peak")),
			new FigureSpec("average_power", "Average power per accelerator", Dimension.POWER,
					List.of("average power", "accelerator.power", "utilisation", "host power")),
			new FigureSpec("embodied_carbon", "Embodied carbon", Dimension.MASS_CO2E,
					List.of("accelerator.embodied", "accelerator.lifetime")));

	final int tokens, flops, mfu, duration, acceleratorHours, averagePower, active, accelerators, peak, power,
			utilisation, hostPower, pue, carbon, wue, gridWater, embodied, lifetime;
	private final ParameterSpace space = new ParameterSpace();
	private final Kernel kernel = new TrainingKernel();
	final Peak peakChoice;

	public TrainingModel(Training training) {
		String w = training.name();
		Accelerator a = training.on().accelerator();
		Datacenter d = training.on().datacenter()
				.orElse(new Datacenter("", java.util.Optional.empty(), java.util.Optional.empty(),
						java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty()));
		String m = training.model().name();
		peakChoice = Peak.of(a, training.precision());
		tokens = space.add(Parameter.optional(w, "tokens", training.tokens()));
		flops = space.add(Parameter.optional(w, "flops", training.flops()));
		mfu = space.add(Parameter.optional(w, "mfu", training.mfu()));
		duration = space.add(Parameter.optional(w, "duration", training.duration()));
		acceleratorHours = space.add(Parameter.optional(w, "accelerator-hours", training.acceleratorHours()));
		averagePower = space.add(Parameter.optional(w, "average power", training.averagePower()));
		active = space.add(Parameter.declared(m, "model.active", training.model().active()));
		accelerators = space.add(Parameter.declared(w, "accelerators", training.on().accelerators()));
		peak = space.add(Parameter.optional(a.name(), "accelerator.peak", peakChoice.value()));
		power = space.add(Parameter.optional(a.name(), "accelerator.power", a.power()));
		// the default utilisation is used (and cited) only when no average power is stated
		utilisation = space.add(training.averagePower().isPresent()
				? Parameter.optional(w, "utilisation", java.util.Optional.empty())
				: Parameter.withDefault(w, "utilisation", java.util.Optional.empty(), Defaults.TRAINING_UTILISATION,
						Defaults.TRAINING_UTILISATION_SOURCE));
		hostPower = space.add(Parameter.optional(w, "host power", training.on().hostPower()));
		pue = space.add(Parameter.optional(d.name(), "datacenter.pue", d.pue()));
		carbon = space.add(Parameter.optional(d.name(), "datacenter.carbon", d.carbon()));
		wue = space.add(Parameter.optional(d.name(), "datacenter.wue", d.wue()));
		gridWater = space.add(Parameter.optional(d.name(), "datacenter.water", d.gridWater()));
		embodied = space.add(Parameter.optional(a.name(), "accelerator.embodied", a.embodied()));
		lifetime = space.add(Parameter.optional(a.name(), "accelerator.lifetime", a.lifetime()));
	}

	@Override
	public ParameterSpace space() {
		return space;
	}

	@Override
	public Kernel kernel() {
		return kernel;
	}

	@Override
	public String primaryFigure() {
		return "energy";
	}

	@Override
	public List<String> sweepFigures() {
		return List.of("energy", "accelerator_hours", "carbon");
	}

	private final class TrainingKernel implements Kernel {
		@Override
		public List<FigureSpec> figures() {
			return FIGURES;
		}

		@Override
		public void evaluate(double[] p, double[] out) {
			double n = p[accelerators];
			double compute = Double.isNaN(p[flops]) ? 6 * p[active] * p[tokens] : p[flops];
			double reported = Double.isNaN(p[acceleratorHours]) ? p[duration] * n : p[acceleratorHours];
			double predicted = compute / (p[peak] * p[mfu]);
			boolean isReported = !Double.isNaN(reported);
			double hours = isReported ? reported : predicted;
			double hostShare = Double.isNaN(p[hostPower]) ? 0 : p[hostPower] / n;
			double averageWatts = Double.isNaN(p[averagePower]) ? p[power] * p[utilisation] + hostShare
					: p[averagePower];
			double itEnergy = hours * averageWatts;
			double energy = itEnergy * (Double.isNaN(p[pue]) ? 1 : p[pue]);
			out[0] = energy;
			out[1] = itEnergy;
			out[2] = energy * p[carbon];
			out[3] = water(itEnergy, energy, p);
			out[4] = hours;
			out[5] = hours / n;
			out[6] = compute;
			out[7] = isReported ? compute / (reported * p[peak]) : Double.NaN;
			out[8] = isReported ? predicted : Double.NaN;
			out[9] = averageWatts;
			out[10] = hours / p[lifetime] * p[embodied];
		}

		/** Column-wise, bit-identical to {@link #evaluate(double[], double[])}: see {@link TrainingBlock}. */
		@Override
		public void evaluate(Block block, int[] figures, double[][] out, int offset) {
			TrainingBlock.evaluate(block, TrainingModel.this, figures, out, offset);
		}

		/** On-site water per IT joule plus off-site water of generation per facility joule. */
		private double water(double itEnergy, double energy, double[] p) {
			boolean onSite = !Double.isNaN(p[wue]);
			boolean offSite = !Double.isNaN(p[gridWater]);
			if (!onSite && !offSite) {
				return Double.NaN;
			}
			return (onSite ? itEnergy * p[wue] : 0) + (offSite ? energy * p[gridWater] : 0);
		}
	}
}

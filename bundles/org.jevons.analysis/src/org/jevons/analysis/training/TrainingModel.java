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
		utilisation = space.add(Parameter.withDefault(w, "utilisation", java.util.Optional.empty(),
				Defaults.TRAINING_UTILISATION, Defaults.TRAINING_UTILISATION_SOURCE));
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

		/**
		 * The same formulas as {@link #evaluate(double[], double[])}, column-wise: one branch-free pass computes the
		 * intermediate values every figure shares (the JIT turns the NaN tests into blends and vectorises the loop),
		 * then each wanted figure is one short loop. Operations and their order are those of the scalar kernel, so
		 * both give the same bits.
		 */
		@Override
		public void evaluate(Block b, int[] figures, double[][] out, int offset) {
			int size = b.size();
			double[] n = b.in(accelerators), fl = b.in(flops), act = b.in(active), tok = b.in(tokens);
			double[] ah = b.in(acceleratorHours), dur = b.in(duration), pk = b.in(peak), mf = b.in(mfu);
			double[] host = b.in(hostPower), avg = b.in(averagePower), pw = b.in(power), util = b.in(utilisation);
			double[] pu = b.in(pue);
			double[] compute = b.scratch(0), reported = b.scratch(1), predicted = b.scratch(2), hours = b.scratch(3);
			double[] watts = b.scratch(4), it = b.scratch(5), energy = b.scratch(6);
			for (int i = 0; i < size; i++) {
				double c = Double.isNaN(fl[i]) ? 6 * act[i] * tok[i] : fl[i];
				double r = Double.isNaN(ah[i]) ? dur[i] * n[i] : ah[i];
				double pr = c / (pk[i] * mf[i]);
				double h = !Double.isNaN(r) ? r : pr;
				double share = Double.isNaN(host[i]) ? 0 : host[i] / n[i];
				double w = Double.isNaN(avg[i]) ? pw[i] * util[i] + share : avg[i];
				double e = h * w;
				compute[i] = c;
				reported[i] = r;
				predicted[i] = pr;
				hours[i] = h;
				watts[i] = w;
				it[i] = e;
				energy[i] = e * (Double.isNaN(pu[i]) ? 1 : pu[i]);
			}
			for (int j = 0; j < figures.length; j++) {
				double[] o = out[j];
				switch (figures[j]) {
				case 0 -> System.arraycopy(energy, 0, o, offset, size);
				case 1 -> System.arraycopy(it, 0, o, offset, size);
				case 2 -> product(energy, b.in(carbon), o, offset, size);
				case 3 -> water(it, energy, b.in(wue), b.in(gridWater), o, offset, size);
				case 4 -> System.arraycopy(hours, 0, o, offset, size);
				case 5 -> {
					for (int i = 0; i < size; i++) {
						o[offset + i] = hours[i] / n[i];
					}
				}
				case 6 -> System.arraycopy(compute, 0, o, offset, size);
				case 7 -> {
					for (int i = 0; i < size; i++) {
						o[offset + i] = !Double.isNaN(reported[i]) ? compute[i] / (reported[i] * pk[i]) : Double.NaN;
					}
				}
				case 8 -> {
					for (int i = 0; i < size; i++) {
						o[offset + i] = !Double.isNaN(reported[i]) ? predicted[i] : Double.NaN;
					}
				}
				case 9 -> System.arraycopy(watts, 0, o, offset, size);
				case 10 -> {
					double[] life = b.in(lifetime), emb = b.in(embodied);
					for (int i = 0; i < size; i++) {
						o[offset + i] = hours[i] / life[i] * emb[i];
					}
				}
				default -> throw new IllegalArgumentException("no figure " + figures[j]);
				}
			}
		}

		private static void product(double[] x, double[] y, double[] o, int offset, int size) {
			for (int i = 0; i < size; i++) {
				o[offset + i] = x[i] * y[i];
			}
		}

		private static void water(double[] it, double[] energy, double[] wue, double[] grid, double[] o, int offset,
				int size) {
			for (int i = 0; i < size; i++) {
				boolean onSite = !Double.isNaN(wue[i]);
				boolean offSite = !Double.isNaN(grid[i]);
				double w = (onSite ? it[i] * wue[i] : 0) + (offSite ? energy[i] * grid[i] : 0);
				o[offset + i] = onSite || offSite ? w : Double.NaN;
			}
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

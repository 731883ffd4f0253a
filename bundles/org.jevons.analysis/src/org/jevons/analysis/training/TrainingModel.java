package org.jevons.analysis.training;

import static java.lang.Double.isNaN;

import java.util.List;
import java.util.Optional;

import org.jevons.analysis.Defaults;
import org.jevons.analysis.engine.Block;
import org.jevons.analysis.engine.Boundaries;
import org.jevons.analysis.engine.ColumnMath;
import org.jevons.analysis.engine.FigureSpec;
import org.jevons.analysis.engine.Kernel;
import org.jevons.analysis.engine.Parameter;
import org.jevons.analysis.engine.ParameterSpace;
import org.jevons.analysis.engine.Peak;
import org.jevons.analysis.engine.WorkloadModel;
import org.jevons.analysis.spec.Specs.Accelerator;
import org.jevons.analysis.spec.Specs.Datacenter;
import org.jevons.analysis.spec.Specs.Lifecycle;
import org.jevons.analysis.spec.Specs.Model;
import org.jevons.analysis.spec.Specs.Shape;
import org.jevons.analysis.spec.Specs.Training;

/**
 * Training as a kernel (methodology.md, Training): compute C = 6·N_a·D unless {@code flops}; accelerator time
 * reported ({@code accelerator-hours}, or {@code duration} × n) or predicted C / (F · MFU); IT energy = time ×
 * average power (+ host share); facility energy = IT × PUE; carbon, water, embodied carbon; implied MFU. The
 * formulas are written once, column-wise over a {@link Block}; a single point is a block of one sample. Absent
 * inputs are NaN in the vector; every test on them is decided once per block from entry 0.
 */
public final class TrainingModel implements WorkloadModel {
	final int tokens, flops, mfu, duration, acceleratorHours, averagePower, active, accelerators, peak, power,
			utilisation, hostPower, pue, carbon, wue, gridWater, embodied, lifetime, attentionLayers, attentionWidth,
			sequence, window, localShare, hostShare, reserve, development, nodeEmbodied, nodeLifetime, residual,
			cleanShare;
	private final ParameterSpace space = new ParameterSpace();
	private final Kernel kernel = new TrainingKernel();
	private final TrainingLifecycle lifecycle = new TrainingLifecycle(this);
	final Peak peakChoice;

	public TrainingModel(Training training) {
		String w = training.name();
		Accelerator a = training.on().accelerator();
		Datacenter d = training.on().datacenter()
				.orElse(new Datacenter("", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
						Optional.empty()));
		Model model = training.model();
		String m = model.name();
		Shape shape = model.shape();
		peakChoice = Peak.of(a, training.precision());
		tokens = space.add(Parameter.optional(w, "tokens", training.tokens()));
		flops = space.add(Parameter.optional(w, "flops", training.flops()));
		mfu = space.add(Parameter.optional(w, "mfu", training.mfu()));
		duration = space.add(Parameter.optional(w, "duration", training.duration()));
		acceleratorHours = space.add(Parameter.optional(w, "accelerator-hours", training.acceleratorHours()));
		averagePower = space.add(Parameter.optional(w, "average power", training.averagePower()));
		// a dense model's active parameters are its parameters: one input, one tornado bar
		active = space.add(model.hasActive() ? Parameter.declared(m, "model.active", model.active())
				: Parameter.declared(m, "model.parameters", model.parameters()));
		space.alias(model.hasActive() ? "model.active" : "model.parameters", active);
		space.alias("model.active", active);
		accelerators = space.add(Parameter.declared(w, "accelerators", training.on().accelerators()));
		peak = space.add(Parameter.optional(a.name(), "accelerator.peak", peakChoice.value()));
		power = space.add(Parameter.optional(a.name(), "accelerator.power", a.power()));
		// the default utilisation is used (and cited) only when no average power is stated
		utilisation = space.add(training.averagePower().isPresent()
				? Parameter.optional(w, "utilisation", Optional.empty())
				: Parameter.withDefault(w, "utilisation", Optional.empty(), Defaults.TRAINING_UTILISATION,
						Defaults.TRAINING_UTILISATION_SOURCE));
		hostPower = space.add(Parameter.optional(w, "host power", training.on().hostPower()));
		pue = space.add(Parameter.optional(d.name(), "datacenter.pue", d.pue()));
		carbon = space.add(Parameter.optional(d.name(), "datacenter.carbon", d.carbon()));
		wue = space.add(Parameter.optional(d.name(), "datacenter.wue", d.wue()));
		gridWater = space.add(Parameter.optional(d.name(), "datacenter.water", d.gridWater()));
		embodied = space.add(Parameter.optional(a.name(), "accelerator.embodied", a.embodied()));
		lifetime = space.add(Parameter.optional(a.name(), "accelerator.lifetime", a.lifetime()));
		attentionLayers = space.add(Parameter.optional(m, "model.attention layers",
				shape.attentionLayers().or(model::layers)));
		attentionWidth = space.add(Parameter.optional(m, "model.attention width", shape.attentionWidth()));
		// the training's sequence length, not the model's longest context (usually reached only in a late phase)
		sequence = space.add(Parameter.optional(w, "context", training.context()));
		window = space.add(Parameter.optional(m, "model.window", shape.window()));
		localShare = space.add(Parameter.optional(m, "model.local share", shape.localShare()));
		Lifecycle life = training.lifecycle();
		hostShare = space.add(Parameter.optional(w, "host share", life.hostShare()));
		reserve = space.add(Parameter.optional(w, "reserve", life.reserve()));
		development = space.add(Parameter.optional(w, "development", life.development()));
		nodeEmbodied = space.add(Parameter.optional(w, "node.embodied", training.on().nodeEmbodied()));
		nodeLifetime = space.add(Parameter.optional(w, "node.lifetime", training.on().nodeLifetime()));
		residual = space.add(Parameter.optional(d.name(), "datacenter.residual", d.residualCarbon()));
		cleanShare = space.add(Parameter.optional(d.name(), "datacenter.clean share", d.cleanShare()));
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
		return TrainingFigure.ENERGY.key();
	}

	@Override
	public List<String> sweepFigures() {
		return List.of(TrainingFigure.ENERGY.key(), TrainingFigure.ACCELERATOR_HOURS.key(),
				TrainingFigure.CARBON.key());
	}

	private final class TrainingKernel implements Kernel {
		private static final int COMPUTE = 0, REPORTED = 1, PREDICTED = 2, WATTS = 3, IT = TrainingLifecycle.IT,
				ENERGY = TrainingLifecycle.ENERGY;

		@Override
		public List<FigureSpec> figures() {
			return TrainingFigure.SPECS;
		}

		@Override
		public void evaluate(Block b, int[] figures, double[][] out, int offset) {
			int size = b.size();
			double[] n = b.in(accelerators), pk = b.in(peak), mf = b.in(mfu), act = b.in(active), tok = b.in(tokens);
			double[] stated = b.in(flops), hoursStated = b.in(acceleratorHours), dur = b.in(duration);
			double[] watts = b.in(averagePower), pw = b.in(power), util = b.in(utilisation), host = b.in(hostPower);
			double[] facility = isNaN(b.in(pue)[0]) ? Block.ones() : b.in(pue);
			boolean statedFlops = !isNaN(stated[0]);
			boolean statedHours = !isNaN(hoursStated[0]);
			boolean statedPower = !isNaN(watts[0]);
			boolean hostStated = !statedPower && !isNaN(host[0]);
			boolean hostShared = !statedPower && !hostStated && !isNaN(b.in(hostShare)[0]);
			double[] shared = b.in(hostShare), reserved = b.in(reserve);
			boolean reserveStated = !isNaN(reserved[0]);
			double[] compute = b.scratch(COMPUTE), reported = b.scratch(REPORTED), predicted = b.scratch(PREDICTED);
			double[] average = b.scratch(WATTS), it = b.scratch(IT), energy = b.scratch(ENERGY);
			for (int i = 0; i < size; i++) {
				compute[i] = statedFlops ? stated[i] : 6 * act[i] * tok[i];
				reported[i] = statedHours ? hoursStated[i] : dur[i] * n[i];
				// accelerator-seconds: C / (F · MFU) over all accelerators together, not per accelerator
				predicted[i] = compute[i] / (pk[i] * mf[i]);
				average[i] = statedPower ? watts[i] : pw[i] * util[i] + (hostStated ? host[i] / n[i] : 0);
			}
			boolean isReported = !isNaN(reported[0]);
			double[] hours = isReported ? reported : predicted;
			// boundary components in their fixed order; each stated share adds before × s / (1 − s)
			double[] acceleratorPart = b.scratch(TrainingLifecycle.ACCELERATORS);
			double[] hostPart = b.scratch(TrainingLifecycle.HOST), reservePart = b.scratch(TrainingLifecycle.RESERVE);
			for (int i = 0; i < size; i++) {
				double accelerators = hours[i] * (statedPower ? watts[i] : pw[i] * util[i]);
				double hostEnergy = hostStated ? hours[i] * host[i] / n[i]
						: hostShared ? Boundaries.share(accelerators, shared[i]) : 0;
				double reserveEnergy = reserveStated ? Boundaries.share(accelerators + hostEnergy, reserved[i])
						: 0;
				acceleratorPart[i] = accelerators;
				hostPart[i] = hostStated || hostShared ? hostEnergy : Double.NaN;
				reservePart[i] = reserveStated ? reserveEnergy : Double.NaN;
				it[i] = accelerators + hostEnergy + reserveEnergy;
				energy[i] = it[i] * facility[i];
			}
			TrainingFigure[] all = TrainingFigure.values();
			for (int j = 0; j < figures.length; j++) {
				double[] o = out[j];
				switch (all[figures[j]]) {
				case ENERGY -> System.arraycopy(energy, 0, o, offset, size);
				case IT_ENERGY -> System.arraycopy(it, 0, o, offset, size);
				case CARBON -> ColumnMath.product(energy, b.in(carbon), o, offset, size);
				case WATER -> water(b, it, energy, o, offset);
				case ACCELERATOR_HOURS -> System.arraycopy(hours, 0, o, offset, size);
				case DURATION -> {
					for (int i = 0; i < size; i++) {
						o[offset + i] = hours[i] / n[i];
					}
				}
				case FLOPS -> System.arraycopy(compute, 0, o, offset, size);
				case FLOPS_WITH_ATTENTION -> withAttention(b, o, offset);
				case IMPLIED_MFU -> {
					for (int i = 0; i < size; i++) {
						o[offset + i] = isReported ? compute[i] / (reported[i] * pk[i]) : Double.NaN;
					}
				}
				case PREDICTED_ACCELERATOR_HOURS -> {
					for (int i = 0; i < size; i++) {
						o[offset + i] = isReported ? predicted[i] : Double.NaN;
					}
				}
				case AVERAGE_POWER -> System.arraycopy(average, 0, o, offset, size);
				case EMBODIED_CARBON -> lifecycle.embodied(b, hours, o, offset);
				default -> lifecycle.write(all[figures[j]], b, hours, o, offset);
				}
			}
		}

		/**
		 * 6 · N_a · D plus attention, three times its forward FLOPs 2 · layers · context · d_attn per token (Kaplan
		 * et al. 2020, table 1), local layers attending at most their window; NaN without the model's attention
		 * shape and context, or with stated {@code flops}.
		 */
		private void withAttention(Block b, double[] o, int offset) {
			double[] act = b.in(active), tok = b.in(tokens), layers = b.in(attentionLayers);
			double[] width = b.in(attentionWidth), context = b.in(sequence), span = b.in(window);
			double[] local = isNaN(span[0]) || isNaN(b.in(localShare)[0]) ? Block.zeros() : b.in(localShare);
			boolean windowed = !isNaN(span[0]);
			boolean stated = !isNaN(b.in(flops)[0]);
			for (int i = 0; i < b.size(); i++) {
				double attended = (1 - local[i]) * context[i] + local[i] * (windowed ? Math.min(context[i], span[i])
						: context[i]);
				o[offset + i] = stated ? Double.NaN
						: tok[i] * (6 * act[i] + 6 * layers[i] * width[i] * attended);
			}
		}

		/** On-site water per IT joule plus off-site water of generation per facility joule. */
		private void water(Block b, double[] it, double[] energy, double[] o, int offset) {
			double[] onSite = b.in(wue), grid = b.in(gridWater);
			boolean hasOnSite = !isNaN(onSite[0]), hasOffSite = !isNaN(grid[0]);
			for (int i = 0; i < b.size(); i++) {
				double w = (hasOnSite ? it[i] * onSite[i] : 0) + (hasOffSite ? energy[i] * grid[i] : 0);
				o[offset + i] = hasOnSite || hasOffSite ? w : Double.NaN;
			}
		}
	}
}

package org.jevons.analysis.inference;

import static java.lang.Double.isNaN;

import java.util.List;

import org.jevons.analysis.Defaults;
import org.jevons.analysis.engine.Block;
import org.jevons.analysis.engine.Boundaries;
import org.jevons.analysis.engine.ColumnMath;
import org.jevons.analysis.engine.FigureSpec;
import org.jevons.analysis.engine.Kernel;

/**
 * The inference formulas (docs/methodology.md, Inference), written once over a {@link Block}: the nominal point, a
 * sensitivity bar or a sweep point is a block of one sample. Per sample: the attended context, the batch (stated,
 * or the largest that fits in memory and meets the latency target), the decode step ({@link DecodeStep}), prefill,
 * power, and the figures of {@link InferenceFigure}. Tests on absent inputs (NaN) are decided once per block.
 */
final class InferenceKernel implements Kernel {
	// scratch columns the main pass leaves for the figure pass
	static final int TOKENS = 0, STEP = 1, FRACTION = 2, DECODE_POWER = 3, PREFILL_TIME = 4,
			PREFILL_ENERGY = 5, TOKEN_ENERGY = 6, PUE = 7, IT = 8, ENERGY = 9, PER_YEAR = 10, ACCELERATOR_TIME = 11,
			BATCH = 12, MAX_BATCH = 13, IMPLIED_MBU = 14, FREE = 15, ATTENTION = 16, PREFILL_FLOPS = 17, HELD = 18,
			TRAFFIC = 19, FLOP_RATE = 20, BYTE_RATE = 21, DENSE_FLOPS = 22, STEP_PER_TOKEN = 23, ATTENDED = 24;
	// boundary components and the amortised training of the lifecycle figures, above the columns DecodeStep
	// takes from FIRST_SCRATCH (25–38)
	static final int ACCELERATORS = 40, HOST = 41, RESERVE = 42, AMORTISED_TRAINING = 43;

	private final InferenceModel m;
	private final LifecycleFigures lifecycle;

	InferenceKernel(InferenceModel model) {
		this.m = model;
		this.lifecycle = new LifecycleFigures(model);
	}

	@Override
	public List<FigureSpec> figures() {
		return m.figureSpecs;
	}

	@Override
	public void evaluate(Block b, int[] figures, double[][] out, int offset) {
		mainPass(b, figures);
		InferenceFigure[] all = InferenceFigure.values();
		for (int j = 0; j < figures.length; j++) {
			write(all[figures[j]], b, out[j], offset);
		}
	}

	private void mainPass(Block b, int[] figures) {
		int size = b.size();
		double[] prompt = b.in(m.prompt), reasoning = b.in(m.reasoning), answer = b.in(m.answer);
		double[] n = b.in(m.accelerators), peak = b.in(m.peak), bw = b.in(m.bandwidth), mbu = b.in(m.mbu);
		double[] total = b.in(m.parameters), active = b.in(m.active);
		double[] stated = b.in(m.batch), latency = b.in(m.latency), measured = b.in(m.measuredEnergy);
		// a stated (or swept) mfu is the effective utilisation of the whole step: the roofline max(compute, memory)
		boolean effective = !isNaN(b.in(m.mfu)[0]);
		double[] mfu = effective ? b.in(m.mfu) : b.in(m.decodeMfu);
		double[] prefillMfu = effective ? b.in(m.mfu) : b.in(m.prefillMfu);
		double[] averagePower = b.in(m.averagePower), host = b.in(m.hostPower);
		boolean moe = b.in(m.moe)[0] == 1 && !isNaN(b.in(m.experts)[0]) && !isNaN(b.in(m.routed)[0]);
		boolean measuredPower = !isNaN(averagePower[0]);
		// host power is added only when stated by a node and not already inside a measured average power
		boolean hostCounted = !measuredPower && !isNaN(host[0]);
		boolean measuredEnergy = !isNaN(measured[0]);
		// a host share fills in for a node's host power; a measured average power already holds the host
		double[] hostShare = b.in(m.hostShare), reserveShare = b.in(m.reserve);
		boolean hostShared = !measuredPower && !hostCounted && !isNaN(hostShare[0]);
		boolean reserveStated = !isNaN(reserveShare[0]);

		double[] tokens = b.scratch(TOKENS), step = b.scratch(STEP), fraction = b.scratch(FRACTION);
		double[] decodePower = b.scratch(DECODE_POWER), prefillTime = b.scratch(PREFILL_TIME);
		double[] prefillEnergy = b.scratch(PREFILL_ENERGY), tokenEnergy = b.scratch(TOKEN_ENERGY);
		double[] pue = b.scratch(PUE), it = b.scratch(IT), energy = b.scratch(ENERGY), perYear = b.scratch(PER_YEAR);
		double[] acceleratorTime = b.scratch(ACCELERATOR_TIME), impliedMbu = b.scratch(IMPLIED_MBU);
		double[] attentionFlops = b.scratch(ATTENTION), prefillFlops = b.scratch(PREFILL_FLOPS);
		double[] held = b.scratch(HELD), traffic = b.scratch(TRAFFIC), flopRate = b.scratch(FLOP_RATE);
		double[] byteRate = b.scratch(BYTE_RATE), dense = b.scratch(DENSE_FLOPS);

		context(b, tokens, attentionFlops, prefillFlops, held, traffic);
		DecodeStep decode = new DecodeStep(b);
		for (int i = 0; i < size; i++) {
			flopRate[i] = n[i] * peak[i] * mfu[i];
			byteRate[i] = n[i] * bw[i] * mbu[i];
		}
		decode.flopRate = flopRate;
		decode.byteRate = byteRate;
		decode.total = total;
		decode.active = active;
		decode.weightBytes = b.in(m.weightBytes);
		decode.trafficPerSequence = traffic;
		decode.overhead = effective ? Block.zeros() : b.in(m.overhead);
		decode.overlap = effective ? Block.ones() : b.in(m.overlap);
		decode.tile = effective ? Block.zeros() : b.in(m.moeEfficiency);
		decode.imbalance = effective ? Block.ones() : b.in(m.imbalance);
		decode.denseFlopsPerToken = dense;
		if (moe) {
			decode.moe(b.in(m.experts), b.in(m.routed), size, b.varies(m.parameters) || b.varies(m.active)
					|| b.varies(m.experts) || b.varies(m.routed));
		}
		double[] denseParameters = moe ? decode.shared : active;
		for (int i = 0; i < size; i++) {
			dense[i] = 2 * denseParameters[i] + attentionFlops[i];
		}
		decode.collectives(n, b.in(m.layers), b.in(m.hidden), b.in(m.interconnect), b.in(m.collectiveLatency),
				moe ? b.in(m.routed) : Block.zeros(), size, b.varies(m.accelerators) || b.varies(m.layers)
						|| b.varies(m.hidden) || b.varies(m.interconnect) || b.varies(m.collectiveLatency)
						|| b.varies(m.routed));
		boolean memoryWanted = isNaN(stated[0])
				|| wants(figures, InferenceFigure.MAX_BATCH, InferenceFigure.KV_CACHE_MEMORY);
		double[] batch = batch(b, decode, held, isNaN(stated[0]) ? java.util.Optional.empty()
				: java.util.Optional.of(stated), latency, memoryWanted);
		decode.times(batch, step, size);

		double[] compute = decode.compute, memory = decode.memory;
		power(b, fraction, decodePower, prefillEnergy, compute, memory);
		double[] facility = isNaN(b.in(m.pue)[0]) ? Block.ones() : b.in(m.pue);
		double[] hostPower = hostCounted ? host : Block.zeros();
		double[] requests = b.in(m.requests);
		boolean perYearWanted = wants(figures, InferenceFigure.REQUESTS_PER_YEAR, InferenceFigure.ANNUAL_ENERGY,
				InferenceFigure.ANNUAL_CARBON, InferenceFigure.ANNUAL_WATER, InferenceFigure.ANNUAL_ACCELERATOR_TIME);
		boolean timeWanted = wants(figures, InferenceFigure.ACCELERATOR_TIME_PER_REQUEST,
				InferenceFigure.ANNUAL_ACCELERATOR_TIME, InferenceFigure.EMBODIED_CARBON_PER_REQUEST,
				InferenceFigure.LIFECYCLE_CARBON_PER_REQUEST);
		boolean impliedWanted = measuredEnergy && wants(figures, InferenceFigure.IMPLIED_MBU);
		// branch-free loops, one per formula, so that the JIT can vectorise them
		double[] perToken = b.scratch(STEP_PER_TOKEN), accelerators = b.scratch(ACCELERATORS);
		for (int i = 0; i < size; i++) {
			// prefillEnergy holds the prefill power until here
			prefillTime[i] = prefillFlops[i] / (n[i] * peak[i] * prefillMfu[i]);
			accelerators[i] = n[i] * prefillEnergy[i] * prefillTime[i];
			prefillEnergy[i] = (n[i] * prefillEnergy[i] + hostPower[i]) * prefillTime[i];
			perToken[i] = step[i] / batch[i];
		}
		if (measuredEnergy) {
			System.arraycopy(measured, 0, tokenEnergy, 0, size);
		} else {
			for (int i = 0; i < size; i++) {
				tokenEnergy[i] = n[i] * decodePower[i] * perToken[i];
			}
		}
		// the accelerators' own energy: the token energy before the host's share of the step is added
		for (int i = 0; i < size; i++) {
			accelerators[i] += tokens[i] * tokenEnergy[i];
		}
		if (hostCounted) {
			for (int i = 0; i < size; i++) {
				tokenEnergy[i] += host[i] * perToken[i];
			}
		}
		for (int i = 0; i < size; i++) {
			it[i] = prefillEnergy[i] + tokens[i] * tokenEnergy[i];
		}
		components(b, hostCounted, hostShared, reserveStated, perToken);
		for (int i = 0; i < size; i++) {
			energy[i] = facility[i] * it[i];
		}
		if (wants(figures, InferenceFigure.PREFILL_ENERGY)) {
			System.arraycopy(facility, 0, pue, 0, size);
		}
		if (perYearWanted) {
			for (int i = 0; i < size; i++) {
				perYear[i] = requests[i] * Defaults.YEAR;
			}
		}
		if (timeWanted) {
			for (int i = 0; i < size; i++) {
				acceleratorTime[i] = n[i] * (prefillTime[i] + tokens[i] * perToken[i]);
			}
		}
		if (impliedWanted) {
			// the utilisation a measured J/token implies: the step it allows at the modelled power, against the
			// bytes the step must read
			for (int i = 0; i < size; i++) {
				impliedMbu[i] = mbu[i] * (memory[i] / (measured[i] * batch[i] / (n[i] * decodePower[i])));
			}
		} else if (wants(figures, InferenceFigure.IMPLIED_MBU)) {
			java.util.Arrays.fill(impliedMbu, 0, size, Double.NaN);
		}
	}

	/**
	 * The boundary components of the IT energy after the accelerators' own (the main pass leaves it in its column),
	 * in their fixed order (docs/methodology.md, Boundaries): host (a node's host power, or a stated share), reserve
	 * capacity (a stated share); a stated share s adds before × s / (1 − s) to the IT energy. A component that is
	 * not counted is NaN.
	 */
	private void components(Block b, boolean hostCounted, boolean hostShared, boolean reserveStated,
			double[] perToken) {
		int size = b.size();
		double[] host = b.in(m.hostPower), hostShare = b.in(m.hostShare), reserveShare = b.in(m.reserve);
		double[] prefillTime = b.scratch(PREFILL_TIME), tokens = b.scratch(TOKENS), it = b.scratch(IT);
		double[] accelerators = b.scratch(ACCELERATORS), hostPart = b.scratch(HOST), reserve = b.scratch(RESERVE);
		if (hostCounted) {
			for (int i = 0; i < size; i++) {
				hostPart[i] = host[i] * prefillTime[i] + tokens[i] * host[i] * perToken[i];
			}
		} else if (hostShared) {
			for (int i = 0; i < size; i++) {
				hostPart[i] = Boundaries.share(accelerators[i], hostShare[i]);
				it[i] += hostPart[i];
			}
		} else {
			java.util.Arrays.fill(hostPart, 0, size, Double.NaN);
		}
		if (reserveStated) {
			for (int i = 0; i < size; i++) {
				reserve[i] = Boundaries.share(it[i], reserveShare[i]);
				it[i] += reserve[i];
			}
		} else {
			java.util.Arrays.fill(reserve, 0, size, Double.NaN);
		}
	}

	/**
	 * Output tokens, attention FLOPs per decoded token and of the prefill, KV memory held per sequence and KV
	 * traffic per sequence per step, from the context each token attends to over the generation (local layers at
	 * most their window).
	 */
	private void context(Block b, double[] tokens, double[] attentionFlops, double[] prefillFlops, double[] held,
			double[] traffic) {
		int size = b.size();
		double[] prompt = b.in(m.prompt), reasoning = b.in(m.reasoning), answer = b.in(m.answer);
		double[] active = b.in(m.active), kv = b.in(m.kvBytes), state = b.in(m.state), window = b.in(m.window);
		double[] layers = isNaN(b.in(m.attentionLayers)[0]) ? b.in(m.layers) : b.in(m.attentionLayers);
		double[] width = b.in(m.attentionWidth), context = b.in(m.context);
		double[] local = isNaN(window[0]) || isNaN(b.in(m.localShare)[0]) ? Block.zeros() : b.in(m.localShare);
		boolean attention = !isNaN(width[0]) && !isNaN(layers[0]);
		boolean windowed = !isNaN(window[0]);
		boolean contextStated = !isNaN(context[0]);
		double[] kvBytes = isNaN(kv[0]) ? Block.zeros() : kv, recurrent = isNaN(state[0]) ? Block.zeros() : state;
		double[] attended = b.scratch(ATTENDED);
		// one formula per loop: the JIT vectorises loops over a few columns, not one loop over all of them
		for (int i = 0; i < size; i++) {
			tokens[i] = reasoning[i] + answer[i];
		}
		for (int i = 0; i < size; i++) {
			double t = tokens[i];
			double p = prompt[i];
			double full = contextStated ? context[i] : p + t / 2;
			double windowedContext = !windowed ? full
					: contextStated ? Math.min(full, window[i]) : (held(p + t, window[i]) - held(p, window[i])) / t;
			attended[i] = (1 - local[i]) * full + local[i] * windowedContext;
		}
		for (int i = 0; i < size; i++) {
			double p = prompt[i];
			double perContextToken = attention ? 2 * layers[i] * width[i] : 0;
			attentionFlops[i] = perContextToken * attended[i];
			// prefill: 2·N_a per prompt token plus attention over the growing prompt (quadratic)
			prefillFlops[i] = 2 * active[i] * p + perContextToken
					* ((1 - local[i]) * p * p / 2 + local[i] * (windowed ? held(p, window[i]) : p * p / 2));
		}
		for (int i = 0; i < size; i++) {
			// memory held per sequence: its KV cache at the mean context, and its recurrent state
			held[i] = kvBytes[i] * attended[i] + recurrent[i];
			// traffic per step: the KV cache is read, a recurrent state read and written
			traffic[i] = held[i] + recurrent[i];
		}
	}

	/**
	 * The batch of every sample: stated, or the largest whole batch whose KV cache fits beside the weights (at
	 * most the server's cap), and with a latency target the largest whose step meets it.
	 */
	private double[] batch(Block b, DecodeStep decode, double[] held, java.util.Optional<double[]> stated,
			double[] latency, boolean memoryWanted) {
		int size = b.size();
		double[] batch = b.scratch(BATCH);
		if (stated.isPresent() && !memoryWanted) {
			System.arraycopy(stated.get(), 0, batch, 0, size);
			return batch;
		}
		double[] n = b.in(m.accelerators), memory = b.in(m.memory), memoryShare = b.in(m.memoryUtilisation);
		double[] cap = b.in(m.batchCap), total = b.in(m.parameters), weightBytes = b.in(m.weightBytes);
		double[] maxBatch = b.scratch(MAX_BATCH), kvMemory = b.scratch(FREE);
		for (int i = 0; i < size; i++) {
			double free = n[i] * memory[i] * memoryShare[i] - total[i] * weightBytes[i];
			double fits = free <= 0 ? Double.NaN : held[i] > 0 ? Math.min(cap[i], Math.floor(free / held[i])) : cap[i];
			kvMemory[i] = free > 0 ? free : Double.NaN;
			maxBatch[i] = fits >= 1 ? fits : Double.NaN;
		}
		if (stated.isPresent()) {
			System.arraycopy(stated.get(), 0, batch, 0, size);
		} else if (!isNaN(latency[0])) {
			decode.largestBatchWithin(latency, maxBatch, batch, size);
		} else {
			System.arraycopy(maxBatch, 0, batch, 0, size);
		}
		return batch;
	}

	/**
	 * Compute share of the step into {@code fraction}, decode power into {@code decode} and prefill power into
	 * {@code prefill}: P = idle + (TDP − idle) · (u_mem + (u_compute − u_mem) · c), prefill at c = 1; a stated
	 * average power replaces both.
	 */
	private void power(Block b, double[] fraction, double[] decode, double[] prefill, double[] compute,
			double[] memory) {
		int size = b.size();
		double[] averagePower = b.in(m.averagePower), tdp = b.in(m.power), idleStated = b.in(m.idle);
		double[] idleShare = b.in(m.idleFraction), memoryBound = b.in(m.memoryBoundFraction);
		double[] computeBound = b.in(m.computeBoundFraction);
		boolean measuredPower = !isNaN(averagePower[0]), idleKnown = !isNaN(idleStated[0]);
		for (int i = 0; i < size; i++) {
			fraction[i] = compute[i] / (compute[i] + memory[i]);
		}
		if (measuredPower) {
			System.arraycopy(averagePower, 0, decode, 0, size);
			System.arraycopy(averagePower, 0, prefill, 0, size);
			return;
		}
		for (int i = 0; i < size; i++) {
			double idle = idleKnown ? idleStated[i] : tdp[i] * idleShare[i];
			decode[i] = idle + (tdp[i] - idle) * (memoryBound[i] + (computeBound[i] - memoryBound[i]) * fraction[i]);
			prefill[i] = idle + (tdp[i] - idle) * (memoryBound[i] + (computeBound[i] - memoryBound[i]) * 1);
		}
	}

	private static boolean wants(int[] figures, InferenceFigure... any) {
		for (int f : figures) {
			for (InferenceFigure a : any) {
				if (f == a.ordinal()) {
					return true;
				}
			}
		}
		return false;
	}

	/** Tokens held by a sliding window over a context of x tokens, summed over the x positions (∫ min(c, W) dc). */
	static double held(double x, double window) {
		return x <= window ? x * x / 2 : window * window / 2 + (x - window) * window;
	}

	private void write(InferenceFigure figure, Block b, double[] o, int offset) {
		int size = b.size();
		double[] energy = b.scratch(ENERGY), perYear = b.scratch(PER_YEAR), tokens = b.scratch(TOKENS);
		switch (figure) {
		case ENERGY_PER_REQUEST -> copy(energy, o, offset, size);
		case IT_ENERGY_PER_REQUEST -> copy(b.scratch(IT), o, offset, size);
		case ENERGY_PER_TOKEN -> {
			for (int i = 0; i < size; i++) {
				o[offset + i] = energy[i] / tokens[i];
			}
		}
		case DECODE_ENERGY_PER_TOKEN -> copy(b.scratch(TOKEN_ENERGY), o, offset, size);
		case PREFILL_ENERGY -> ColumnMath.product(b.scratch(PUE), b.scratch(PREFILL_ENERGY), o, offset, size);
		case TOKENS_PER_REQUEST -> copy(tokens, o, offset, size);
		case REQUESTS_PER_YEAR -> copy(perYear, o, offset, size);
		case ANNUAL_ENERGY -> ColumnMath.product(energy, perYear, o, offset, size);
		case CARBON_PER_REQUEST -> ColumnMath.product(energy, b.in(m.carbon), o, offset, size);
		case ANNUAL_CARBON -> {
			double[] carbon = b.in(m.carbon);
			for (int i = 0; i < size; i++) {
				o[offset + i] = energy[i] * carbon[i] * perYear[i];
			}
		}
		case WATER_PER_REQUEST -> water(b, o, offset, false);
		case ANNUAL_WATER -> water(b, o, offset, true);
		case REQUEST_TIME -> {
			double[] prefill = b.scratch(PREFILL_TIME), step = b.scratch(STEP);
			for (int i = 0; i < size; i++) {
				o[offset + i] = prefill[i] + tokens[i] * step[i];
			}
		}
		case ACCELERATOR_TIME_PER_REQUEST -> copy(b.scratch(ACCELERATOR_TIME), o, offset, size);
		case ANNUAL_ACCELERATOR_TIME -> ColumnMath.product(b.scratch(ACCELERATOR_TIME), perYear, o, offset, size);
		case DECODE_POWER -> copy(b.scratch(DECODE_POWER), o, offset, size);
		case DECODE_COMPUTE_FRACTION -> copy(b.scratch(FRACTION), o, offset, size);
		case BATCH -> copy(b.scratch(BATCH), o, offset, size);
		case MAX_BATCH -> copy(b.scratch(MAX_BATCH), o, offset, size);
		case KV_CACHE_MEMORY -> copy(b.scratch(FREE), o, offset, size);
		case DECODE_STEP_TIME -> copy(b.scratch(STEP), o, offset, size);
		case IMPLIED_MBU -> copy(b.scratch(IMPLIED_MBU), o, offset, size);
		default -> lifecycle.write(figure, b, o, offset);
		}
	}

	/** On-site water per IT joule plus off-site water of generation per facility joule; optionally per year. */
	private void water(Block b, double[] o, int offset, boolean annual) {
		int size = b.size();
		double[] it = b.scratch(IT), energy = b.scratch(ENERGY), perYear = b.scratch(PER_YEAR);
		double[] wue = b.in(m.wue), grid = b.in(m.gridWater);
		// on-site per IT joule, off-site per facility joule (the two parts are figures of their own too)
		boolean onSite = !isNaN(wue[0]), offSite = !isNaN(grid[0]);
		for (int i = 0; i < size; i++) {
			double w = (onSite ? it[i] * wue[i] : 0) + (offSite ? energy[i] * grid[i] : 0);
			double water = onSite || offSite ? w : Double.NaN;
			o[offset + i] = annual ? water * perYear[i] : water;
		}
	}

	private static void copy(double[] x, double[] o, int offset, int size) {
		System.arraycopy(x, 0, o, offset, size);
	}
}

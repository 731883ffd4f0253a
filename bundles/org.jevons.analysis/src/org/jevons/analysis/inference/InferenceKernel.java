package org.jevons.analysis.inference;

import static java.lang.Double.isNaN;

import java.util.List;

import org.jevons.analysis.Defaults;
import org.jevons.analysis.engine.Block;
import org.jevons.analysis.engine.Boundaries;
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
			BATCH = 12, MAX_BATCH = 13, IMPLIED_MBU = 14, FREE = 15, ACCELERATORS = 16, HOST = 17, RESERVE = 18;

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
		mainPass(b);
		InferenceFigure[] all = InferenceFigure.values();
		for (int j = 0; j < figures.length; j++) {
			write(all[figures[j]], b, out[j], offset);
		}
	}

	private void mainPass(Block b) {
		int size = b.size();
		double[] prompt = b.in(m.prompt), reasoning = b.in(m.reasoning), answer = b.in(m.answer);
		double[] n = b.in(m.accelerators), peak = b.in(m.peak), bw = b.in(m.bandwidth), mbu = b.in(m.mbu);
		double[] total = b.in(m.parameters), active = b.in(m.active), kv = b.in(m.kvBytes), state = b.in(m.state);
		double[] layers = b.in(m.layers), width = b.in(m.attentionWidth), window = b.in(m.window);
		double[] attentionLayers = isNaN(b.in(m.attentionLayers)[0]) ? layers : b.in(m.attentionLayers);
		double[] local = isNaN(window[0]) || isNaN(b.in(m.localShare)[0]) ? Block.zeros() : b.in(m.localShare);
		double[] context = b.in(m.context), stated = b.in(m.batch), latency = b.in(m.latency);
		double[] memory = b.in(m.memory), memoryShare = b.in(m.memoryUtilisation), cap = b.in(m.batchCap);
		double[] experts = b.in(m.experts), routed = b.in(m.routed), measured = b.in(m.measuredEnergy);
		// a stated (or swept) mfu is the effective utilisation of the whole step: the roofline max(compute, memory)
		boolean effective = !isNaN(b.in(m.mfu)[0]);
		double[] mfu = isNaN(b.in(m.mfu)[0]) ? b.in(m.decodeMfu) : b.in(m.mfu);
		double[] prefillMfu = isNaN(b.in(m.mfu)[0]) ? b.in(m.prefillMfu) : b.in(m.mfu);
		double[] averagePower = b.in(m.averagePower), host = b.in(m.hostPower), facility = b.in(m.pue);
		double[] requests = b.in(m.requests), weightBytes = b.in(m.weightBytes), overhead = b.in(m.overhead);
		double[] overlap = b.in(m.overlap), tile = b.in(m.moeEfficiency), imbalance = b.in(m.imbalance);
		double[] hidden = b.in(m.hidden), interconnect = b.in(m.interconnect), collective = b.in(m.collectiveLatency);
		double[] tdp = b.in(m.power), idleStated = b.in(m.idle), idleShare = b.in(m.idleFraction);
		double[] memoryBound = b.in(m.memoryBoundFraction), computeBound = b.in(m.computeBoundFraction);
		boolean idleKnown = !isNaN(idleStated[0]);
		boolean attention = !isNaN(width[0]) && !isNaN(attentionLayers[0]);
		boolean windowed = !isNaN(window[0]);
		boolean contextStated = !isNaN(context[0]);
		boolean moe = b.in(m.moe)[0] == 1 && !isNaN(experts[0]) && !isNaN(routed[0]);
		boolean batchStated = !isNaN(stated[0]);
		boolean latencyStated = !isNaN(latency[0]);
		boolean measuredPower = !isNaN(averagePower[0]);
		// host power is added only when stated by a node and not already inside a measured average power
		boolean hostCounted = !measuredPower && !isNaN(host[0]);
		boolean measuredEnergy = !isNaN(measured[0]);
		boolean hasPue = !isNaN(facility[0]);
		// a host share fills in for a node's host power; a measured average power already holds the host
		double[] hostShare = b.in(m.hostShare), reserveShare = b.in(m.reserve);
		boolean hostShared = !measuredPower && !hostCounted && !isNaN(hostShare[0]);
		boolean reserveStated = !isNaN(reserveShare[0]);

		double[] tokens = b.scratch(TOKENS), step = b.scratch(STEP), fraction = b.scratch(FRACTION);
		double[] decodePower = b.scratch(DECODE_POWER), prefillTime = b.scratch(PREFILL_TIME);
		double[] prefillEnergy = b.scratch(PREFILL_ENERGY), tokenEnergy = b.scratch(TOKEN_ENERGY);
		double[] pue = b.scratch(PUE), it = b.scratch(IT), energy = b.scratch(ENERGY), perYear = b.scratch(PER_YEAR);
		double[] acceleratorTime = b.scratch(ACCELERATOR_TIME), batch = b.scratch(BATCH);
		double[] maxBatch = b.scratch(MAX_BATCH), impliedMbu = b.scratch(IMPLIED_MBU), kvMemory = b.scratch(FREE);
		double[] acceleratorEnergy = b.scratch(ACCELERATORS), hostEnergy = b.scratch(HOST);
		double[] reserveEnergy = b.scratch(RESERVE);
		DecodeStep decode = new DecodeStep();
		for (int i = 0; i < size; i++) {
			double outputTokens = reasoning[i] + answer[i];
			double p = prompt[i];
			// attended context per decoded token, over the generation: local layers see at most the window
			double full = contextStated ? context[i] : p + outputTokens / 2;
			double windowedContext = !windowed ? full
					: contextStated ? Math.min(full, window[i])
							: (held(p + outputTokens, window[i]) - held(p, window[i])) / outputTokens;
			double attended = (1 - local[i]) * full + local[i] * windowedContext;
			double attentionFlops = attention ? 2 * attentionLayers[i] * width[i] * attended : 0;
			double kvPerSequence = (isNaN(kv[i]) ? 0 : kv[i] * attended) + (isNaN(state[i]) ? 0 : state[i]);

			double flopRate = n[i] * peak[i] * mfu[i];
			decode.flopRate = flopRate;
			decode.byteRate = n[i] * bw[i] * mbu[i];
			decode.total = total[i];
			decode.active = active[i];
			decode.weightBytes = weightBytes[i];
			decode.overhead = effective ? 0 : overhead[i];
			decode.overlap = effective ? 1 : overlap[i];
			decode.tile = effective ? 0 : tile[i];
			decode.imbalance = effective ? 1 : imbalance[i];
			// a recurrent state is read and written every step; the KV cache is only read
			decode.kvPerSequence = kvPerSequence + (isNaN(state[i]) ? 0 : state[i]);
			if (moe) {
				decode.moe(total[i], active[i], routed[i] / experts[i]);
				decode.denseFlopsPerToken = 2 * decode.shared + attentionFlops;
			} else {
				decode.experts = false;
				decode.denseFlopsPerToken = 2 * active[i] + attentionFlops;
			}
			decode.collectives(n[i], layers[i], hidden[i], interconnect[i], collective[i], moe ? routed[i] : 0);

			// memory held per sequence: its KV cache at the mean context, and its recurrent state
			double free = n[i] * memory[i] * memoryShare[i] - total[i] * decode.weightBytes;
			kvMemory[i] = free > 0 ? free : Double.NaN;
			double fits = free <= 0 ? Double.NaN
					: kvPerSequence > 0 ? Math.min(cap[i], Math.floor(free / kvPerSequence)) : cap[i];
			maxBatch[i] = fits >= 1 ? fits : Double.NaN;
			double served = batchStated ? stated[i]
					: latencyStated ? decode.largestBatchWithin(latency[i], maxBatch[i]) : maxBatch[i];
			batch[i] = served;
			double stepTime = decode.time(served);
			double computeTime = decode.compute(), memoryTime = decode.memory();
			double computeFraction = computeTime / (computeTime + memoryTime);

			double idle = idleKnown ? idleStated[i] : tdp[i] * idleShare[i];
			double dPower = measuredPower ? averagePower[i]
					: powerAt(tdp[i], idle, memoryBound[i], computeBound[i], computeFraction);
			double pPower = measuredPower ? averagePower[i] : powerAt(tdp[i], idle, memoryBound[i], computeBound[i], 1);
			double hostPower = hostCounted ? host[i] : 0;

			// prefill: 2·N_a per prompt token plus attention over the growing prompt
			double prefillFlops = 2 * active[i] * p + (attention ? 2 * attentionLayers[i] * width[i]
					* ((1 - local[i]) * p * p / 2 + local[i] * (windowed ? held(p, window[i]) : p * p / 2)) : 0);
			double pTime = prefillFlops / (n[i] * peak[i] * prefillMfu[i]);
			double pEnergy = (n[i] * pPower + hostPower) * pTime;
			double hostPerToken = hostCounted ? hostPower * stepTime / served : 0;
			double acceleratorPerToken = measuredEnergy ? measured[i] : n[i] * dPower * stepTime / served;
			double tEnergy = acceleratorPerToken + hostPerToken;
			// boundary components in their fixed order; each stated share adds before × s / (1 − s)
			double accelerators = n[i] * pPower * pTime + outputTokens * acceleratorPerToken;
			double hostPart = hostCounted ? hostPower * pTime + outputTokens * hostPerToken
					: hostShared ? Boundaries.share(accelerators, hostShare[i]) : 0;
			double reservePart = reserveStated ? Boundaries.share(accelerators + hostPart, reserveShare[i]) : 0;
			double itEnergy = accelerators + hostPart + reservePart;
			double facilityFactor = hasPue ? facility[i] : 1;

			acceleratorEnergy[i] = accelerators;
			hostEnergy[i] = hostCounted || hostShared ? hostPart : Double.NaN;
			reserveEnergy[i] = reserveStated ? reservePart : Double.NaN;
			tokens[i] = outputTokens;
			step[i] = stepTime;
			fraction[i] = computeFraction;
			decodePower[i] = dPower;
			prefillTime[i] = pTime;
			prefillEnergy[i] = pEnergy;
			tokenEnergy[i] = tEnergy;
			pue[i] = facilityFactor;
			it[i] = itEnergy;
			energy[i] = facilityFactor * itEnergy;
			perYear[i] = requests[i] * Defaults.YEAR;
			acceleratorTime[i] = n[i] * (pTime + outputTokens * stepTime / served);
			// the utilisation a measured J/token implies: the step it allows at the modelled power, against the
			// bytes the step must read
			impliedMbu[i] = measuredEnergy
					? mbu[i] * (memoryTime / (measured[i] * served / (n[i] * dPower))) : Double.NaN;
		}
	}

	/** Tokens held by a sliding window over a context of x tokens, summed over the x positions (∫ min(c, W) dc). */
	static double held(double x, double window) {
		return x <= window ? x * x / 2 : window * window / 2 + (x - window) * window;
	}

	/** P = idle + (TDP − idle) · (u_mem + (u_compute − u_mem) · compute fraction). */
	private static double powerAt(double tdp, double idle, double memoryBound, double computeBound,
			double computeFraction) {
		return idle + (tdp - idle) * (memoryBound + (computeBound - memoryBound) * computeFraction);
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
		case PREFILL_ENERGY -> product(b.scratch(PUE), b.scratch(PREFILL_ENERGY), o, offset, size);
		case TOKENS_PER_REQUEST -> copy(tokens, o, offset, size);
		case REQUESTS_PER_YEAR -> copy(perYear, o, offset, size);
		case ANNUAL_ENERGY -> product(energy, perYear, o, offset, size);
		case CARBON_PER_REQUEST -> product(energy, b.in(m.carbon), o, offset, size);
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
		case ANNUAL_ACCELERATOR_TIME -> product(b.scratch(ACCELERATOR_TIME), perYear, o, offset, size);
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

	private static void product(double[] x, double[] y, double[] o, int offset, int size) {
		for (int i = 0; i < size; i++) {
			o[offset + i] = x[i] * y[i];
		}
	}
}

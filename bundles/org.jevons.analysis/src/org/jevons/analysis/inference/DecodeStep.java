package org.jevons.analysis.inference;

import org.jevons.analysis.Defaults;
import org.jevons.analysis.engine.Block;
import org.jevons.analysis.engine.ColumnMath;

/**
 * The decode step (docs/methodology.md, Inference) over the samples of a block, as a function of the batch: the one
 * formula the batch search and every figure use. The kernel points the input columns at a block's columns (or at
 * shared constant columns), then calls {@link #times}; {@link #compute} and {@link #memory} hold the parts of the
 * last call.
 * <p>
 * step(B) = overhead + C + M − overlap · min(C, M) + collectives, with
 * <ul>
 * <li>C = B · (2 · N_dense + A) / (n · F · MFU) + experts' time: dense and shared parameters, attention FLOPs A per
 * token, and expert GEMMs that cost at least a tile of tokens per expert hit, times the load imbalance;</li>
 * <li>M = (parameters read(B) · bytes per weight + B · KV traffic) / (n · BW · MBU), MoE reading only the experts
 * the batch hits;</li>
 * <li>collectives = layers · (count · latency + B · bytes per sequence / (interconnect / 2)) when n > 1.</li>
 * </ul>
 * The loops are plain array arithmetic so that the JIT can vectorise them.
 */
final class DecodeStep {
	/** The first block scratch column this class uses; the kernel's own columns lie below. */
	static final int FIRST_SCRATCH = 25;

	// per-sample inputs: columns of the block (or shared constant columns), set by the kernel for each block
	double[] flopRate, byteRate, denseFlopsPerToken, trafficPerSequence, total, active, weightBytes, overhead,
			overlap, tile, imbalance;
	// per-sample terms derived here from the columns above
	final double[] shared, expertParameters, logMiss, share, collectiveTime, collectivePerSequence;
	// the parts of the last call
	final double[] compute, memory;
	private final double[] low, high, trial, time, missed, exponents;
	boolean experts;

	DecodeStep(Block b) {
		int k = FIRST_SCRATCH;
		shared = b.scratch(k++);
		expertParameters = b.scratch(k++);
		logMiss = b.scratch(k++);
		share = b.scratch(k++);
		collectiveTime = b.scratch(k++);
		collectivePerSequence = b.scratch(k++);
		compute = b.scratch(k++);
		memory = b.scratch(k++);
		low = b.scratch(k++);
		high = b.scratch(k++);
		trial = b.scratch(k++);
		time = b.scratch(k++);
		missed = b.scratch(k++);
		exponents = b.scratch(k);
	}

	/**
	 * MoE split from the parameter counts: N = shared + experts and N_a = shared + experts · k/E give
	 * experts = (N − N_a) / (1 − k/E); a batch of B tokens hits a share 1 − (1 − k/E)^B of the experts per layer.
	 */
	void moe(double[] experts, double[] routed, int size, boolean varies) {
		this.experts = true;
		for (int i = 0; i < (varies ? size : 1); i++) {
			double s = routed[i] / experts[i];
			double e = s < 1 ? (total[i] - active[i]) / (1 - s) : 0;
			share[i] = s;
			expertParameters[i] = e;
			shared[i] = Math.max(0, total[i] - e);
			logMiss[i] = Math.log1p(-s);
		}
		if (!varies) {
			java.util.Arrays.fill(share, 1, size, share[0]);
			java.util.Arrays.fill(expertParameters, 1, size, expertParameters[0]);
			java.util.Arrays.fill(shared, 1, size, shared[0]);
			java.util.Arrays.fill(logMiss, 1, size, logMiss[0]);
		}
	}

	/**
	 * Collectives per step over n accelerators: tensor-parallel all-reduces (two per layer) for a dense model, one
	 * all-reduce and an all-to-all there and back (k values per token each way) for an MoE. Without layers, none.
	 */
	void collectives(double[] n, double[] layers, double[] hidden, double[] interconnect, double[] latency,
			double[] routed, int size, boolean varies) {
		boolean counted = !Double.isNaN(layers[0]);
		boolean bytes = counted && !Double.isNaN(hidden[0]) && !Double.isNaN(interconnect[0]);
		double count = experts ? 3 : 2;
		for (int i = 0; i < (varies ? size : 1); i++) {
			double spread = (n[i] - 1) / n[i];
			double values = experts ? 2 * spread * hidden[i] + 2 * spread * routed[i] * hidden[i]
					: 4 * spread * hidden[i];
			double several = n[i] > 1 ? 1 : 0;
			collectiveTime[i] = counted ? several * layers[i] * count * latency[i] : 0;
			collectivePerSequence[i] = bytes
					? several * layers[i] * values * Defaults.ACTIVATION_BYTES / (interconnect[i] / 2) : 0;
		}
		if (!varies) {
			java.util.Arrays.fill(collectiveTime, 1, size, collectiveTime[0]);
			java.util.Arrays.fill(collectivePerSequence, 1, size, collectivePerSequence[0]);
		}
	}

	/** Step times of samples {@code [0, size)} at {@code batch[i]}, into {@code out}. */
	void times(double[] batch, double[] out, int size) {
		if (experts) {
			// the share of the experts a batch misses, (1 − k/E)^B, with an exp the JIT vectorises (ColumnMath)
			for (int i = 0; i < size; i++) {
				missed[i] = batch[i] * logMiss[i];
			}
			ColumnMath.exp(missed, missed, exponents, size);
			// one quantity per loop: the JIT vectorises loops over a few columns, not one loop over all of them
			for (int i = 0; i < size; i++) {
				double coverage = 1 - missed[i];
				// every expert hit runs at least one tile of tokens: padding waste at small batch
				double tokens = Math.max(batch[i] * share[i], tile[i] * coverage);
				compute[i] = batch[i] * denseFlopsPerToken[i] / flopRate[i]
						+ 2 * expertParameters[i] * tokens * imbalance[i] / flopRate[i];
			}
			for (int i = 0; i < size; i++) {
				double coverage = 1 - missed[i];
				double read = Math.min(total[i], Math.max(active[i], shared[i] + expertParameters[i] * coverage));
				memory[i] = (read * weightBytes[i] + batch[i] * trafficPerSequence[i]) / byteRate[i];
			}
		} else {
			for (int i = 0; i < size; i++) {
				compute[i] = batch[i] * denseFlopsPerToken[i] / flopRate[i];
			}
			for (int i = 0; i < size; i++) {
				memory[i] = (total[i] * weightBytes[i] + batch[i] * trafficPerSequence[i]) / byteRate[i];
			}
		}
		for (int i = 0; i < size; i++) {
			out[i] = overhead[i] + compute[i] + memory[i] - overlap[i] * Math.min(compute[i], memory[i]);
		}
		for (int i = 0; i < size; i++) {
			out[i] = out[i] + collectiveTime[i] + batch[i] * collectivePerSequence[i]; // the same order as one sum
		}
	}

	/**
	 * The largest whole batch in [1, {@code limit[i]}] whose step time is at most {@code target[i]}, for every
	 * sample at once: step time grows with the batch, so a bisection over whole numbers finds it. NaN when even one
	 * sequence is slower than the target (or the limit is NaN). Leaves {@link #compute} and {@link #memory}
	 * undefined.
	 */
	void largestBatchWithin(double[] target, double[] limit, double[] out, int size) {
		for (int i = 0; i < size; i++) {
			low[i] = 1;
			high[i] = Math.floor(limit[i]);
			trial[i] = 1;
		}
		times(trial, time, size);
		for (int i = 0; i < size; i++) {
			out[i] = time[i] <= target[i] && high[i] >= 1 ? 0 : Double.NaN; // 0: still searching
		}
		times(high, time, size);
		for (int i = 0; i < size; i++) {
			if (out[i] == 0 && time[i] <= target[i]) {
				out[i] = high[i];
			}
		}
		boolean searching = true;
		while (searching) {
			searching = false;
			for (int i = 0; i < size; i++) {
				trial[i] = Math.floor((low[i] + high[i]) / 2);
			}
			times(trial, time, size);
			for (int i = 0; i < size; i++) {
				if (out[i] == 0 && high[i] - low[i] > 1) {
					if (time[i] <= target[i]) {
						low[i] = trial[i];
					} else {
						high[i] = trial[i];
					}
					searching |= high[i] - low[i] > 1;
				}
			}
		}
		for (int i = 0; i < size; i++) {
			if (out[i] == 0) {
				out[i] = low[i];
			}
		}
	}
}

package org.jevons.analysis.inference;

import org.jevons.analysis.Defaults;

/**
 * The decode step of one sample as a function of the batch (docs/methodology.md, Inference): the one formula the
 * batch search and every figure use. Load a sample's inputs with the setters of {@link InferenceKernel}, then call
 * {@link #time(double)}; {@link #compute()} and {@link #memory()} hold the parts of the last call.
 * <p>
 * step(B) = overhead + C + M − overlap · min(C, M) + collectives, with
 * <ul>
 * <li>C = B · (2 · N_dense + A) / (n · F · MFU) + experts' time: dense and shared parameters, attention FLOPs A per
 * token, and expert GEMMs that cost at least a tile of tokens per expert hit, times the load imbalance;</li>
 * <li>M = (parameters read(B) · bytes per weight + B · KV(ctx)) / (n · BW · MBU), MoE reading only the experts the
 * batch hits;</li>
 * <li>collectives = layers · (count · latency + B · bytes per sequence / (interconnect / 2)) when n > 1.</li>
 * </ul>
 * One object per block and thread: it holds no state between samples beyond the last call's parts.
 */
final class DecodeStep {
	// per-sample inputs, written by the kernel before each call
	double flopRate, byteRate, denseFlopsPerToken, expertFlopsPerToken, total, active, shared, expertParameters,
			logMiss, share, tile, imbalance, weightBytes, kvPerSequence, overhead, overlap, collectiveTime,
			collectivePerSequence;
	boolean experts;
	private double compute, memory;

	/** The step time at batch {@code batch}, s. */
	double time(double batch) {
		double read = total;
		double expertTime = 0;
		if (experts) {
			double coverage = 1 - Math.exp(batch * logMiss);
			read = Math.min(total, Math.max(active, shared + expertParameters * coverage));
			// every expert hit runs at least one tile of tokens: padding waste at small batch
			double tokens = Math.max(batch * share, tile * coverage);
			expertTime = 2 * expertParameters * tokens * imbalance / flopRate;
		}
		compute = batch * denseFlopsPerToken / flopRate + expertTime;
		memory = (read * weightBytes + batch * kvPerSequence) / byteRate;
		return overhead + compute + memory - overlap * Math.min(compute, memory) + collectiveTime
				+ batch * collectivePerSequence;
	}

	double compute() {
		return compute;
	}

	double memory() {
		return memory;
	}

	/**
	 * MoE split from the parameter counts: N = shared + experts and N_a = shared + experts · k/E give
	 * experts = (N − N_a) / (1 − k/E); a batch of B tokens hits a share 1 − (1 − k/E)^B of the experts per layer.
	 */
	void moe(double totalParameters, double activeParameters, double routedShare) {
		experts = true;
		share = routedShare;
		expertParameters = routedShare < 1 ? (totalParameters - activeParameters) / (1 - routedShare) : 0;
		shared = Math.max(0, totalParameters - expertParameters);
		logMiss = Math.log1p(-routedShare);
		expertFlopsPerToken = 2 * (activeParameters - shared);
	}

	/** Collectives per step over {@code n} accelerators: tensor-parallel all-reduces, expert-parallel all-to-alls. */
	void collectives(double n, double layers, double hidden, double interconnect, double latency, double routed) {
		if (Double.isNaN(layers) || n <= 1) {
			collectiveTime = 0;
			collectivePerSequence = 0;
			return;
		}
		double spread = (n - 1) / n;
		// dense: two all-reduces per layer (attention, MLP); MoE: one all-reduce and an all-to-all there and back
		double count = experts ? 3 : 2;
		double valuesPerSequence = experts ? 2 * spread * hidden + 2 * spread * routed * hidden
				: 4 * spread * hidden;
		collectiveTime = layers * count * latency;
		collectivePerSequence = Double.isNaN(hidden) || Double.isNaN(interconnect) ? 0
				: layers * valuesPerSequence * Defaults.ACTIVATION_BYTES / (interconnect / 2);
	}

	/**
	 * The largest whole batch in [1, {@code limit}] whose step time is at most {@code target}: step time grows with
	 * the batch, so a bisection over whole numbers finds it. NaN when even one sequence is slower than the target.
	 */
	double largestBatchWithin(double target, double limit) {
		if (time(1) > target) {
			return Double.NaN;
		}
		double low = 1, high = Math.floor(limit);
		if (time(high) <= target) {
			return high;
		}
		while (high - low > 1) {
			double middle = Math.floor((low + high) / 2);
			if (time(middle) <= target) {
				low = middle;
			} else {
				high = middle;
			}
		}
		return low;
	}
}

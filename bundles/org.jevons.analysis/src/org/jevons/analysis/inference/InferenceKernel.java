package org.jevons.analysis.inference;

import java.util.List;

import org.jevons.analysis.Defaults;
import org.jevons.analysis.Dimension;
import org.jevons.analysis.engine.Block;
import org.jevons.analysis.engine.FigureSpec;
import org.jevons.analysis.engine.Kernel;

/**
 * The inference formulas (methodology.md, Inference): prefill t_pre = 2·N_a·T_prompt / (n·F·MFU_prefill);
 * decode step t_step = max(2·N_a·B / (n·F·MFU), (W_bytes + B·KV(ctx)) / (n·BW·MBU)); e_tok = n·P(B)·t_step / B,
 * or a measured J/token; E_req = PUE · (e_prefill + T_out · e_tok) + host share.
 */
final class InferenceKernel implements Kernel {
	private static final List<String> ENERGY_INPUTS = List.of("prompt", "reasoning", "answer", "batch", "energy",
			"mfu", "decode mfu", "prefill mfu", "mbu", "average power", "context", "model.parameters",
			"model.active", "model.experts", "model.routed", "model.kv", "accelerators", "accelerator.peak",
			"accelerator.power", "accelerator.idle", "idle fraction", "memory-bound power fraction",
			"compute-bound power fraction", "accelerator.bandwidth", "host power", "datacenter.pue");
	private static final List<FigureSpec> FIGURES = List.of(
			new FigureSpec("energy_per_request", "Energy per request", Dimension.ENERGY, ENERGY_INPUTS),
			new FigureSpec("it_energy_per_request", "IT energy per request", Dimension.ENERGY, ENERGY_INPUTS),
			new FigureSpec("energy_per_token", "Energy per output token", Dimension.ENERGY, ENERGY_INPUTS),
			new FigureSpec("decode_energy_per_token", "Decode energy per token (IT)", Dimension.ENERGY,
					ENERGY_INPUTS),
			new FigureSpec("prefill_energy", "Prefill energy per request", Dimension.ENERGY, ENERGY_INPUTS),
			new FigureSpec("tokens_per_request", "Output tokens per request", Dimension.TOKENS,
					List.of("reasoning", "answer")),
			new FigureSpec("requests_per_year", "Requests per year", Dimension.RATIO, List.of("requests")),
			new FigureSpec("annual_energy", "Energy per year", Dimension.ENERGY, join("requests")),
			new FigureSpec("carbon_per_request", "Carbon per request", Dimension.MASS_CO2E, join("datacenter.carbon")),
			new FigureSpec("annual_carbon", "Carbon per year", Dimension.MASS_CO2E,
					join("requests", "datacenter.carbon")),
			new FigureSpec("water_per_request", "Water per request", Dimension.WATER,
					join("datacenter.wue", "datacenter.water")),
			new FigureSpec("annual_water", "Water per year", Dimension.WATER,
					join("requests", "datacenter.wue", "datacenter.water")),
			new FigureSpec("request_time", "Time per request", Dimension.TIME, ENERGY_INPUTS),
			new FigureSpec("accelerator_time_per_request", "Accelerator time per request", Dimension.TIME,
					ENERGY_INPUTS),
			new FigureSpec("annual_accelerator_time", "Accelerator time per year", Dimension.TIME, join("requests")),
			new FigureSpec("decode_power", "Accelerator power in decode", Dimension.POWER, ENERGY_INPUTS),
			new FigureSpec("decode_compute_fraction", "Decode compute-bound fraction", Dimension.RATIO,
					ENERGY_INPUTS));

	private final InferenceModel m;

	InferenceKernel(InferenceModel model) {
		this.m = model;
	}

	private static List<String> join(String... more) {
		return java.util.stream.Stream.concat(ENERGY_INPUTS.stream(), java.util.Arrays.stream(more)).toList();
	}

	@Override
	public List<FigureSpec> figures() {
		return FIGURES;
	}

	@Override
	public void evaluate(double[] p, double[] out) {
		double n = p[m.accelerators];
		double batch = p[m.batch];
		double outputTokens = p[m.reasoning] + p[m.answer];
		double flopsPerSecond = n * p[m.peak];
		double decodeMfu = Double.isNaN(p[m.mfu]) ? p[m.decodeMfu] : p[m.mfu];
		double prefillMfu = Double.isNaN(p[m.mfu]) ? p[m.prefillMfu] : p[m.mfu];

		double computeTime = 2 * p[m.active] * batch / (flopsPerSecond * decodeMfu);
		double context = Double.isNaN(p[m.context]) ? p[m.prompt] + outputTokens / 2 : p[m.context];
		double kvTraffic = Double.isNaN(p[m.kvBytes]) ? 0 : batch * p[m.kvBytes] * context;
		double memoryTime = (weightBytes(p, batch) + kvTraffic) / (n * p[m.bandwidth] * p[m.mbu]);
		double stepTime = Math.max(computeTime, memoryTime);
		double computeFraction = computeTime / stepTime;

		boolean measuredPower = !Double.isNaN(p[m.averagePower]);
		double decodePower = measuredPower ? p[m.averagePower] : powerAt(p, computeFraction);
		double prefillPower = measuredPower ? p[m.averagePower] : powerAt(p, 1);
		// host power is added only when stated by a node and not already inside a measured average power
		double host = measuredPower || Double.isNaN(p[m.hostPower]) ? 0 : p[m.hostPower];

		double prefillTime = p[m.prompt] == 0 ? 0 : 2 * p[m.active] * p[m.prompt] / (flopsPerSecond * prefillMfu);
		double prefillEnergy = p[m.prompt] == 0 ? 0 : (n * prefillPower + host) * prefillTime;
		double hostPerToken = host == 0 ? 0 : host * stepTime / batch;
		double tokenEnergy = Double.isNaN(p[m.measuredEnergy]) ? n * decodePower * stepTime / batch + hostPerToken
				: p[m.measuredEnergy] + hostPerToken;
		double pue = Double.isNaN(p[m.pue]) ? 1 : p[m.pue];
		double itEnergy = prefillEnergy + outputTokens * tokenEnergy;
		double energy = pue * itEnergy;
		double perYear = p[m.requests] * Defaults.YEAR;
		double water = water(p, itEnergy, energy);
		double acceleratorTime = n * (prefillTime + outputTokens * stepTime / batch);

		out[0] = energy;
		out[1] = itEnergy;
		out[2] = energy / outputTokens;
		out[3] = tokenEnergy;
		out[4] = pue * prefillEnergy;
		out[5] = outputTokens;
		out[6] = perYear;
		out[7] = energy * perYear;
		out[8] = energy * p[m.carbon];
		out[9] = energy * p[m.carbon] * perYear;
		out[10] = water;
		out[11] = water * perYear;
		out[12] = prefillTime + outputTokens * stepTime;
		out[13] = acceleratorTime;
		out[14] = acceleratorTime * perYear;
		out[15] = decodePower;
		out[16] = computeFraction;
	}

	/** Column-wise, bit-identical to {@link #evaluate(double[], double[])}: see {@link InferenceBlock}. */
	@Override
	public void evaluate(Block block, int[] figures, double[][] out, int offset) {
		InferenceBlock.evaluate(block, m, figures, out, offset);
	}

	/**
	 * Weight bytes read per decode step. Dense: all weights. MoE with E experts of which k are routed per token:
	 * shared weights plus the experts hit by at least one of B tokens, expected share 1 − (1 − k/E)^B; MoE
	 * without expert counts: all weights (the large-batch limit).
	 */
	private double weightBytes(double[] p, double batch) {
		double total = p[m.parameters];
		if (p[m.moe] == 0 || Double.isNaN(p[m.experts]) || Double.isNaN(p[m.routed])) {
			return total * p[m.bytesPerParameter];
		}
		return parametersRead(total, p[m.active], p[m.routed] / p[m.experts], batch) * p[m.bytesPerParameter];
	}

	/**
	 * Parameters an MoE decode step reads: shared ones plus the experts hit by at least one of {@code batch}
	 * tokens. From N = shared + experts and N_a = shared + experts·k/E: experts = (N − N_a) / (1 − k/E).
	 */
	static double parametersRead(double total, double active, double routedShare, double batch) {
		double expertParameters = routedShare < 1 ? (total - active) / (1 - routedShare) : 0;
		double shared = Math.max(0, total - expertParameters);
		double read = shared + expertParameters * expertCoverage(routedShare, batch);
		return Math.min(total, Math.max(active, read));
	}

	/**
	 * Expected share of experts hit by a batch of tokens, each routed to k of E experts: 1 − (1 − k/E)^B, written
	 * exp(B · ln(1 − k/E)) because the logarithm is then per run, not per Monte Carlo sample, and
	 * {@link Math#exp} costs a third of {@link Math#pow} (both within an ulp or two of the exact power).
	 */
	static double expertCoverage(double routedShare, double batch) {
		return 1 - Math.exp(batch * Math.log1p(-routedShare));
	}

	/** P = idle + (TDP − idle) · (u_mem + (u_compute − u_mem) · compute fraction). */
	private double powerAt(double[] p, double computeFraction) {
		double tdp = p[m.power];
		double idle = Double.isNaN(p[m.idle]) ? tdp * p[m.idleFraction] : p[m.idle];
		double load = p[m.memoryBoundFraction]
				+ (p[m.computeBoundFraction] - p[m.memoryBoundFraction]) * computeFraction;
		return idle + (tdp - idle) * load;
	}

	/** On-site water per IT joule plus off-site water of generation per facility joule. */
	private double water(double[] p, double itEnergy, double energy) {
		boolean onSite = !Double.isNaN(p[m.wue]);
		boolean offSite = !Double.isNaN(p[m.gridWater]);
		if (!onSite && !offSite) {
			return Double.NaN;
		}
		return (onSite ? itEnergy * p[m.wue] : 0) + (offSite ? energy * p[m.gridWater] : 0);
	}
}

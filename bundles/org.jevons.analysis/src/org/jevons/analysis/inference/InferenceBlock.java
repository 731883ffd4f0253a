package org.jevons.analysis.inference;

import org.jevons.analysis.Defaults;
import org.jevons.analysis.engine.Block;

/**
 * The inference formulas of {@link InferenceKernel} over a {@link Block}, with the same operations in the same order
 * (so the same bits). Every test of the scalar kernel on an input being absent (NaN) has the same answer for all
 * samples of a run, so it is decided once per block and turns into a choice of column or of loop; what is left are
 * short branch-free loops the JIT vectorises. Only when the prompt or a stated host power is itself uncertain (a
 * test on a drawn value) does a block take the per-sample loop. The intermediate columns are left in the block's
 * scratch for {@link BlockFigures}: 1 tokens, 2 step time, 3 compute fraction, 4 decode power, 5 prefill time,
 * 6 prefill energy, 7 token energy, 8 PUE, 9 IT energy, 10 energy, 11 requests per year, 12 accelerator time.
 */
final class InferenceBlock {
	private InferenceBlock() {
	}

	static void evaluate(Block b, InferenceModel m, int[] figures, double[][] out, int offset) {
		weightBytes(b, m);
		boolean measuredPower = !Double.isNaN(b.in(m.averagePower)[0]);
		boolean hostAbsent = measuredPower || Double.isNaN(b.in(m.hostPower)[0]);
		if (b.varies(m.prompt) || !hostAbsent && b.varies(m.hostPower)) {
			perSample(b, m);
		} else {
			staged(b, m, figures, measuredPower, hostAbsent);
		}
		for (int j = 0; j < figures.length; j++) {
			BlockFigures.write(figures[j], b, m, out[j], offset);
		}
	}

	/** Weight bytes per sample into scratch 0; its own loop because {@link Math#pow} is a call. */
	private static void weightBytes(Block b, InferenceModel m) {
		int size = b.size();
		double[] weights = b.scratch(0), batch = b.in(m.batch), act = b.in(m.active);
		double[] total = b.in(m.parameters), moe = b.in(m.moe), experts = b.in(m.experts), routed = b.in(m.routed);
		double[] bytes = b.in(m.bytesPerParameter);
		if (moe[0] == 0 || Double.isNaN(experts[0]) || Double.isNaN(routed[0])) {
			for (int i = 0; i < size; i++) {
				weights[i] = total[i] * bytes[i];
			}
			return;
		}
		if (b.varies(m.parameters) || b.varies(m.active) || b.varies(m.experts) || b.varies(m.routed)) {
			for (int i = 0; i < size; i++) {
				weights[i] = InferenceKernel.parametersRead(total[i], act[i], routed[i] / experts[i], batch[i])
						* bytes[i];
			}
			return;
		}
		// InferenceKernel.parametersRead with its per-run terms computed once: same operations, same bits
		double share = routed[0] / experts[0];
		double expertParameters = share < 1 ? (total[0] - act[0]) / (1 - share) : 0;
		double shared = Math.max(0, total[0] - expertParameters);
		double logBase = Math.log1p(-share);
		for (int i = 0; i < size; i++) {
			weights[i] = Math.exp(batch[i] * logBase);
		}
		for (int i = 0; i < size; i++) {
			double read = shared + expertParameters * (1 - weights[i]);
			weights[i] = Math.min(total[0], Math.max(act[0], read)) * bytes[i];
		}
	}

	private static void staged(Block b, InferenceModel m, int[] figures, boolean measuredPower, boolean hostAbsent) {
		int size = b.size();
		double[] weights = b.scratch(0), tokens = b.scratch(1), step = b.scratch(2), fraction = b.scratch(3);
		double[] decodePower = b.scratch(4), prefillTime = b.scratch(5), prefillEnergy = b.scratch(6);
		double[] tokenEnergy = b.scratch(7), pue = b.scratch(8), it = b.scratch(9), energy = b.scratch(10);
		double[] perYear = b.scratch(11), acceleratorTime = b.scratch(12), computeTime = b.scratch(13);
		double[] memoryTime = b.scratch(14), prefillPower = b.scratch(15), hostPerToken = b.scratch(16);
		double[] n = b.in(m.accelerators), batch = b.in(m.batch), act = b.in(m.active), peak = b.in(m.peak);
		double[] reasoning = b.in(m.reasoning), answer = b.in(m.answer), prompt = b.in(m.prompt);
		double[] mfu = b.in(m.mfu), bw = b.in(m.bandwidth), mbu = b.in(m.mbu), kv = b.in(m.kvBytes);
		boolean mfuAbsent = Double.isNaN(mfu[0]);
		double[] decodeMfu = mfuAbsent ? b.in(m.decodeMfu) : mfu, prefillMfu = mfuAbsent ? b.in(m.prefillMfu) : mfu;
		for (int i = 0; i < size; i++) {
			tokens[i] = reasoning[i] + answer[i];
			computeTime[i] = 2 * act[i] * batch[i] / (n[i] * peak[i] * decodeMfu[i]);
		}
		double[] context = b.in(m.context);
		if (Double.isNaN(context[0])) {
			context = b.scratch(17);
			for (int i = 0; i < size; i++) {
				context[i] = prompt[i] + tokens[i] / 2;
			}
		}
		if (Double.isNaN(kv[0])) {
			for (int i = 0; i < size; i++) {
				memoryTime[i] = (weights[i] + 0.0) / (n[i] * bw[i] * mbu[i]);
			}
		} else {
			for (int i = 0; i < size; i++) {
				memoryTime[i] = (weights[i] + batch[i] * kv[i] * context[i]) / (n[i] * bw[i] * mbu[i]);
			}
		}
		for (int i = 0; i < size; i++) {
			step[i] = Math.max(computeTime[i], memoryTime[i]);
			fraction[i] = computeTime[i] / step[i];
		}
		if (measuredPower) {
			double[] avg = b.in(m.averagePower);
			System.arraycopy(avg, 0, decodePower, 0, size);
			System.arraycopy(avg, 0, prefillPower, 0, size);
		} else {
			power(b, m, decodePower, prefillPower, fraction);
		}
		double[] host = hostAbsent ? Block.zeros() : b.in(m.hostPower);
		boolean hostZero = host[0] == 0;
		if (hostZero) {
			System.arraycopy(Block.zeros(), 0, hostPerToken, 0, size);
		} else {
			for (int i = 0; i < size; i++) {
				hostPerToken[i] = host[i] * step[i] / batch[i];
			}
		}
		if (prompt[0] == 0) {
			System.arraycopy(Block.zeros(), 0, prefillTime, 0, size);
			System.arraycopy(Block.zeros(), 0, prefillEnergy, 0, size);
		} else {
			for (int i = 0; i < size; i++) {
				double t = 2 * act[i] * prompt[i] / (n[i] * peak[i] * prefillMfu[i]);
				prefillTime[i] = t;
				prefillEnergy[i] = (n[i] * prefillPower[i] + host[i]) * t;
			}
		}
		double[] measured = b.in(m.measuredEnergy);
		if (Double.isNaN(measured[0])) {
			for (int i = 0; i < size; i++) {
				tokenEnergy[i] = n[i] * decodePower[i] * step[i] / batch[i] + hostPerToken[i];
			}
		} else {
			for (int i = 0; i < size; i++) {
				tokenEnergy[i] = measured[i] + hostPerToken[i];
			}
		}
		double[] facility = Double.isNaN(b.in(m.pue)[0]) ? Block.ones() : b.in(m.pue);
		for (int i = 0; i < size; i++) {
			double itEnergy = prefillEnergy[i] + tokens[i] * tokenEnergy[i];
			pue[i] = facility[i];
			it[i] = itEnergy;
			energy[i] = facility[i] * itEnergy;
		}
		// per-year and accelerator-time columns only when a wanted figure reads them (a division per sample)
		if (wants(figures, 6, 7, 9, 11, 14)) {
			double[] requests = b.in(m.requests);
			for (int i = 0; i < size; i++) {
				perYear[i] = requests[i] * Defaults.YEAR;
			}
		}
		if (wants(figures, 13, 14)) {
			for (int i = 0; i < size; i++) {
				acceleratorTime[i] = n[i] * (prefillTime[i] + tokens[i] * step[i] / batch[i]);
			}
		}
	}

	private static boolean wants(int[] figures, int... any) {
		for (int f : figures) {
			for (int a : any) {
				if (f == a) {
					return true;
				}
			}
		}
		return false;
	}

	/** P = idle + (TDP − idle) · (u_mem + (u_compute − u_mem) · compute fraction), for decode and prefill (1). */
	private static void power(Block b, InferenceModel m, double[] decode, double[] prefill, double[] fraction) {
		int size = b.size();
		double[] tdp = b.in(m.power), idle = b.in(m.idle), mem = b.in(m.memoryBoundFraction);
		double[] cmp = b.in(m.computeBoundFraction);
		if (Double.isNaN(idle[0])) {
			double[] share = b.in(m.idleFraction);
			idle = b.scratch(18);
			for (int i = 0; i < size; i++) {
				idle[i] = tdp[i] * share[i];
			}
		}
		for (int i = 0; i < size; i++) {
			decode[i] = idle[i] + (tdp[i] - idle[i]) * (mem[i] + (cmp[i] - mem[i]) * fraction[i]);
			prefill[i] = idle[i] + (tdp[i] - idle[i]) * (mem[i] + (cmp[i] - mem[i]) * 1);
		}
	}

	/** The scalar kernel's per-sample tests, for blocks where a test depends on a drawn value. */
	private static void perSample(Block b, InferenceModel m) {
		int size = b.size();
		double[] weights = b.scratch(0);
		double[] batch = b.in(m.batch), act = b.in(m.active);
		double[] n = b.in(m.accelerators), reasoning = b.in(m.reasoning), answer = b.in(m.answer);
		double[] peak = b.in(m.peak), mfu = b.in(m.mfu), decodeMfu = b.in(m.decodeMfu), prefillMfu = b.in(m.prefillMfu);
		double[] ctx = b.in(m.context), prompt = b.in(m.prompt), kv = b.in(m.kvBytes), bw = b.in(m.bandwidth);
		double[] mbu = b.in(m.mbu), avg = b.in(m.averagePower), hostPower = b.in(m.hostPower);
		double[] tdp = b.in(m.power), idleW = b.in(m.idle), idleFraction = b.in(m.idleFraction);
		double[] memFraction = b.in(m.memoryBoundFraction), cmpFraction = b.in(m.computeBoundFraction);
		double[] measured = b.in(m.measuredEnergy), pueIn = b.in(m.pue), requests = b.in(m.requests);
		double[] tokens = b.scratch(1), step = b.scratch(2), fraction = b.scratch(3), decodePower = b.scratch(4);
		double[] prefillTime = b.scratch(5), prefillEnergy = b.scratch(6), tokenEnergy = b.scratch(7);
		double[] pue = b.scratch(8), it = b.scratch(9), energy = b.scratch(10), perYear = b.scratch(11);
		double[] acceleratorTime = b.scratch(12);
		for (int i = 0; i < size; i++) {
			double outputTokens = reasoning[i] + answer[i];
			double flopsPerSecond = n[i] * peak[i];
			double dMfu = Double.isNaN(mfu[i]) ? decodeMfu[i] : mfu[i];
			double pMfu = Double.isNaN(mfu[i]) ? prefillMfu[i] : mfu[i];
			double computeTime = 2 * act[i] * batch[i] / (flopsPerSecond * dMfu);
			double context = Double.isNaN(ctx[i]) ? prompt[i] + outputTokens / 2 : ctx[i];
			double kvTraffic = Double.isNaN(kv[i]) ? 0 : batch[i] * kv[i] * context;
			double memoryTime = (weights[i] + kvTraffic) / (n[i] * bw[i] * mbu[i]);
			double stepTime = Math.max(computeTime, memoryTime);
			double computeFraction = computeTime / stepTime;
			boolean measuredPower = !Double.isNaN(avg[i]);
			double idle = Double.isNaN(idleW[i]) ? tdp[i] * idleFraction[i] : idleW[i];
			double dPower = measuredPower ? avg[i]
					: idle + (tdp[i] - idle) * (memFraction[i] + (cmpFraction[i] - memFraction[i]) * computeFraction);
			double pPower = measuredPower ? avg[i]
					: idle + (tdp[i] - idle) * (memFraction[i] + (cmpFraction[i] - memFraction[i]) * 1);
			double host = measuredPower || Double.isNaN(hostPower[i]) ? 0 : hostPower[i];
			double pTime = prompt[i] == 0 ? 0 : 2 * act[i] * prompt[i] / (flopsPerSecond * pMfu);
			double pEnergy = prompt[i] == 0 ? 0 : (n[i] * pPower + host) * pTime;
			double hostPerToken = host == 0 ? 0 : host * stepTime / batch[i];
			double tEnergy = Double.isNaN(measured[i]) ? n[i] * dPower * stepTime / batch[i] + hostPerToken
					: measured[i] + hostPerToken;
			double facility = Double.isNaN(pueIn[i]) ? 1 : pueIn[i];
			double itEnergy = pEnergy + outputTokens * tEnergy;
			tokens[i] = outputTokens;
			step[i] = stepTime;
			fraction[i] = computeFraction;
			decodePower[i] = dPower;
			prefillTime[i] = pTime;
			prefillEnergy[i] = pEnergy;
			tokenEnergy[i] = tEnergy;
			pue[i] = facility;
			it[i] = itEnergy;
			energy[i] = facility * itEnergy;
			perYear[i] = requests[i] * Defaults.YEAR;
			acceleratorTime[i] = n[i] * (pTime + outputTokens * stepTime / batch[i]);
		}
	}
}

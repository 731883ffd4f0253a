package org.jevons.analysis.training;

import org.jevons.analysis.engine.Block;

/**
 * The training formulas of {@link TrainingModel} over a {@link Block}, with the same operations in the same order
 * as the scalar kernel (so the same bits). Each test of the scalar kernel on an input being absent (NaN) has one
 * answer for the whole run — a drawn value is never NaN, and a product of non-NaN inputs (duration × accelerators)
 * is NaN only for ∞ × 0, which no finite declaration gives — so it is decided once per block from entry 0 and
 * becomes a choice of column or of loop. The loops left are branch-free, which lets the JIT vectorise them.
 */
final class TrainingBlock {
	private TrainingBlock() {
	}

	static void evaluate(Block b, TrainingModel m, int[] figures, double[][] out, int offset) {
		int size = b.size();
		double[] n = b.in(m.accelerators), pk = b.in(m.peak), mf = b.in(m.mfu);
		double[] compute = b.in(m.flops);
		if (Double.isNaN(compute[0])) {
			double[] act = b.in(m.active), tok = b.in(m.tokens);
			compute = b.scratch(0);
			for (int i = 0; i < size; i++) {
				compute[i] = 6 * act[i] * tok[i];
			}
		}
		double[] reported = b.in(m.acceleratorHours);
		if (Double.isNaN(reported[0])) {
			double[] dur = b.in(m.duration);
			reported = b.scratch(1);
			for (int i = 0; i < size; i++) {
				reported[i] = dur[i] * n[i];
			}
		}
		boolean isReported = !Double.isNaN(reported[0]);
		double[] predicted = b.scratch(2);
		if (!isReported || wants(figures, 8)) {
			for (int i = 0; i < size; i++) {
				predicted[i] = compute[i] / (pk[i] * mf[i]);
			}
		}
		double[] hours = isReported ? reported : predicted;
		double[] watts = b.in(m.averagePower);
		if (Double.isNaN(watts[0])) {
			double[] pw = b.in(m.power), util = b.in(m.utilisation), host = b.in(m.hostPower);
			watts = b.scratch(3);
			if (Double.isNaN(host[0])) {
				for (int i = 0; i < size; i++) {
					watts[i] = pw[i] * util[i] + 0.0;
				}
			} else {
				for (int i = 0; i < size; i++) {
					watts[i] = pw[i] * util[i] + host[i] / n[i];
				}
			}
		}
		double[] it = b.scratch(4), energy = b.scratch(5);
		double[] facility = Double.isNaN(b.in(m.pue)[0]) ? Block.ones() : b.in(m.pue);
		for (int i = 0; i < size; i++) {
			double e = hours[i] * watts[i];
			it[i] = e;
			energy[i] = e * facility[i];
		}
		for (int j = 0; j < figures.length; j++) {
			double[] o = out[j];
			switch (figures[j]) {
			case 0 -> System.arraycopy(energy, 0, o, offset, size);
			case 1 -> System.arraycopy(it, 0, o, offset, size);
			case 2 -> {
				double[] carbon = b.in(m.carbon);
				for (int i = 0; i < size; i++) {
					o[offset + i] = energy[i] * carbon[i];
				}
			}
			case 3 -> water(it, energy, b.in(m.wue), b.in(m.gridWater), o, offset, size);
			case 4 -> System.arraycopy(hours, 0, o, offset, size);
			case 5 -> {
				for (int i = 0; i < size; i++) {
					o[offset + i] = hours[i] / n[i];
				}
			}
			case 6 -> System.arraycopy(compute, 0, o, offset, size);
			case 7 -> {
				if (!isReported) {
					java.util.Arrays.fill(o, offset, offset + size, Double.NaN);
				} else {
					for (int i = 0; i < size; i++) {
						o[offset + i] = compute[i] / (reported[i] * pk[i]);
					}
				}
			}
			case 8 -> {
				if (!isReported) {
					java.util.Arrays.fill(o, offset, offset + size, Double.NaN);
				} else {
					System.arraycopy(predicted, 0, o, offset, size);
				}
			}
			case 9 -> System.arraycopy(watts, 0, o, offset, size);
			case 10 -> {
				double[] life = b.in(m.lifetime), emb = b.in(m.embodied);
				for (int i = 0; i < size; i++) {
					o[offset + i] = hours[i] / life[i] * emb[i];
				}
			}
			default -> throw new IllegalArgumentException("no figure " + figures[j]);
			}
		}
	}

	private static boolean wants(int[] figures, int figure) {
		for (int f : figures) {
			if (f == figure) {
				return true;
			}
		}
		return false;
	}

	/** On-site water per IT joule plus off-site water of generation per facility joule, as the scalar kernel. */
	private static void water(double[] it, double[] energy, double[] wue, double[] grid, double[] o, int offset,
			int size) {
		boolean onSite = !Double.isNaN(wue[0]), offSite = !Double.isNaN(grid[0]);
		for (int i = 0; i < size; i++) {
			double w = (onSite ? it[i] * wue[i] : 0) + (offSite ? energy[i] * grid[i] : 0);
			o[offset + i] = onSite || offSite ? w : Double.NaN;
		}
	}
}

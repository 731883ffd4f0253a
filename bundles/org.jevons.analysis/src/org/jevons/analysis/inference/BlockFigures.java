package org.jevons.analysis.inference;

import org.jevons.analysis.engine.Block;

/**
 * The per-figure loops of the inference block kernel: each output of {@link InferenceKernel} from the intermediate
 * columns its main pass left in the block's scratch (1 tokens, 2 step time, 3 compute fraction, 4 decode power,
 * 5 prefill time, 6 prefill energy, 7 token energy, 8 PUE, 9 IT energy, 10 energy, 11 requests per year,
 * 12 accelerator time). Kept apart so that each loop is small enough for the JIT to vectorise on its own.
 */
final class BlockFigures {
	private BlockFigures() {
	}

	static void write(int figure, Block b, InferenceModel m, double[] o, int offset) {
		int size = b.size();
		double[] tokens = b.scratch(1), step = b.scratch(2), energy = b.scratch(10), perYear = b.scratch(11);
		switch (figure) {
		case 0 -> copy(energy, o, offset, size);
		case 1 -> copy(b.scratch(9), o, offset, size);
		case 2 -> {
			for (int i = 0; i < size; i++) {
				o[offset + i] = energy[i] / tokens[i];
			}
		}
		case 3 -> copy(b.scratch(7), o, offset, size);
		case 4 -> product(b.scratch(8), b.scratch(6), o, offset, size);
		case 5 -> copy(tokens, o, offset, size);
		case 6 -> copy(perYear, o, offset, size);
		case 7 -> product(energy, perYear, o, offset, size);
		case 8 -> product(energy, b.in(m.carbon), o, offset, size);
		case 9 -> {
			double[] carbon = b.in(m.carbon);
			for (int i = 0; i < size; i++) {
				o[offset + i] = energy[i] * carbon[i] * perYear[i];
			}
		}
		case 10 -> water(b, m, o, offset, size, false);
		case 11 -> water(b, m, o, offset, size, true);
		case 12 -> {
			double[] prefillTime = b.scratch(5);
			for (int i = 0; i < size; i++) {
				o[offset + i] = prefillTime[i] + tokens[i] * step[i];
			}
		}
		case 13 -> copy(b.scratch(12), o, offset, size);
		case 14 -> product(b.scratch(12), perYear, o, offset, size);
		case 15 -> copy(b.scratch(4), o, offset, size);
		case 16 -> copy(b.scratch(3), o, offset, size);
		default -> throw new IllegalArgumentException("no figure " + figure);
		}
	}

	/** On-site water per IT joule plus off-site water of generation per facility joule; optionally per year. */
	private static void water(Block b, InferenceModel m, double[] o, int offset, int size, boolean annual) {
		double[] it = b.scratch(9), energy = b.scratch(10), perYear = b.scratch(11);
		double[] wue = b.in(m.wue), grid = b.in(m.gridWater);
		for (int i = 0; i < size; i++) {
			boolean onSite = !Double.isNaN(wue[i]);
			boolean offSite = !Double.isNaN(grid[i]);
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

package org.jevons.analysis.training;

import static java.lang.Double.isNaN;

import org.jevons.analysis.engine.Block;
import org.jevons.analysis.engine.Boundaries;
import org.jevons.analysis.engine.ColumnMath;

/**
 * The boundary and lifecycle figures of a training (docs/methodology.md, Boundaries), from the columns the
 * kernel leaves: accelerators, host, reserve, facility overhead, development, embodied carbon of accelerators and
 * servers, market-based carbon, on-site and off-site water. A component that is not stated is NaN ("not counted").
 */
final class TrainingLifecycle {
	/** Scratch columns shared with the kernel. */
	static final int IT = 4, ENERGY = 5, ACCELERATORS = 6, HOST = 7, RESERVE = 8, DEVELOPMENT_SCALE = 9;

	private static final double[] NOT_COUNTED = filled(Double.NaN);
	private final TrainingModel m;

	TrainingLifecycle(TrainingModel model) {
		this.m = model;
	}

	void write(TrainingFigure figure, Block b, double[] hours, double[] o, int offset) {
		int size = b.size();
		double[] it = b.scratch(IT), energy = b.scratch(ENERGY);
		switch (figure) {
		case ACCELERATOR_ENERGY -> System.arraycopy(b.scratch(ACCELERATORS), 0, o, offset, size);
		case HOST_ENERGY -> System.arraycopy(b.scratch(HOST), 0, o, offset, size);
		case RESERVE_ENERGY -> System.arraycopy(b.scratch(RESERVE), 0, o, offset, size);
		case OVERHEAD_ENERGY -> Boundaries.overhead(b, it, m.pue, o, offset);
		case DEVELOPMENT_ENERGY -> {
			double[] development = b.in(m.development);
			for (int i = 0; i < size; i++) {
				o[offset + i] = Boundaries.share(energy[i], development[i]);
			}
		}
		case LIFECYCLE_ENERGY -> {
			// the same figure as energy without a development share: not repeated
			double[] scale = isNaN(b.in(m.development)[0]) ? NOT_COUNTED : developmentScale(b);
			for (int i = 0; i < size; i++) {
				o[offset + i] = energy[i] * scale[i];
			}
		}
		case MARKET_CARBON -> Boundaries.marketCarbon(b, energy, m.residual, m.cleanShare, m.carbon, o, offset);
		case LIFECYCLE_CARBON -> {
			double[] carbon = b.in(m.carbon);
			embodied(b, hours, o, offset);
			double[] scale = isNaN(b.in(m.development)[0]) && isNaN(o[offset]) ? NOT_COUNTED : developmentScale(b);
			for (int i = 0; i < size; i++) {
				double embodied = isNaN(o[offset + i]) ? 0 : o[offset + i];
				o[offset + i] = (energy[i] * carbon[i] + embodied) * scale[i];
			}
		}
		case ONSITE_WATER -> ColumnMath.product(it, b.in(m.wue), o, offset, size);
		case OFFSITE_WATER -> ColumnMath.product(energy, b.in(m.gridWater), o, offset, size);
		default -> throw new IllegalStateException("not a lifecycle figure: " + figure);
		}
	}

	/** Manufacturing over the run's accelerator-time ({@link Boundaries#embodied}). */
	void embodied(Block b, double[] hours, double[] o, int offset) {
		Boundaries.embodied(b, hours, m.embodied, m.lifetime, m.nodeEmbodied, m.nodeLifetime, o, offset);
	}

	/** 1 / (1 − development share): the whole programme's compute per unit of the final run's; 1 when not stated. */
	private double[] developmentScale(Block b) {
		double[] development = b.in(m.development);
		if (isNaN(development[0])) {
			return Block.ones();
		}
		double[] scale = b.scratch(DEVELOPMENT_SCALE);
		for (int i = 0; i < b.size(); i++) {
			scale[i] = 1 / (1 - development[i]);
		}
		return scale;
	}

	private static double[] filled(double x) {
		double[] column = new double[Block.SIZE];
		java.util.Arrays.fill(column, x);
		return column;
	}
}

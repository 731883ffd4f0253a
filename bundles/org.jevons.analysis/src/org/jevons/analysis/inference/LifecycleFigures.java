package org.jevons.analysis.inference;

import static java.lang.Double.isNaN;
import static org.jevons.analysis.inference.InferenceKernel.ACCELERATORS;
import static org.jevons.analysis.inference.InferenceKernel.ACCELERATOR_TIME;
import static org.jevons.analysis.inference.InferenceKernel.AMORTISED_TRAINING;
import static org.jevons.analysis.inference.InferenceKernel.ENERGY;
import static org.jevons.analysis.inference.InferenceKernel.HOST;
import static org.jevons.analysis.inference.InferenceKernel.IT;
import static org.jevons.analysis.inference.InferenceKernel.RESERVE;

import org.jevons.analysis.engine.Block;
import org.jevons.analysis.engine.Boundaries;
import org.jevons.analysis.engine.ColumnMath;

/**
 * The boundary and lifecycle figures of an inference (docs/methodology.md, Boundaries), from the columns the
 * kernel's main pass leaves: accelerators, host, reserve, facility overhead, upstream training per request,
 * embodied carbon, market-based carbon, on-site and off-site water. A component that is not stated is NaN ("not
 * counted"); the totals that include it then add nothing for it.
 */
final class LifecycleFigures {
	private final InferenceModel m;

	LifecycleFigures(InferenceModel model) {
		this.m = model;
	}

	void write(InferenceFigure figure, Block b, double[] o, int offset) {
		int size = b.size();
		double[] energy = b.scratch(ENERGY), it = b.scratch(IT);
		switch (figure) {
		case ACCELERATOR_ENERGY_PER_REQUEST -> System.arraycopy(b.scratch(ACCELERATORS), 0, o, offset, size);
		case HOST_ENERGY_PER_REQUEST -> System.arraycopy(b.scratch(HOST), 0, o, offset, size);
		case RESERVE_ENERGY_PER_REQUEST -> System.arraycopy(b.scratch(RESERVE), 0, o, offset, size);
		case OVERHEAD_ENERGY_PER_REQUEST -> Boundaries.overhead(b, it, m.pue, o, offset);
		case TRAINING_ENERGY_PER_REQUEST -> amortised(b, b.in(m.trainingEnergy), o, offset);
		case TRAINING_CARBON_PER_REQUEST -> amortised(b, b.in(m.trainingCarbon), o, offset);
		case LIFECYCLE_ENERGY_PER_REQUEST -> {
			// the same figure as energy per request when there is no training to add: not repeated
			amortised(b, b.in(m.trainingEnergy), o, offset);
			for (int i = 0; i < size; i++) {
				o[offset + i] = energy[i] + o[offset + i];
			}
		}
		case MARKET_CARBON_PER_REQUEST -> Boundaries.marketCarbon(b, energy, m.residual, m.cleanShare, m.carbon, o,
				offset);
		case EMBODIED_CARBON_PER_REQUEST -> embodied(b, o, offset);
		case LIFECYCLE_CARBON_PER_REQUEST -> {
			double[] training = b.scratch(AMORTISED_TRAINING);
			amortised(b, b.in(m.trainingCarbon), training, 0);
			embodied(b, o, offset);
			double[] carbon = b.in(m.carbon);
			// the same figure as carbon per request when neither embodied nor training is counted: not repeated
			boolean more = !isNaN(o[offset]) || !isNaN(training[0]);
			for (int i = 0; i < size; i++) {
				o[offset + i] = more ? energy[i] * carbon[i] + orZero(o[offset + i]) + orZero(training[i])
						: Double.NaN;
			}
		}
		case ONSITE_WATER_PER_REQUEST -> ColumnMath.product(it, b.in(m.wue), o, offset, size);
		case OFFSITE_WATER_PER_REQUEST -> ColumnMath.product(energy, b.in(m.gridWater), o, offset, size);
		default -> throw new IllegalStateException("not a lifecycle figure: " + figure);
		}
	}

	/**
	 * A training's footprint per request: over a stated number of requests, or over the requests of a service life
	 * at the inference's rate.
	 */
	private void amortised(Block b, double[] footprint, double[] o, int offset) {
		double[] over = b.in(m.over), rate = b.in(m.requests);
		boolean lifetime = b.in(m.overLifetime)[0] == 1;
		for (int i = 0; i < b.size(); i++) {
			double requests = lifetime ? rate[i] * over[i] : over[i];
			o[offset + i] = footprint[i] / requests;
		}
	}

	/** Manufacturing per request: the accelerator-time a request holds ({@link Boundaries#embodied}). */
	private void embodied(Block b, double[] o, int offset) {
		Boundaries.embodied(b, b.scratch(ACCELERATOR_TIME), m.acceleratorEmbodied, m.acceleratorLifetime,
				m.nodeEmbodied, m.nodeLifetime, o, offset);
	}

	private static double orZero(double x) {
		return isNaN(x) ? 0 : x;
	}
}

package org.jevons.attribution;

import org.jevons.analysis.engine.Block;
import org.jevons.analysis.engine.Kernel;
import org.jevons.analysis.engine.ParameterSpace;
import org.jevons.analysis.engine.Sampler;
import org.jevons.analysis.inference.InferenceModel;
import org.jevons.analysis.spec.Specs.Inference;

/**
 * The inference kernel of {@code analyze} evaluated over logged requests: each request's tokens (and grid intensity,
 * when the log has it) go into the parameter columns of a {@link Block}, every other input keeps its nominal value —
 * or, for Monte Carlo sample {@code s}, the draw {@link Sampler} gives sample {@code s} in {@code analyze}. No formula
 * of its own. One instance per thread.
 */
final class WorkloadEvaluator {
	/** Outputs written per request: energy, carbon and water, in the order of {@link #FIGURES}. */
	static final String[] FIGURES = { "energy_per_request", "carbon_per_request", "water_per_request" };
	/** gCO2e/kWh → kgCO2e/J (the engine's SI unit). */
	private static final double CARBON_TO_SI = 1e-3 / 3.6e6;

	final String name;
	private final Kernel kernel;
	private final int[] figures;
	private final int prompt, reasoning, answer, carbon;
	private final double nominalCarbon;
	private final Block nominal, sampled;
	/** Per sample, the draws of the uncertain inputs; indices in {@link #uncertain}. */
	private final double[][] draws;
	private final int[] uncertain;

	WorkloadEvaluator(Inference inference, int samples, long seed, boolean carbonFromLog) {
		name = inference.name();
		InferenceModel model = new InferenceModel(inference);
		ParameterSpace space = model.space();
		kernel = model.kernel();
		figures = new int[FIGURES.length];
		for (int f = 0; f < FIGURES.length; f++) {
			figures[f] = kernel.indexOf(FIGURES[f]);
		}
		prompt = index(space, "prompt");
		reasoning = index(space, "reasoning");
		answer = index(space, "answer");
		carbon = carbonFromLog ? index(space, "datacenter.carbon") : -1;
		double[] vector = space.nominal();
		nominalCarbon = carbon < 0 ? Double.NaN : vector[carbon];
		int outputs = kernel.figures().size();
		nominal = new Block(vector, outputs);
		sampled = new Block(vector, outputs);
		for (Block b : new Block[] { nominal, sampled }) {
			b.vary(prompt);
			b.vary(reasoning);
			b.vary(answer);
			if (carbon >= 0) {
				b.vary(carbon);
			}
		}
		// inputs the log overrides row by row are not drawn: their uncertainty is the log's, not the model's
		uncertain = java.util.Arrays.stream(space.uncertainIndices())
				.filter(i -> i != prompt && i != reasoning && i != answer && i != carbon).toArray();
		int drawn = uncertain.length == 0 ? 0 : samples;
		draws = new double[drawn][uncertain.length];
		Sampler sampler = new Sampler(space, seed);
		double[] scratch = vector.clone();
		for (int s = 0; s < drawn; s++) {
			sampler.fill(scratch, s);
			for (int j = 0; j < uncertain.length; j++) {
				draws[s][j] = scratch[uncertain[j]];
			}
		}
	}

	private static int index(ParameterSpace space, String path) {
		return space.indexOf(path).orElseThrow(() -> new IllegalStateException("inference has no input " + path));
	}

	/** Whether Monte Carlo samples differ from the nominal evaluation (some input is uncertain). */
	boolean isUncertain() {
		return draws.length > 0;
	}

	/** Nominal energy, carbon and water of {@code n} requests into {@code out[figure][i]}. */
	void nominal(int n, double[] p, double[] r, double[] a, double[] c, double[][] out) {
		evaluate(nominal, n, p, r, a, c, out);
	}

	/** The same for Monte Carlo sample {@code s} (the uncertain inputs at their draws for that sample). */
	void sample(int s, int n, double[] p, double[] r, double[] a, double[] c, double[][] out) {
		double[] draw = draws[s];
		for (int j = 0; j < uncertain.length; j++) {
			java.util.Arrays.fill(sampled.in(uncertain[j]), 0, n, draw[j]);
		}
		evaluate(sampled, n, p, r, a, c, out);
	}

	private void evaluate(Block block, int n, double[] p, double[] r, double[] a, double[] c, double[][] out) {
		block.size(n);
		System.arraycopy(p, 0, block.in(prompt), 0, n);
		System.arraycopy(r, 0, block.in(reasoning), 0, n);
		System.arraycopy(a, 0, block.in(answer), 0, n);
		if (carbon >= 0) {
			double[] column = block.in(carbon);
			for (int i = 0; i < n; i++) {
				column[i] = Double.isNaN(c[i]) ? nominalCarbon : c[i] * CARBON_TO_SI;
			}
		}
		kernel.evaluate(block, figures, out, 0);
	}
}

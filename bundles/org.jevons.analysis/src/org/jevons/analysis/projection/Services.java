package org.jevons.analysis.projection;

import java.util.ArrayList;
import java.util.List;

import org.jevons.analysis.engine.Block;
import org.jevons.analysis.engine.Kernel;
import org.jevons.analysis.engine.Parameter;
import org.jevons.analysis.engine.ParameterSpace;
import org.jevons.analysis.inference.InferenceModel;
import org.jevons.analysis.spec.Specs.Service;

/**
 * The services of a projection inside one parameter vector: each service's inference parameters are appended
 * to the projection's space, so one Monte Carlo draw serves all of them (a model shared by two services gets the
 * same draw in both, since draws follow the declared value's identity). Evaluating a service copies its slice
 * into a per-thread vector and runs its own kernel.
 */
final class Services {
	private final List<String> names = new ArrayList<>();
	private final List<InferenceModel> models = new ArrayList<>();
	private final int[] offsets, growths, reasoning, energyPerRequest, requestsPerYear, carbonPerRequest;
	private final ThreadLocal<Today> scratch;

	Services(List<Service> services, ParameterSpace space, String owner) {
		int n = services.size();
		offsets = new int[n];
		growths = new int[n];
		reasoning = new int[n];
		energyPerRequest = new int[n];
		requestsPerYear = new int[n];
		carbonPerRequest = new int[n];
		for (int i = 0; i < n; i++) {
			Service service = services.get(i);
			InferenceModel model = new InferenceModel(service.workload());
			names.add(service.workload().name());
			models.add(model);
			offsets[i] = space.size();
			for (Parameter parameter : model.space().parameters()) {
				space.add(parameter);
			}
			growths[i] = space.add(Parameter.optional(owner, service.workload().name() + " growth", service.growth()));
			reasoning[i] = model.space().indexOf("reasoning").orElseThrow();
			Kernel kernel = model.kernel();
			energyPerRequest[i] = kernel.indexOf("energy_per_request");
			requestsPerYear[i] = kernel.indexOf("requests_per_year");
			carbonPerRequest[i] = kernel.indexOf("carbon_per_request");
		}
		scratch = ThreadLocal.withInitial(Today::new);
	}

	List<String> names() {
		return names;
	}

	int growthIndex(int service) {
		return growths[service];
	}

	/** The first year of every service at one parameter vector (a per-thread object, reused). */
	Today today(double[] p, boolean withPlain) {
		return today(Block.point(p), withPlain).at(0);
	}

	/**
	 * The first year of every service for every sample of a block: each service's kernel runs once over the block
	 * (twice with the plain variant), not once per sample. A per-thread object, reused; {@link Today#at} picks the
	 * sample.
	 */
	Today today(Block block, boolean withPlain) {
		Today today = scratch.get();
		today.fill(block, withPlain);
		return today;
	}

	/** Per service: requests per year, energy per request as declared and without reasoning, carbon per J. */
	final class Today {
		/** Slots of {@link #outputs}: the kernel's figures, the carbon divided by the energy in place. */
		private static final int DECLARED = 0, REQUESTS = 1, CARBON_PER_JOULE = 2;
		/** A field, not the list's size: the year loop asks for it in every iteration. */
		private final int count = models.size();
		private final Block[] views = new Block[count];
		private final int[][] wanted = new int[count][], wantedPlain = new int[count][];
		private final double[][][] outputs = new double[count][3][Block.SIZE];
		private final double[][][] plainOutputs = new double[count][1][Block.SIZE];
		private final double[] totals = new double[Block.SIZE];
		private int row;

		Today() {
			for (int i = 0; i < count; i++) {
				views[i] = Block.view(models.get(i).space().size());
				wanted[i] = new int[] { energyPerRequest[i], requestsPerYear[i], carbonPerRequest[i] };
				wantedPlain[i] = new int[] { energyPerRequest[i] };
			}
		}

		void fill(Block block, boolean withPlain) {
			java.util.Arrays.fill(totals, 0, block.size(), 0);
			for (int i = 0; i < count; i++) {
				Block view = views[i];
				view.bind(block, offsets[i]);
				Kernel kernel = models.get(i).kernel();
				double[][] out = outputs[i];
				kernel.evaluate(view, wanted[i], out, 0);
				double[] declared = out[DECLARED], requests = out[REQUESTS], carbon = out[CARBON_PER_JOULE];
				for (int k = 0; k < block.size(); k++) {
					carbon[k] /= declared[k];
					totals[k] += requests[k];
				}
				if (withPlain) {
					view.replace(reasoning[i], Block.zeros());
					kernel.evaluate(view, wantedPlain[i], plainOutputs[i], 0);
				} else {
					System.arraycopy(declared, 0, plainOutputs[i][0], 0, block.size());
				}
			}
		}

		/** This object, showing sample {@code sample} of the block it was filled with. */
		Today at(int sample) {
			row = sample;
			return this;
		}

		int count() {
			return count;
		}

		double requests(int service) {
			return outputs[service][REQUESTS][row];
		}

		double totalRequests() {
			return totals[row];
		}

		/** Energy per request with the given reasoning share, before any efficiency gain. */
		double mixedEnergy(int service, double share) {
			return plainEnergy(service) + share * (reasoningEnergy(service) - plainEnergy(service));
		}

		double plainEnergy(int service) {
			return plainOutputs[service][0][row];
		}

		double reasoningEnergy(int service) {
			return outputs[service][DECLARED][row];
		}

		double carbonPerJoule(int service) {
			return outputs[service][CARBON_PER_JOULE][row];
		}
	}
}

package org.jevons.analysis.projection;

import java.util.ArrayList;
import java.util.List;

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

	/** The first year of every service at this parameter vector (a per-thread object, reused). */
	Today today(double[] p, boolean withPlain) {
		Today today = scratch.get();
		today.fill(p, withPlain);
		return today;
	}

	/** Per service: requests per year, energy per request as declared and without reasoning, carbon per J. */
	final class Today {
		private final double[][] vectors = new double[models.size()][];
		private final double[][] outputs = new double[models.size()][];
		private final double[] requests = new double[models.size()], declared = new double[models.size()],
				plain = new double[models.size()], carbon = new double[models.size()];
		private double totalRequests;

		Today() {
			for (int i = 0; i < models.size(); i++) {
				vectors[i] = new double[models.get(i).space().size()];
				outputs[i] = new double[models.get(i).kernel().figures().size()];
			}
		}

		void fill(double[] p, boolean withPlain) {
			totalRequests = 0;
			for (int i = 0; i < models.size(); i++) {
				double[] v = vectors[i];
				double[] out = outputs[i];
				System.arraycopy(p, offsets[i], v, 0, v.length);
				Kernel kernel = models.get(i).kernel();
				kernel.evaluate(v, out);
				declared[i] = out[energyPerRequest[i]];
				requests[i] = out[requestsPerYear[i]];
				carbon[i] = out[carbonPerRequest[i]] / declared[i];
				totalRequests += requests[i];
				plain[i] = declared[i];
				if (withPlain && v[reasoning[i]] != 0) {
					v[reasoning[i]] = 0;
					kernel.evaluate(v, out);
					plain[i] = out[energyPerRequest[i]];
				}
			}
		}

		int count() {
			return models.size();
		}

		double requests(int service) {
			return requests[service];
		}

		double totalRequests() {
			return totalRequests;
		}

		/** Energy per request with the given reasoning share, before any efficiency gain. */
		double mixedEnergy(int service, double share) {
			return plain[service] + share * (declared[service] - plain[service]);
		}

		double plainEnergy(int service) {
			return plain[service];
		}

		double reasoningEnergy(int service) {
			return declared[service];
		}

		double carbonPerJoule(int service) {
			return carbon[service];
		}
	}
}

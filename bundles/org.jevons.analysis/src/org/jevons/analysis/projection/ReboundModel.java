package org.jevons.analysis.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jevons.analysis.Dimension;
import org.jevons.analysis.engine.FigureSpec;
import org.jevons.analysis.engine.Kernel;
import org.jevons.analysis.engine.Parameter;
import org.jevons.analysis.engine.ParameterSpace;
import org.jevons.analysis.inference.InferenceModel;
import org.jevons.analysis.spec.Specs.Adoption;
import org.jevons.analysis.spec.Specs.Projection;

/**
 * The rebound projection of methodology.md as a kernel over the workload's inference parameters plus the
 * projection's own: e(t) = e0·(1−g)^τ; e_mix = (1−s)·e_plain + s·e_reasoning; A(t) = A0·(1+G)^τ;
 * D(t) = A(t)·(e(t)/e0)^(−ε); E(t) = e_mix(t)·D(t); counterfactual E_0(t) = e_mix at no gain × A(t).
 * Outputs: E(t) per year, E_0(t) per year, carbon per year, then the summary figures.
 */
final class ReboundModel implements Kernel {
	static final String REBOUND = "rebound", BREAK_EVEN = "break_even_elasticity",
			FLAT = "flat_energy_elasticity", GROWTH = "energy_growth", BACKFIRE = "backfire";

	private final InferenceModel workload;
	private final ParameterSpace space;
	private final int startYear, years;
	private final int growth, gain, elasticity, shareFrom, shareTo, midpoint;
	private final boolean hasShare;
	private final int energyPerRequest, requestsPerYear, carbonPerRequest;
	private final List<FigureSpec> figures = new ArrayList<>();
	private final ThreadLocal<double[]> scratch;

	ReboundModel(Projection projection) {
		workload = new InferenceModel(projection.workload());
		space = workload.space();
		String owner = projection.name();
		startYear = projection.startYear();
		years = projection.endYear() - projection.startYear() + 1;
		growth = space.add(Parameter.declared(owner, "demand growth", projection.demandGrowth()));
		gain = space.add(Parameter.declared(owner, "efficiency gain", projection.efficiencyGain()));
		elasticity = space.add(Parameter.declared(owner, "elasticity", projection.elasticity()));
		Optional<Adoption> share = projection.reasoningShare();
		hasShare = share.isPresent();
		shareFrom = space.add(Parameter.optional(owner, "reasoning share from", share.map(Adoption::from)));
		shareTo = space.add(Parameter.optional(owner, "reasoning share to", share.map(Adoption::to)));
		midpoint = space.add(Parameter.withDefault(owner, "midpoint", share.flatMap(Adoption::midpointYear),
				(projection.startYear() + projection.endYear()) / 2.0, "middle of the projected years"));
		Kernel inference = workload.kernel();
		energyPerRequest = inference.indexOf("energy_per_request");
		requestsPerYear = inference.indexOf("requests_per_year");
		carbonPerRequest = inference.indexOf("carbon_per_request");
		int outputs = inference.figures().size();
		scratch = ThreadLocal.withInitial(() -> new double[outputs]);
		List<String> inputs = List.of("demand growth", "efficiency gain", "elasticity", "reasoning share from",
				"reasoning share to", "midpoint", "requests", "energy", "reasoning", "answer", "prompt");
		for (int t = 0; t < years; t++) {
			figures.add(new FigureSpec("energy@" + (startYear + t), "Energy in " + (startYear + t), Dimension.ENERGY,
					inputs));
		}
		for (int t = 0; t < years; t++) {
			figures.add(new FigureSpec("counterfactual_energy@" + (startYear + t),
					"Energy in " + (startYear + t) + " without efficiency gain", Dimension.ENERGY, inputs));
		}
		for (int t = 0; t < years; t++) {
			figures.add(new FigureSpec("carbon@" + (startYear + t), "Carbon in " + (startYear + t),
					Dimension.MASS_CO2E, inputs));
		}
		figures.add(new FigureSpec(REBOUND, "Rebound (1 = all savings taken back)", Dimension.RATIO, inputs));
		figures.add(new FigureSpec(BREAK_EVEN, "Break-even elasticity (backfire above)", Dimension.RATIO, inputs));
		figures.add(new FigureSpec(FLAT, "Elasticity for flat total energy", Dimension.RATIO, inputs));
		figures.add(new FigureSpec(GROWTH, "Energy growth, last / first year", Dimension.RATIO, inputs));
		figures.add(new FigureSpec(BACKFIRE, "Backfire (1 = yes)", Dimension.RATIO, inputs));
	}

	ParameterSpace space() {
		return space;
	}

	int years() {
		return years;
	}

	int startYear() {
		return startYear;
	}

	@Override
	public List<FigureSpec> figures() {
		return figures;
	}

	/**
	 * Row by row: a projection's year loop is a function of the whole sample, and each row evaluates the
	 * workload's kernel as a block of one sample (the formulas of the workload stay written once).
	 */
	@Override
	public void evaluate(org.jevons.analysis.engine.Block block, int[] wanted, double[][] columns, int offset) {
		int parameters = space.size();
		double[] row = new double[parameters];
		double[] all = new double[figures.size()];
		for (int i = 0; i < block.size(); i++) {
			for (int k = 0; k < parameters; k++) {
				row[k] = block.in(k)[i];
			}
			evaluate(row, all);
			for (int j = 0; j < wanted.length; j++) {
				columns[j][offset + i] = all[wanted[j]];
			}
		}
	}

	@Override
	public void evaluate(double[] p, double[] out) {
		double[] request = scratch.get();
		workload.kernel().evaluate(p, request);
		double declared = request[energyPerRequest];
		double a0 = request[requestsPerYear];
		double carbonIntensity = request[carbonPerRequest] / declared;
		double plain = declared;
		if (hasShare) {
			// energy per request of the same workload without reasoning tokens
			double reasoning = p[workload.reasoningIndex()];
			p[workload.reasoningIndex()] = 0;
			workload.kernel().evaluate(p, request);
			plain = request[energyPerRequest];
			p[workload.reasoningIndex()] = reasoning;
		}
		double g = p[gain];
		double epsilon = p[elasticity];
		int last = years - 1;
		for (int t = 0; t < years; t++) {
			double efficiency = Math.pow(1 - g, t);
			double demand = a0 * Math.pow(1 + p[growth], t);
			double mixNoGain = hasShare
					? plain + share(p[shareFrom], p[shareTo], p[midpoint], t) * (declared - plain)
					: declared;
			out[t] = mixNoGain * efficiency * demand * Math.pow(efficiency, -epsilon);
			out[years + t] = mixNoGain * demand;
			out[2 * years + t] = out[t] * carbonIntensity;
		}
		double efficiencyAtEnd = Math.pow(1 - g, last);
		double actual = out[last];
		double counterfactual = out[years + last];
		double engineering = counterfactual * efficiencyAtEnd; // efficiency gain, no demand response
		double rebound = 1 - (counterfactual - actual) / (counterfactual - engineering);
		int summary = 3 * years;
		out[summary] = rebound;
		// E(T) = E_eng(T)·eff^(−ε): solve E(T) = E_0(T) and E(T) = E(t0) for ε
		out[summary + 1] = -Math.log(counterfactual / engineering) / Math.log(efficiencyAtEnd);
		out[summary + 2] = -Math.log(out[0] / engineering) / Math.log(efficiencyAtEnd);
		out[summary + 3] = actual / out[0];
		out[summary + 4] = rebound > 1 ? 1 : 0;
	}

	/**
	 * Logistic adoption normalised to run exactly from the first to the second share between the first and the
	 * last year, half-way at the midpoint; its steepness makes the raw logistic span 5 %..95 % over the longer
	 * side of the midpoint.
	 */
	double share(double from, double to, double mid, int t) {
		double end = startYear + years - 1.0;
		double halfSpan = Math.max(1, Math.max(mid - startYear, end - mid));
		double k = Math.log(19) / halfSpan;
		double l0 = logistic(k, startYear - mid);
		double l1 = logistic(k, end - mid);
		double lt = logistic(k, startYear + t - mid);
		return from + (to - from) * (lt - l0) / (l1 - l0);
	}

	private static double logistic(double k, double x) {
		return 1 / (1 + Math.exp(-k * x));
	}
}

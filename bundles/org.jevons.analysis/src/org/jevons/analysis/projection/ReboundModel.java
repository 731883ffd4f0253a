package org.jevons.analysis.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.jevons.analysis.Defaults;
import org.jevons.analysis.Dimension;
import org.jevons.analysis.engine.FigureSpec;
import org.jevons.analysis.engine.Kernel;
import org.jevons.analysis.engine.Parameter;
import org.jevons.analysis.engine.ParameterSpace;
import org.jevons.analysis.spec.Specs.Projection;
import org.jevons.analysis.spec.Value;

/**
 * The rebound projection of methodology.md as a kernel over every service's inference parameters plus the
 * projection's own. With τ = t − t0 and η(τ) = (1 − g)^τ:
 * <ul>
 * <li>price P(τ) = φ·η + (1 − φ)·(η if coupled, else 1)·(1 + c)^τ; counterfactual P_cf(τ) = φ + (1 − φ)·(1 + c)^τ;
 * <li>demand of service i: D_i = A_i·(1 + G_i)^τ·P^(−ε), the total saturating logistically at S;
 * <li>E = Σ e_mix,i·η·D_i, E_cf = Σ e_mix,i·D_cf,i, E_eng = η·E_cf;
 * <li>rebound R = 1 − (E_cf − E)/(E_cf − E_eng) in the last year; break-even ε solves E = E_cf there.
 * </ul>
 * Outputs: per year E, E_cf, carbon, data-centre total (E + non-AI baseline); then the summary figures.
 */
final class ReboundModel implements Kernel {
	static final String REBOUND = "rebound", BREAK_EVEN = "break_even_elasticity",
			FLAT = "flat_energy_elasticity", GROWTH = "energy_growth", BACKFIRE = "backfire",
			PRICE_RATIO = "price_ratio", DEMAND_RATIO = "demand_ratio", ENERGY_RATIO = "energy_ratio";
	/** Solved elasticities are searched within ±this bound; beyond it the figure is "not a number". */
	private static final double ELASTICITY_BOUND = 100;

	private final ParameterSpace space = new ParameterSpace();
	private final Services services;
	private final int startYear, years;
	private final int growth, gain, elasticity, shareFrom, shareTo, midpoint, energyShare, otherTrend,
			saturation, baseline, baselineGrowth, carbonTrend;
	private final boolean hasShare, coupled;
	/** The parameters the year loop reads; the services' own are read block-wise by their kernels. */
	private final int[] ownParameters;
	private final List<FigureSpec> figures = new ArrayList<>();

	/**
	 * @param growth     the projection's demand growth (declared or fitted)
	 * @param elasticity declared or fitted
	 */
	ReboundModel(Projection projection, Value growthValue, Value elasticityValue) {
		String owner = projection.name();
		startYear = projection.startYear();
		years = projection.endYear() - projection.startYear() + 1;
		services = new Services(projection.allServices(), space, owner);
		growth = space.add(Parameter.declared(owner, "demand growth", growthValue));
		gain = space.add(Parameter.declared(owner, "efficiency gain", projection.efficiencyGain()));
		elasticity = space.add(Parameter.declared(owner, "elasticity", elasticityValue));
		hasShare = projection.reasoningShare().isPresent();
		shareFrom = space.add(Parameter.optional(owner, "reasoning share from",
				projection.reasoningShare().map(a -> a.from())));
		shareTo = space.add(Parameter.optional(owner, "reasoning share to",
				projection.reasoningShare().map(a -> a.to())));
		midpoint = space.add(Parameter.withDefault(owner, "midpoint",
				projection.reasoningShare().flatMap(a -> a.midpointYear()),
				(projection.startYear() + projection.endYear()) / 2.0, "middle of the projected years"));
		energyShare = space.add(Parameter.declared(owner, "energy share", projection.pricing().energyShare()));
		otherTrend = space.add(Parameter.declared(owner, "other cost trend", projection.pricing().otherCostTrend()));
		coupled = projection.pricing().coupled();
		saturation = space.add(Parameter.optional(owner, "saturation", projection.saturation()));
		baseline = space.add(Parameter.optional(owner, "baseline",
				projection.baseline().map(b -> b.energyPerYear())));
		baselineGrowth = space.add(Parameter.optional(owner, "baseline growth",
				projection.baseline().map(b -> b.growth())));
		carbonTrend = space.add(Parameter.optional(owner, "carbon trend", projection.carbonTrend()));
		ownParameters = IntStream.concat(IntStream.of(growth, gain, elasticity, shareFrom, shareTo, midpoint,
				energyShare, otherTrend, saturation, baseline, baselineGrowth, carbonTrend),
				IntStream.range(0, projection.allServices().size()).map(services::growthIndex)).toArray();
		List<String> inputs = new ArrayList<>(List.of("demand growth", "efficiency gain", "elasticity",
				"reasoning share from", "reasoning share to", "midpoint", "energy share", "other cost trend",
				"saturation", "requests", "energy", "reasoning", "answer", "prompt"));
		series("energy@", "Energy in ", Dimension.ENERGY, inputs);
		series("counterfactual_energy@", "Energy without efficiency gain in ", Dimension.ENERGY, inputs);
		List<String> carbonInputs = new ArrayList<>(inputs);
		carbonInputs.add("carbon trend");
		series("carbon@", "Carbon in ", Dimension.MASS_CO2E, carbonInputs);
		List<String> totalInputs = new ArrayList<>(inputs);
		totalInputs.addAll(List.of("baseline", "baseline growth"));
		series("total_energy@", "Data-centre energy (AI + baseline) in ", Dimension.ENERGY, totalInputs);
		figures.add(new FigureSpec(REBOUND, "Rebound (1 = all savings taken back)", Dimension.RATIO, inputs));
		figures.add(new FigureSpec(BREAK_EVEN, "Break-even elasticity (backfire above)", Dimension.RATIO, inputs));
		figures.add(new FigureSpec(FLAT, "Elasticity for flat total energy", Dimension.RATIO, inputs));
		figures.add(new FigureSpec(GROWTH, "Energy growth, last / first year", Dimension.RATIO, inputs));
		figures.add(new FigureSpec(PRICE_RATIO, "Price per request, last year, / without efficiency gain",
				Dimension.RATIO, inputs));
		figures.add(new FigureSpec(DEMAND_RATIO, "Requests, last year, / without efficiency gain", Dimension.RATIO,
				inputs));
		figures.add(new FigureSpec(ENERGY_RATIO, "Energy, last year, / without efficiency gain", Dimension.RATIO,
				inputs));
		figures.add(new FigureSpec(BACKFIRE, "Backfire (1 = yes)", Dimension.RATIO, inputs));
	}

	private void series(String keyPrefix, String labelPrefix, Dimension dimension, List<String> inputs) {
		for (int t = 0; t < years; t++) {
			figures.add(new FigureSpec(keyPrefix + (startYear + t), labelPrefix + (startYear + t), dimension,
					inputs));
		}
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

	Services services() {
		return services;
	}

	@Override
	public List<FigureSpec> figures() {
		return figures;
	}

	/**
	 * Every service's kernel runs over the whole block first (the workload's formulas stay written once); the
	 * year loop and the solved elasticities then go row by row, since they are functions of the whole sample.
	 */
	@Override
	public void evaluate(org.jevons.analysis.engine.Block block, int[] wanted, double[][] columns, int offset) {
		Services.Today today = services.today(block, hasShare);
		double[] row = new double[space.size()];
		double[] all = new double[figures.size()];
		for (int i = 0; i < block.size(); i++) {
			for (int k : ownParameters) {
				row[k] = block.in(k)[i];
			}
			evaluate(row, today.at(i), all);
			for (int j = 0; j < wanted.length; j++) {
				columns[j][offset + i] = all[wanted[j]];
			}
		}
	}

	@Override
	public void evaluate(double[] p, double[] out) {
		evaluate(p, services.today(p, hasShare), out);
	}

	private void evaluate(double[] p, Services.Today today, double[] out) {
		Objective objective = objectives.get();
		double[] y = objective.year;
		YearTerms[] terms = objective.terms;
		for (int t = 0; t < years; t++) {
			terms(p, today, t, terms[t]);
			year(terms[t], today, p[elasticity], y);
			out[t] = y[ENERGY];
			out[years + t] = y[COUNTERFACTUAL];
			out[2 * years + t] = y[CARBON];
			out[3 * years + t] = Double.isNaN(p[baseline]) ? Double.NaN
					: y[ENERGY] + p[baseline] * Math.pow(1 + orZero(p[baselineGrowth]), t);
		}
		int last = years - 1;
		year(terms[last], today, p[elasticity], y);
		double energy = y[ENERGY], counterfactual = y[COUNTERFACTUAL];
		double engineering = counterfactual * y[EFFICIENCY];
		int summary = 4 * years;
		out[summary] = 1 - (counterfactual - energy) / (counterfactual - engineering);
		out[summary + 3] = energy / out[0];
		out[summary + 4] = y[PRICE] / y[COUNTERFACTUAL_PRICE];
		out[summary + 5] = y[DEMAND] / y[COUNTERFACTUAL_DEMAND];
		out[summary + 6] = energy / counterfactual;
		out[summary + 7] = out[summary] > 1 ? 1 : 0;
		out[summary + 1] = solve(objective.at(today, terms[last], Double.NaN));
		out[summary + 2] = solve(objective.at(today, terms[last], out[0]));
	}

	/** Slots of one projected year in a per-thread vector (the kernel must not allocate per sample). */
	static final int EFFICIENCY = 0, PRICE = 1, COUNTERFACTUAL_PRICE = 2, DEMAND = 3, COUNTERFACTUAL_DEMAND = 4,
			ENERGY = 5, COUNTERFACTUAL = 6, CARBON = 7, YEAR_SLOTS = 8;

	private final ThreadLocal<Objective> objectives = ThreadLocal.withInitial(Objective::new);

	/**
	 * ln of the last year's energy over the counterfactual (break-even) or over the first year's energy (flat
	 * energy), as a function of ε; one reusable instance per thread.
	 */
	private final class Objective implements java.util.function.DoubleUnaryOperator {
		final double[] year = new double[YEAR_SLOTS];
		final YearTerms[] terms = new YearTerms[years];
		private YearTerms lastYear;
		private Services.Today today;
		private double first;

		Objective() {
			for (int t = 0; t < years; t++) {
				terms[t] = new YearTerms(services.names().size());
			}
		}

		/** @param firstEnergy the first year's energy, or NaN for the counterfactual of the same year */
		Objective at(Services.Today firstYear, YearTerms last, double firstEnergy) {
			today = firstYear;
			lastYear = last;
			first = firstEnergy;
			return this;
		}

		@Override
		public double applyAsDouble(double epsilon) {
			year(lastYear, today, epsilon, year);
			return Math.log(year[ENERGY] / (Double.isNaN(first) ? year[COUNTERFACTUAL] : first));
		}
	}

	/** The parts of year t that do not depend on the elasticity, written into {@code terms}. */
	YearTerms terms(double[] p, Services.Today today, int t, YearTerms terms) {
		terms.efficiency = efficiency(p, t);
		double phi = p[energyShare];
		double other = (1 - phi) * Math.pow(1 + p[otherTrend], t);
		terms.price = phi * terms.efficiency + other * (coupled ? terms.efficiency : 1);
		terms.counterfactualPrice = phi + other;
		double share = hasShare ? share(p[shareFrom], p[shareTo], p[midpoint], t) : 0;
		terms.carbonFactor = carbonFactor(p, t);
		for (int i = 0; i < today.count(); i++) {
			terms.activity[i] = today.requests(i) * Math.pow(1 + growthOf(p, i), t);
			terms.mix[i] = today.mixedEnergy(i, share);
		}
		terms.ceiling = p[saturation] * Defaults.YEAR; // requests per second → per year, as the kernel's demand
		return terms;
	}

	/** One projected year at elasticity ε, written into {@code y} (slots above). */
	double[] year(YearTerms terms, Services.Today today, double epsilon, double[] y) {
		double efficiency = terms.efficiency;
		double response = Math.pow(terms.price, -epsilon);
		double counterfactualResponse = Math.pow(terms.counterfactualPrice, -epsilon);
		double underlying = 0, counterfactualUnderlying = 0;
		for (int i = 0; i < today.count(); i++) {
			double a = terms.activity[i];
			underlying += a * response;
			counterfactualUnderlying += a * counterfactualResponse;
		}
		double scale = saturate(terms.ceiling, today.totalRequests(), underlying) / underlying;
		double counterfactualScale = saturate(terms.ceiling, today.totalRequests(), counterfactualUnderlying)
				/ counterfactualUnderlying;
		double energy = 0, counterfactual = 0, carbon = 0;
		for (int i = 0; i < today.count(); i++) {
			double a = terms.activity[i];
			double mix = terms.mix[i];
			double e = mix * efficiency * a * response * scale;
			energy += e;
			counterfactual += mix * a * counterfactualResponse * counterfactualScale;
			carbon += e * today.carbonPerJoule(i) * terms.carbonFactor;
		}
		y[EFFICIENCY] = efficiency;
		y[PRICE] = terms.price;
		y[COUNTERFACTUAL_PRICE] = terms.counterfactualPrice;
		y[DEMAND] = underlying * scale;
		y[COUNTERFACTUAL_DEMAND] = counterfactualUnderlying * counterfactualScale;
		y[ENERGY] = energy;
		y[COUNTERFACTUAL] = counterfactual;
		y[CARBON] = carbon;
		return y;
	}

	/** Requests per year of each service in year t at the parameters' elasticity (for the decomposition). */
	double[] demands(double[] p, Services.Today today, int t) {
		double[] y = year(terms(p, today, t, new YearTerms(today.count())), today, p[elasticity],
				new double[YEAR_SLOTS]);
		double[] demands = new double[today.count()];
		double underlying = 0;
		for (int i = 0; i < today.count(); i++) {
			demands[i] = today.requests(i) * Math.pow(1 + growthOf(p, i), t) * Math.pow(y[PRICE], -p[elasticity]);
			underlying += demands[i];
		}
		for (int i = 0; i < today.count(); i++) {
			demands[i] *= y[DEMAND] / underlying;
		}
		return demands;
	}

	double efficiency(double[] p, int t) {
		return Math.pow(1 - p[gain], t);
	}

	double carbonFactor(double[] p, int t) {
		return Math.pow(1 + orZero(p[carbonTrend]), t);
	}

	private double growthOf(double[] p, int service) {
		double own = p[services.growthIndex(service)];
		return Double.isNaN(own) ? p[growth] : own;
	}

	/**
	 * Logistic saturation of demand at ceiling S: S·D/(D + S − D0). For exponentially growing underlying demand D
	 * this is exactly the logistic curve through D0 with ceiling S; without a ceiling it is D.
	 */
	static double saturate(double ceiling, double today, double underlying) {
		return Double.isNaN(ceiling) ? underlying : ceiling * underlying / (underlying + ceiling - today);
	}

	private static double orZero(double x) {
		return Double.isNaN(x) ? 0 : x;
	}

	/**
	 * The root of an increasing or decreasing function of ε by regula falsi (Illinois variant), which is exact in
	 * one step when the function is linear (the case without saturation and with one service); NaN when there is
	 * no sign change within ±{@link #ELASTICITY_BOUND}.
	 */
	static double solve(java.util.function.DoubleUnaryOperator f) {
		double a = -1, b = 2;
		double fa = f.applyAsDouble(a), fb = f.applyAsDouble(b);
		while (fa * fb > 0 && b - a < 2 * ELASTICITY_BOUND) {
			double width = b - a;
			a = Math.max(a - width, -ELASTICITY_BOUND);
			b = Math.min(b + width, ELASTICITY_BOUND);
			fa = f.applyAsDouble(a);
			fb = f.applyAsDouble(b);
		}
		if (!(fa * fb <= 0)) {
			return Double.NaN;
		}
		int side = 0;
		for (int i = 0; i < 200; i++) {
			double c = (a * fb - b * fa) / (fb - fa);
			double fc = f.applyAsDouble(c);
			if (fc == 0 || Math.abs(b - a) < 1e-13 * Math.max(1, Math.abs(c))) {
				return c;
			}
			if (fc * fb > 0) {
				b = c;
				fb = fc;
				if (side == -1) {
					fa /= 2;
				}
				side = -1;
			} else {
				a = c;
				fa = fc;
				if (side == 1) {
					fb /= 2;
				}
				side = 1;
			}
			if (Math.abs(fc) < 1e-15) {
				return c;
			}
		}
		return (a + b) / 2;
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

	/** The reasoning share in year t (0 without a share), for the decomposition's segments. */
	double shareAt(double[] p, int t) {
		return hasShare ? share(p[shareFrom], p[shareTo], p[midpoint], t) : 0;
	}

	boolean hasShare() {
		return hasShare;
	}

}

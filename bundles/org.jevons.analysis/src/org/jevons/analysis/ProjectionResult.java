package org.jevons.analysis;

import java.util.List;
import java.util.Optional;

import org.jevons.analysis.spec.Specs.Origin;

/**
 * A rebound projection: total energy per year with and without the efficiency gain, and summary figures
 * ({@code rebound}, {@code break_even_elasticity}, {@code flat_energy_elasticity}, {@code energy_growth},
 * {@code price_ratio}, {@code demand_ratio}, {@code energy_ratio}, {@code backfire_probability}, the
 * decomposition's effects, the history fit and the deviation from the reference).
 *
 * @param years                 first to last year, inclusive
 * @param energy                E(t) of all services, J per year
 * @param counterfactualEnergy  E_cf(t) with no efficiency gain, J per year
 * @param carbon                E(t) × carbon intensity, kg CO2e per year (empty without a carbon intensity)
 * @param backfire              the nominal rebound exceeds 1: efficiency raised total energy (Jevons paradox)
 * @param totalEnergy           E(t) plus the non-AI baseline, J per year (empty without a baseline)
 * @param services              names of the services, the workload first
 * @param reference             the reference scenario drawn over the projection
 * @param decompositions        the change from the first to the last year, energy and (with carbon) carbon
 */
public record ProjectionResult(String name, Origin origin, String analysisId, List<Integer> years,
		List<Estimate> energy, List<Estimate> counterfactualEnergy, List<Estimate> carbon, boolean backfire,
		List<Figure> figures, List<Problem> problems, List<Estimate> totalEnergy, List<String> services,
		Optional<ReferenceScenario> reference, List<Decomposition> decompositions) implements AnalysisResult {
	public ProjectionResult {
		years = List.copyOf(years);
		energy = List.copyOf(energy);
		counterfactualEnergy = List.copyOf(counterfactualEnergy);
		carbon = List.copyOf(carbon);
		figures = List.copyOf(figures);
		problems = List.copyOf(problems);
		totalEnergy = List.copyOf(totalEnergy);
		services = List.copyOf(services);
		decompositions = List.copyOf(decompositions);
	}

	/** A projection with one service, no baseline, no reference and no decomposition. */
	public ProjectionResult(String name, Origin origin, String analysisId, List<Integer> years,
			List<Estimate> energy, List<Estimate> counterfactualEnergy, List<Estimate> carbon, boolean backfire,
			List<Figure> figures, List<Problem> problems) {
		this(name, origin, analysisId, years, energy, counterfactualEnergy, carbon, backfire, figures, problems,
				List.of(), List.of(name), Optional.empty(), List.of());
	}

	/** E(last year) / E(first year). */
	public double growth() {
		return energy.get(energy.size() - 1).nominal() / energy.get(0).nominal();
	}

	/** The data-centre series a reference is compared with: AI plus baseline when given, else AI alone. */
	public List<Estimate> comparableEnergy() {
		return totalEnergy.isEmpty() ? energy : totalEnergy;
	}

	/** The reference's published years that lie within the projection's years (what charts draw). */
	public List<ReferenceScenario.Point> referencePoints() {
		if (years.isEmpty() || reference.isEmpty()) {
			return List.of();
		}
		int first = years.get(0), last = years.get(years.size() - 1);
		return reference.get().points().stream().filter(p -> p.year() >= first && p.year() <= last).toList();
	}

	/** The largest value a chart of the projection's overlay draws: data-centre total or reference band, J. */
	public double overlayMax() {
		double max = 0;
		for (Estimate e : totalEnergy) {
			max = Math.max(max, e.nominal());
		}
		for (ReferenceScenario.Point p : referencePoints()) {
			max = Math.max(max, p.high());
		}
		return max;
	}

	public Optional<Decomposition> decomposition(String quantity) {
		return decompositions.stream().filter(d -> d.quantity().equals(quantity)).findFirst();
	}
}

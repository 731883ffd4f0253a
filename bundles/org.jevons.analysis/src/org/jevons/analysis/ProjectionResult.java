package org.jevons.analysis;

import java.util.List;

import org.jevons.analysis.spec.Specs.Origin;

/**
 * A rebound projection: total energy per year with and without the efficiency gain, and summary figures
 * ({@code rebound}, {@code break_even_elasticity}, {@code flat_energy_elasticity}, {@code energy_growth},
 * {@code backfire_probability}).
 *
 * @param years                 first to last year, inclusive
 * @param energy                E(t), J per year
 * @param counterfactualEnergy  E_0(t) with no efficiency gain, J per year
 * @param carbon                E(t) × carbon intensity, kg CO2e per year (empty without a carbon intensity)
 * @param backfire              the nominal rebound exceeds 1: efficiency raised total energy (Jevons paradox)
 */
public record ProjectionResult(String name, Origin origin, String analysisId, List<Integer> years,
		List<Estimate> energy, List<Estimate> counterfactualEnergy, List<Estimate> carbon, boolean backfire,
		List<Figure> figures, List<Problem> problems) implements AnalysisResult {
	public ProjectionResult {
		years = List.copyOf(years);
		energy = List.copyOf(energy);
		counterfactualEnergy = List.copyOf(counterfactualEnergy);
		carbon = List.copyOf(carbon);
		figures = List.copyOf(figures);
		problems = List.copyOf(problems);
	}

	/** E(last year) / E(first year). */
	public double growth() {
		return energy.get(energy.size() - 1).nominal() / energy.get(0).nominal();
	}
}

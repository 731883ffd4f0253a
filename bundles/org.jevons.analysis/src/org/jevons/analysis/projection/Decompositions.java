package org.jevons.analysis.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jevons.analysis.Decomposition;
import org.jevons.analysis.Decomposition.Effect;
import org.jevons.analysis.Dimension;

/**
 * The LMDI decomposition of a projection between its first and last year at the nominal inputs. Segments are
 * the services, each split into plain and reasoning requests when a reasoning share is projected, so the mix
 * effect covers both the services' shares and the reasoning share. Energy = activity × mix × intensity; carbon
 * multiplies in the carbon intensity.
 */
final class Decompositions {
	private Decompositions() {
	}

	static List<Decomposition> of(ReboundModel model, double[] p) {
		int last = model.years() - 1;
		double[][] start = factors(model, p, 0);
		double[][] end = factors(model, p, last);
		int from = model.startYear(), to = model.startYear() + last;
		List<Decomposition> result = new ArrayList<>();
		double[] energy = Lmdi.effects(project(start, 3), project(end, 3));
		result.add(new Decomposition("energy", Dimension.ENERGY, from, to, total(start, 3), total(end, 3),
				List.of(new Effect("activity", "Activity (requests)", energy[0]),
						new Effect("mix", "Mix (services, reasoning share)", energy[1]),
						new Effect("intensity", "Energy intensity (per request)", energy[2]))));
		if (carbonKnown(start) && carbonKnown(end)) {
			double[] carbon = Lmdi.effects(start, end);
			result.add(new Decomposition("carbon", Dimension.MASS_CO2E, from, to, total(start, 4), total(end, 4),
					List.of(new Effect("activity", "Activity (requests)", carbon[0]),
							new Effect("mix", "Mix (services, reasoning share)", carbon[1]),
							new Effect("intensity", "Energy intensity (per request)", carbon[2]),
							new Effect("carbon_intensity", "Carbon intensity (grid)", carbon[3]))));
		}
		return result;
	}

	/** Per segment: total requests, the segment's share of them, energy per request, carbon per J. */
	private static double[][] factors(ReboundModel model, double[] p, int t) {
		Services.Today today = model.services().today(p, model.hasShare());
		double[] demands = model.demands(p, today, t);
		double total = 0;
		for (double d : demands) {
			total += d;
		}
		double share = model.shareAt(p, t);
		double efficiency = model.efficiency(p, t);
		double carbonFactor = model.carbonFactor(p, t);
		List<double[]> segments = new ArrayList<>();
		for (int i = 0; i < today.count(); i++) {
			double carbon = today.carbonPerJoule(i) * carbonFactor;
			if (model.hasShare()) {
				segments.add(new double[] { total, demands[i] / total * (1 - share),
						today.plainEnergy(i) * efficiency, carbon });
				segments.add(new double[] { total, demands[i] / total * share, today.reasoningEnergy(i) * efficiency,
						carbon });
			} else {
				segments.add(new double[] { total, demands[i] / total, today.mixedEnergy(i, 0) * efficiency, carbon });
			}
		}
		return segments.toArray(double[][]::new);
	}

	private static double[][] project(double[][] factors, int count) {
		double[][] projected = new double[factors.length][];
		for (int k = 0; k < factors.length; k++) {
			projected[k] = java.util.Arrays.copyOf(factors[k], count);
		}
		return projected;
	}

	private static double total(double[][] factors, int count) {
		double sum = 0;
		for (double[] segment : factors) {
			double product = 1;
			for (int f = 0; f < count; f++) {
				product *= segment[f];
			}
			sum += product;
		}
		return sum;
	}

	private static boolean carbonKnown(double[][] factors) {
		for (double[] segment : factors) {
			if (!(segment[3] >= 0)) {
				return false;
			}
		}
		return true;
	}

	/** The figures of a decomposition: one per effect, keyed {@code <quantity>_<effect>_effect}. */
	static List<org.jevons.analysis.Figure> figures(Decomposition d) {
		List<org.jevons.analysis.Figure> figures = new ArrayList<>();
		String quantity = d.quantity().equals("energy") ? "Energy" : "Carbon";
		for (Effect e : d.effects()) {
			figures.add(new org.jevons.analysis.Figure(d.quantity() + "_" + e.key() + "_effect",
					quantity + " change " + d.fromYear() + "–" + d.toYear() + " from " + e.label().toLowerCase(
							java.util.Locale.ROOT), d.dimension(), org.jevons.analysis.Estimate.exact(e.value()),
					List.of("LMDI-I decomposition (Ang 2005, Energy Policy 33:867–871)")));
		}
		return figures;
	}

	static Optional<Effect> biggestEnergyDriver(List<Decomposition> decompositions) {
		return decompositions.stream().filter(d -> d.quantity().equals("energy")).findFirst()
				.flatMap(Decomposition::biggest);
	}
}

package org.jevons.analysis.cost;

import java.util.List;
import java.util.Optional;

import org.jevons.analysis.AnalysisContext;
import org.jevons.analysis.Derivation;
import org.jevons.analysis.Dimension;
import org.jevons.analysis.EnergyAnalysis;
import org.jevons.analysis.Problem;
import org.jevons.analysis.engine.Parameter;
import org.jevons.analysis.spec.Specs.Datacenter;
import org.jevons.analysis.spec.Specs.Deployment;
import org.jevons.analysis.spec.Specs.Workload;

/**
 * Cost in USD = electricity price × facility energy, or accelerator rental × accelerator time when a rental is
 * stated (a cloud rental already pays for the power; the electricity cost is then shown apart, not added). With
 * neither price, the workload is simply not priced. Uncertain prices and the
 * workload's uncertain energy propagate per Monte Carlo sample through {@link AnalysisContext#derive}.
 */
public final class CostAnalysis implements EnergyAnalysis {
	public static final String ID = "cost";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public int order() {
		return Order.WORKLOAD_PLUGINS;
	}

	@Override
	public void run(AnalysisContext context) {
		context.study().trainings().forEach(t -> price(context, t, t.on(), List.of(
				new Line("cost", "Cost", "energy", "accelerator_hours"),
				new Line("energy_cost", "Electricity cost", "energy", ""),
				new Line("rental_cost", "Accelerator rental cost", "", "accelerator_hours"))));
		context.study().inferences().forEach(i -> price(context, i, i.on(), List.of(
				new Line("cost_per_request", "Cost per request", "energy_per_request", "accelerator_time_per_request"),
				new Line("annual_cost", "Cost per year", "annual_energy", "annual_accelerator_time"))));
	}

	/** A cost figure: price × {@code energyKey} + rental × {@code timeKey}; an empty key leaves the term out. */
	private record Line(String key, String label, String energyKey, String timeKey) {
	}

	private static void price(AnalysisContext context, Workload workload, Deployment on, List<Line> lines) {
		Optional<Datacenter> datacenter = on.datacenter();
		Parameter price = Parameter.optional(datacenter.map(Datacenter::name).orElse(""), "datacenter.price",
				datacenter.flatMap(Datacenter::price));
		Parameter rental = Parameter.optional(on.accelerator().name(), "accelerator.rental", on.accelerator().rental());
		if (!price.isPresent() && !rental.isPresent()) {
			return;
		}
		boolean both = price.isPresent() && rental.isPresent();
		if (both) {
			// a cloud rental price already pays for the power: adding the electricity bill would count it twice
			context.workload(workload.name()).ifPresent(w -> context.replace(w.withProblem(Problem.info(
					workload.origin(), workload.name() + ": the rental price of " + on.accelerator().name()
							+ " already includes power, so the cost counts the rental only; the electricity cost is"
							+ " shown apart"))));
		}
		for (Line line : lines) {
			// with a rental, a line that prices accelerator time leaves the electricity out
			boolean rentalLine = !line.timeKey().isEmpty() && rental.isPresent();
			boolean usesPrice = !line.energyKey().isEmpty() && price.isPresent() && !rentalLine;
			boolean usesRental = !line.timeKey().isEmpty() && rental.isPresent();
			if (!usesPrice && !usesRental) {
				continue;
			}
			Derivation derivation = new Derivation(line.key(), line.label(), Dimension.CURRENCY,
					List.of(line.energyKey().isEmpty() ? "energy" : line.energyKey(),
							line.timeKey().isEmpty() ? "accelerator_hours" : line.timeKey()),
					List.of(price, rental), (in, p, out, n) -> {
						for (int i = 0; i < n; i++) {
							out[i] = (usesPrice ? p[0][i] * in[0][i] : 0) + (usesRental ? p[1][i] * in[1][i] : 0);
						}
					});
			if (context.derive(workload.name(), derivation).isEmpty()) {
				context.workload(workload.name()).ifPresent(w -> context.replace(w.withProblem(Problem.warning(
						workload.origin(), workload.name() + ": no " + line.key() + " — "
								+ (usesPrice ? "price needs " + line.energyKey() : "")
								+ (usesPrice && usesRental ? " and " : "")
								+ (usesRental ? "rental needs " + line.timeKey() : "") + ", which could not be computed"))));
			}
		}
	}
}

package org.jevons.dsl.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.jevons.analysis.spec.Specs;
import org.jevons.analysis.spec.Value;
import org.jevons.model.energy.AdoptionProperty;
import org.jevons.model.energy.BaselineProperty;
import org.jevons.model.energy.CouplingProperty;
import org.jevons.model.energy.HistoryProperty;
import org.jevons.model.energy.Projection;
import org.jevons.model.energy.ReferenceProperty;
import org.jevons.model.energy.ServiceProperty;
import org.jevons.model.energy.Workload;
import org.jevons.model.energy.WorkloadRef;
import org.jevons.model.energy.YearsProperty;
import org.jevons.model.units.Units;

/** A rebound projection: rates per year become fractions per year ({@code 30 %/year} → 0.30). */
final class ProjectionBuilder {
	private ProjectionBuilder() {
	}

	static Optional<Specs.Projection> projection(Projection p,
			Function<Workload, Optional<Specs.Inference>> inferences) {
		Declarations d = Declarations.of(p);
		Optional<Specs.Inference> workload = d.property(WorkloadRef.class).map(WorkloadRef::getWorkload)
				.filter(w -> w != null && !w.eIsProxy()).flatMap(inferences);
		Optional<YearsProperty> years = d.property(YearsProperty.class);
		if (workload.isEmpty() || years.isEmpty() || years.get().getFrom() == null || years.get().getTo() == null) {
			return Optional.empty();
		}
		Optional<Double> from = Quantities.nominal(years.get().getFrom());
		Optional<Double> to = Quantities.nominal(years.get().getTo());
		Optional<Value> growth = d.quantity("demand growth").map(ProjectionBuilder::perYear);
		Optional<Value> gain = d.quantity("efficiency gain").map(ProjectionBuilder::perYear);
		Optional<Value> elasticity = d.quantity("elasticity");
		List<Specs.Observation> history = history(d);
		boolean fittable = history.size() >= 2;
		if (from.isEmpty() || to.isEmpty() || gain.isEmpty() || (growth.isEmpty() || elasticity.isEmpty()) && !fittable
				|| to.get() < from.get()) {
			return Optional.empty();
		}
		List<Specs.Service> services = new ArrayList<>();
		for (ServiceProperty s : d.properties(ServiceProperty.class)) {
			Optional<Specs.Inference> inference = Optional.ofNullable(s.getWorkload()).filter(w -> !w.eIsProxy())
					.flatMap(inferences);
			if (inference.isEmpty()) {
				return Optional.empty();
			}
			Optional<Value> own = s.getGrowth() == null ? Optional.empty()
					: Quantities.value(s.getGrowth(), s).map(ProjectionBuilder::perYear);
			services.add(new Specs.Service(inference.get(), own));
		}
		Specs.Pricing pricing = new Specs.Pricing(d.quantity("energy share").orElse(Value.of(1)),
				d.quantity("other cost trend").map(ProjectionBuilder::perYear).orElse(Value.of(0)),
				d.property(CouplingProperty.class).map(CouplingProperty::isCoupled).orElse(false));
		Optional<Specs.Baseline> baseline = d.property(BaselineProperty.class).flatMap(ProjectionBuilder::baseline);
		Optional<Specs.Adoption> adoption = d.property(AdoptionProperty.class).flatMap(ProjectionBuilder::adoption);
		return Optional.of(new Specs.Projection(HardwareBuilder.name(p.getName()), Declarations.origin(p),
				workload.get(), (int) Math.round(from.get()), (int) Math.round(to.get()), growth, gain.get(),
				elasticity, adoption, pricing, services, d.quantity("saturation"), baseline,
				d.quantity("carbon trend").map(ProjectionBuilder::perYear),
				d.property(ReferenceProperty.class).map(ReferenceProperty::getScenario), history));
	}

	/** A rate per second (SI) as a fraction per year. */
	private static Value perYear(Value perSecond) {
		return perSecond.times(Units.YEAR_SECONDS);
	}

	/** Energy per second (W, SI) as J per year, the baseline's first-year energy. */
	private static Optional<Specs.Baseline> baseline(BaselineProperty b) {
		if (b.getEnergy() == null) {
			return Optional.empty();
		}
		Optional<Value> energy = Quantities.value(b.getEnergy(), b).map(ProjectionBuilder::perYear);
		Optional<Value> growth = b.getGrowth() == null ? Optional.of(Value.of(0))
				: Quantities.value(b.getGrowth(), b).map(ProjectionBuilder::perYear);
		return energy.isEmpty() || growth.isEmpty() ? Optional.empty()
				: Optional.of(new Specs.Baseline(energy.get(), growth.get()));
	}

	/** History points in the order written; incomplete ones are left out (the validator reports them). */
	private static List<Specs.Observation> history(Declarations d) {
		List<Specs.Observation> points = new ArrayList<>();
		for (HistoryProperty h : d.properties(HistoryProperty.class)) {
			if (h.getYear() == null || h.getDemand() == null || h.getPrice() == null) {
				continue;
			}
			Optional<Double> year = Quantities.nominal(h.getYear());
			Optional<Double> demand = Quantities.nominal(h.getDemand());
			Optional<Double> price = Quantities.nominal(h.getPrice());
			if (year.isPresent() && demand.isPresent() && price.isPresent()) {
				points.add(new Specs.Observation(Declarations.origin(h), (int) Math.round(year.get()), demand.get(),
						price.get()));
			}
		}
		return points;
	}

	private static Optional<Specs.Adoption> adoption(AdoptionProperty a) {
		if (a.getFrom() == null || a.getTo() == null) {
			return Optional.empty();
		}
		Optional<Value> from = Quantities.value(a.getFrom(), a);
		Optional<Value> to = Quantities.value(a.getTo(), a);
		if (from.isEmpty() || to.isEmpty()) {
			return Optional.empty();
		}
		Optional<Value> midpoint = a.getMidpoint() == null ? Optional.empty() : Quantities.value(a.getMidpoint(), a);
		return Optional.of(new Specs.Adoption(from.get(), to.get(), midpoint));
	}
}

package org.jevons.dsl.study;

import java.util.Optional;
import java.util.function.Function;

import org.jevons.analysis.spec.Specs;
import org.jevons.analysis.spec.Value;
import org.jevons.model.energy.AdoptionProperty;
import org.jevons.model.energy.Projection;
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
		if (from.isEmpty() || to.isEmpty() || growth.isEmpty() || gain.isEmpty() || elasticity.isEmpty()
				|| to.get() < from.get()) {
			return Optional.empty();
		}
		Optional<Specs.Adoption> adoption = d.property(AdoptionProperty.class).flatMap(ProjectionBuilder::adoption);
		return Optional.of(new Specs.Projection(HardwareBuilder.name(p.getName()), Declarations.origin(p),
				workload.get(), (int) Math.round(from.get()), (int) Math.round(to.get()), growth.get(), gain.get(),
				elasticity.get(), adoption));
	}

	/** A rate per second (SI) as a fraction per year. */
	private static Value perYear(Value perSecond) {
		return perSecond.times(Units.YEAR_SECONDS);
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

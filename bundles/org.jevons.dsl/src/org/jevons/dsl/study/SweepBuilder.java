package org.jevons.dsl.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.jevons.analysis.spec.Specs;
import org.jevons.model.energy.Quantity;
import org.jevons.model.energy.Sweep;
import org.jevons.model.energy.Vary;
import org.jevons.model.energy.Workload;
import org.jevons.model.energy.WorkloadRef;
import org.jevons.model.units.Unit;
import org.jevons.model.units.Units;

/** A sweep: each {@code vary} becomes its list of SI values. */
final class SweepBuilder {

	/** Points of a range without {@code step}: ten steps. */
	static final int DEFAULT_STEPS = 10;
	/** A range of more points than this is refused (the validator says so): it would not fit in memory. */
	static final long MAX_POINTS_PER_VARY = 50_000_000L;

	private SweepBuilder() {
	}

	static Optional<Specs.Sweep> sweep(Sweep s, Function<Workload, Optional<Specs.Workload>> workloads) {
		Declarations d = Declarations.of(s);
		Optional<Specs.Workload> workload = d.property(WorkloadRef.class).map(WorkloadRef::getWorkload)
				.filter(w -> w != null && !w.eIsProxy()).flatMap(workloads);
		if (workload.isEmpty()) {
			return Optional.empty();
		}
		List<Specs.Vary> varies = new ArrayList<>();
		for (Vary v : org.jevons.dsl.model.EffectiveProperties.varies(s)) {
			Optional<Specs.Vary> vary = vary(v);
			if (vary.isEmpty()) {
				return Optional.empty();
			}
			varies.add(vary.get());
		}
		if (varies.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Specs.Sweep(HardwareBuilder.name(s.getName()), Declarations.origin(s), workload.get(),
				varies));
	}

	static Optional<Specs.Vary> vary(Vary v) {
		if (v.getProperty() == null) {
			return Optional.empty();
		}
		if (!v.getValues().isEmpty()) {
			String unit = unit(v.getValues());
			double[] values = new double[v.getValues().size()];
			for (int i = 0; i < values.length; i++) {
				Quantity q = v.getValues().get(i);
				if (q.getFirst() == null) {
					return Optional.empty();
				}
				values[i] = q.getFirst() * factorOf(q, unit);
			}
			return Optional.of(new Specs.Vary(v.getProperty(), values, unit));
		}
		if (v.getFrom() == null || v.getTo() == null || v.getFrom().getFirst() == null || v.getTo().getFirst() == null) {
			return Optional.empty();
		}
		List<Quantity> bounds = v.getStep() == null ? List.of(v.getFrom(), v.getTo())
				: List.of(v.getFrom(), v.getTo(), v.getStep());
		String unit = unit(bounds);
		double from = v.getFrom().getFirst() * factorOf(v.getFrom(), unit);
		double to = v.getTo().getFirst() * factorOf(v.getTo(), unit);
		double step = v.getStep() == null || v.getStep().getFirst() == null ? (to - from) / DEFAULT_STEPS
				: v.getStep().getFirst() * factorOf(v.getStep(), unit);
		if (!(step > 0) || to < from) {
			return Optional.empty();
		}
		double count = Math.floor((to - from) / step + 1e-9) + 1;
		if (count > MAX_POINTS_PER_VARY) {
			return Optional.empty();
		}
		double[] values = new double[(int) count];
		for (int i = 0; i < values.length; i++) {
			values[i] = from + i * step;
		}
		return Optional.of(new Specs.Vary(v.getProperty(), values, unit));
	}

	/** The unit written on any of the quantities (the last bound carries it, as in {@code from 0 to 8000 tokens}). */
	private static String unit(List<Quantity> quantities) {
		return quantities.stream().map(Quantity::getUnit).filter(u -> u != null && !u.isBlank()).findFirst()
				.orElse("");
	}

	/** A bare bound takes the unit written elsewhere on the vary. */
	private static double factorOf(Quantity q, String sharedUnit) {
		String unit = org.jevons.dsl.model.Quantities.isBare(q) ? sharedUnit : q.getUnit();
		return Units.parse(unit).map(Unit::factor).orElse(1.0);
	}
}

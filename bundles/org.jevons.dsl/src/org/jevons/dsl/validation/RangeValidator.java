package org.jevons.dsl.validation;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;
import org.jevons.dsl.model.EffectiveProperties;
import org.jevons.dsl.model.Quantities;
import org.jevons.model.energy.AcceleratorsProperty;
import org.jevons.model.energy.AdoptionProperty;
import org.jevons.model.energy.EnergyPackage;
import org.jevons.model.energy.ExpertsProperty;
import org.jevons.model.energy.Model;
import org.jevons.model.energy.OnProperty;
import org.jevons.model.energy.PeakProperty;
import org.jevons.model.energy.Quantity;
import org.jevons.model.energy.QuantityProperty;
import org.jevons.model.energy.Vary;
import org.jevons.model.energy.YearsProperty;

/** Values: ranges each property allows, bounds in order, active ≤ parameters, projection years in order. */
public class RangeValidator extends AbstractEnergyCheck {

	/** Fractions of a peak: {@code mfu 0.35}, {@code mbu 40 %}. */
	private static final Set<String> FRACTIONS = Set.of("mfu", "mbu");
	/** Must be positive: a zero would divide or mean nothing runs. */
	private static final Set<String> POSITIVE = Set.of("batch", "parameters", "active", "layers", "hidden",
			"attention layers", "attention width", "window", "latency", "lifetime");
	/** May be negative: growth, gain and elasticity describe changes, not amounts. */
	private static final Set<String> SIGNED = Set.of("demand growth", "efficiency gain", "elasticity",
			"other cost trend", "carbon trend", "energy share");

	@Check
	public void checkRangeOrder(Quantity q) {
		List<Double> b = Quantities.bounds(q);
		if (b.size() == 2 && b.get(0) > b.get(1)) {
			error("Range bounds out of order: write the smaller bound first (" + Kinds.number(b.get(1)) + " .. "
					+ Kinds.number(b.get(0)) + ")", q, null, IssueCodes.RANGE_ORDER);
		} else if (b.size() == 3 && (b.get(0) > b.get(1) || b.get(1) > b.get(2))) {
			error("Triangular range out of order: write min .. most likely .. max, with min <= most likely <= max",
					q, null, IssueCodes.RANGE_ORDER);
		}
	}

	@Check
	public void checkQuantityProperty(QuantityProperty p) {
		String key = p.getKey();
		Quantity q = p.getValue();
		if (key == null || q == null) {
			return;
		}
		if (FRACTIONS.contains(key)) {
			inUnitInterval(q, key);
		} else if ("local share".equals(key)) {
			atLeast(q, 0, "local share cannot be negative");
			atMost(q, 1, "local share is the share of attention layers with a window: at most 1 (100 %)");
		} else if ("pue".equals(key)) {
			atLeast(q, 1, key + " must be at least 1 (facility energy / IT energy)");
		} else if (POSITIVE.contains(key)) {
			positive(q, key);
		} else if (!SIGNED.contains(key)) {
			atLeast(q, 0, key + " cannot be negative");
		}
	}

	@Check
	public void checkPeak(PeakProperty p) {
		if (p.getValue() != null) {
			atLeast(p.getValue(), 0, "peak cannot be negative");
		}
	}

	@Check
	public void checkCount(OnProperty p) {
		positive(p.getCount(), "the number of accelerators or nodes");
	}

	@Check
	public void checkCount(AcceleratorsProperty p) {
		positive(p.getCount(), "the number of accelerators");
	}

	@Check
	public void checkExperts(ExpertsProperty p) {
		positive(p.getTotal(), "experts");
		positive(p.getRouted(), "routed");
		Optional<Double> total = nominal(p.getTotal());
		Optional<Double> routed = nominal(p.getRouted());
		if (total.isPresent() && routed.isPresent() && routed.get() > total.get()) {
			error("routed (" + Kinds.number(routed.get()) + ") cannot exceed the number of experts ("
					+ Kinds.number(total.get()) + ")", p, EnergyPackage.Literals.EXPERTS_PROPERTY__ROUTED,
					IssueCodes.VALUE_RANGE);
		}
	}

	@Check
	public void checkAdoption(AdoptionProperty p) {
		inUnitInterval(p.getFrom(), "reasoning share");
		inUnitInterval(p.getTo(), "reasoning share");
	}

	@Check
	public void checkVaryStep(Vary v) {
		if (v.getStep() != null) {
			positive(v.getStep(), "step");
		}
		Optional<Double> from = nominal(v.getFrom());
		Optional<Double> to = nominal(v.getTo());
		if (from.isPresent() && to.isPresent() && from.get() > to.get()) {
			error("vary from " + Kinds.number(from.get()) + " to " + Kinds.number(to.get())
					+ " runs backwards: write the smaller value after from", v, EnergyPackage.Literals.VARY__TO,
					IssueCodes.RANGE_ORDER);
		}
	}

	@Check
	public void checkYears(YearsProperty p) {
		Optional<Double> from = p.getFrom() == null ? Optional.empty() : Quantities.nominal(p.getFrom());
		Optional<Double> to = p.getTo() == null ? Optional.empty() : Quantities.nominal(p.getTo());
		if (from.isPresent() && to.isPresent() && to.get() < from.get()) {
			error("The projection ends (" + Kinds.number(to.get()) + ") before it starts (" + Kinds.number(from.get())
					+ "): write years " + Kinds.number(to.get()) + " to " + Kinds.number(from.get()), p,
					EnergyPackage.Literals.YEARS_PROPERTY__TO, IssueCodes.PROJECTION_YEARS);
		}
	}

	@Check
	public void checkActiveParameters(Model m) {
		Optional<Double> active = EffectiveProperties.quantity(m, "active").map(QuantityProperty::getValue)
				.flatMap(RangeValidator::nominal);
		Optional<Double> parameters = EffectiveProperties.quantity(m, "parameters").map(QuantityProperty::getValue)
				.flatMap(RangeValidator::nominal);
		if (active.isPresent() && parameters.isPresent() && active.get() > parameters.get()) {
			Optional<QuantityProperty> own = m.getProperties().stream().filter(QuantityProperty.class::isInstance)
					.map(QuantityProperty.class::cast).filter(q -> "active".equals(q.getKey())).findFirst();
			EObject where = own.isPresent() ? own.get() : m;
			error("active (" + Kinds.number(active.get()) + ") cannot exceed parameters (" + Kinds.number(parameters.get())
					+ "): active counts the parameters used per token, a part of all parameters", where, null,
					IssueCodes.MODEL_ACTIVE_EXCEEDS);
		}
	}

	private static Optional<Double> nominal(Quantity q) {
		return q == null ? Optional.empty() : Quantities.nominalSi(q);
	}

	private void inUnitInterval(Quantity q, String what) {
		if (q == null) {
			return;
		}
		for (double v : Quantities.siBounds(q)) {
			if (v <= 0 || v > 1) {
				error(what + " must be a fraction in (0, 1] (e.g. 0.35 or 35 %), not " + Kinds.number(v), q, null,
						IssueCodes.VALUE_RANGE);
				return;
			}
		}
	}

	private void atMost(Quantity q, double max, String message) {
		for (double v : Quantities.siBounds(q)) {
			if (v > max) {
				error(message + ", not " + Kinds.number(v), q, null, IssueCodes.VALUE_RANGE);
				return;
			}
		}
	}

	private void atLeast(Quantity q, double min, String message) {
		List<Double> si = Quantities.siBounds(q);
		for (int i = 0; i < si.size(); i++) {
			if (si.get(i) < min) {
				error(message + ", not " + written(q, i), q, null, IssueCodes.VALUE_RANGE);
				return;
			}
		}
	}

	/** A bound as written, with the unit: messages quote the user's numbers, not SI. */
	private static String written(Quantity q, int bound) {
		String number = Kinds.number(Quantities.bounds(q).get(bound));
		return Quantities.isBare(q) ? number : number + " " + q.getUnit();
	}

	private void positive(Quantity q, String what) {
		if (q == null) {
			return;
		}
		List<Double> si = Quantities.siBounds(q);
		for (int i = 0; i < si.size(); i++) {
			if (si.get(i) <= 0) {
				error(what + " must be positive, not " + written(q, i), q, null, IssueCodes.VALUE_RANGE);
				return;
			}
		}
	}
}

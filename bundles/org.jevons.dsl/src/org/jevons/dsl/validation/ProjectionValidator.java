package org.jevons.dsl.validation;

import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.validation.Check;
import org.jevons.analysis.projection.ReferenceScenarios;
import org.jevons.dsl.model.EffectiveProperties;
import org.jevons.dsl.model.Quantities;
import org.jevons.model.energy.EnergyPackage;
import org.jevons.model.energy.HistoryProperty;
import org.jevons.model.energy.Inference;
import org.jevons.model.energy.Projection;
import org.jevons.model.energy.Property;
import org.jevons.model.energy.QuantityProperty;
import org.jevons.model.energy.ReferenceProperty;
import org.jevons.model.energy.ServiceProperty;
import org.jevons.model.energy.Workload;
import org.jevons.model.energy.WorkloadRef;

/**
 * The rebound projection's own rules: the price model's energy share, saturation above today's demand, history
 * points for the fit (enough of them, years in order) and known reference scenarios. Units: UnitValidator.
 */
public class ProjectionValidator extends AbstractEnergyCheck {
	@Check
	public void checkEnergyShare(QuantityProperty p) {
		if (!"energy share".equals(p.getKey()) || p.getValue() == null) {
			return;
		}
		for (double v : Quantities.siBounds(p.getValue())) {
			if (v <= 0 || v > 1) {
				error("energy share is the energy cost's share of a request's price and must lie in (0, 1] (e.g. 30 %), not "
						+ Kinds.number(v), p.getValue(), null, IssueCodes.PROJECTION_ENERGY_SHARE);
				return;
			}
		}
	}

	@Check
	public void checkSaturation(Projection projection) {
		Optional<QuantityProperty> saturation = projection.getProperties().stream()
				.filter(QuantityProperty.class::isInstance).map(QuantityProperty.class::cast)
				.filter(q -> "saturation".equals(q.getKey()) && q.getValue() != null).findFirst();
		if (saturation.isEmpty()) {
			return;
		}
		double today = 0;
		for (Workload w : workloads(projection)) {
			Optional<Double> requests = w instanceof Inference i ? EffectiveProperties.quantity(i, "requests")
					.map(QuantityProperty::getValue).flatMap(q -> q == null ? Optional.empty() : Quantities.nominalSi(q))
					: Optional.empty();
			today += requests.orElse(0.0);
		}
		List<Double> bounds = Quantities.siBounds(saturation.get().getValue());
		double total = today;
		if (today > 0 && bounds.stream().anyMatch(b -> b <= total)) {
			error("saturation is the ceiling of demand and must lie above the requests of the projection's services "
					+ "today (" + Kinds.number(Math.rint(today * 86_400)) + " /day)", saturation.get().getValue(), null,
					IssueCodes.PROJECTION_SATURATION);
		}
	}

	@Check
	public void checkHistory(Projection projection) {
		List<HistoryProperty> history = projection.getProperties().stream().filter(HistoryProperty.class::isInstance)
				.map(HistoryProperty.class::cast).toList();
		if (history.isEmpty()) {
			return;
		}
		boolean growthStated = EffectiveProperties.quantity(projection, "demand growth").isPresent();
		int needed = growthStated ? 2 : 3;
		if (history.size() < needed) {
			error("A fit needs at least " + needed + " history points" + (growthStated ? ""
					: " to fit demand growth and elasticity together (or state demand growth and give 2)") + "; "
					+ Kinds.name(projection) + " has " + history.size(), history.get(0),
					EnergyPackage.Literals.HISTORY_PROPERTY__YEAR, IssueCodes.PROJECTION_HISTORY_POINTS);
		}
		Optional<Double> previous = Optional.empty();
		for (HistoryProperty h : history) {
			Optional<Double> year = h.getYear() == null ? Optional.empty() : Quantities.nominalSi(h.getYear());
			if (year.isPresent() && previous.isPresent() && year.get() <= previous.get()) {
				error("history years must increase: " + Kinds.number(year.get()) + " follows "
						+ Kinds.number(previous.get()), h, EnergyPackage.Literals.HISTORY_PROPERTY__YEAR,
						IssueCodes.PROJECTION_HISTORY_ORDER);
			}
			previous = year.isPresent() ? year : previous;
		}
	}

	@Check
	public void checkReference(ReferenceProperty r) {
		if (r.getScenario() != null && ReferenceScenarios.find(r.getScenario()).isEmpty()) {
			error("No reference scenario " + r.getScenario() + "; the built-in ones are "
					+ String.join(", ", ReferenceScenarios.names()), r,
					EnergyPackage.Literals.REFERENCE_PROPERTY__SCENARIO, IssueCodes.PROJECTION_REFERENCE);
		}
	}

	private static List<Workload> workloads(Projection projection) {
		java.util.List<Workload> workloads = new java.util.ArrayList<>();
		for (Property p : EffectiveProperties.of(projection).values()) {
			if (p instanceof WorkloadRef w && w.getWorkload() != null && !w.getWorkload().eIsProxy()) {
				workloads.add(w.getWorkload());
			} else if (p instanceof ServiceProperty s && s.getWorkload() != null && !s.getWorkload().eIsProxy()) {
				workloads.add(s.getWorkload());
			}
		}
		return workloads;
	}
}

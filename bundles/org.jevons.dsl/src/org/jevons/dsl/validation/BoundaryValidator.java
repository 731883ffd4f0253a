package org.jevons.dsl.validation;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.xtext.validation.Check;
import org.jevons.dsl.model.EffectiveProperties;
import org.jevons.dsl.model.Quantities;
import org.jevons.model.energy.Datacenter;
import org.jevons.model.energy.EnergyPackage;
import org.jevons.model.energy.Inference;
import org.jevons.model.energy.NamedDeclaration;
import org.jevons.model.energy.Node;
import org.jevons.model.energy.OnProperty;
import org.jevons.model.energy.Quantity;
import org.jevons.model.energy.QuantityProperty;
import org.jevons.model.energy.UpstreamProperty;
import org.jevons.model.units.Dimension;
import org.jevons.model.units.Unit;

/**
 * Boundaries (docs/methodology.md, Boundaries): every component counted once, shares below 100 %, a training
 * amortised over a positive number of requests or a positive service life.
 */
public class BoundaryValidator extends AbstractEnergyCheck {
	/** Shares that add before × s / (1 − s): 100 % would be infinite. */
	private static final Set<String> SHARES = Set.of("reserve", "development", "host share");

	@Check
	public void checkShare(QuantityProperty p) {
		Quantity q = p.getValue();
		if (q == null || p.getKey() == null) {
			return;
		}
		if (SHARES.contains(p.getKey())) {
			for (double v : Quantities.siBounds(q)) {
				if (v >= 1) {
					error(p.getKey() + " must be below 100 %: it is the component's share of the figure that includes"
							+ " it, so 100 % would make the figure infinite (not " + written(q) + ")", q, null,
							IssueCodes.BOUNDARY_SHARE);
					return;
				}
			}
		} else if ("clean share".equals(p.getKey())) {
			for (double v : Quantities.siBounds(q)) {
				if (v > 1) {
					error("clean share is the share of the energy covered by contracts: at most 100 %, not "
							+ written(q), q, null, IssueCodes.VALUE_RANGE);
					return;
				}
			}
		}
	}

	/** PUE on a node and on the datacenter it runs in: the facility would be counted twice. */
	@Check
	public void checkPueOnce(OnProperty on) {
		if (!(on.getHardware() instanceof Node node) || node.eIsProxy() || on.getDatacenter() == null
				|| on.getDatacenter().eIsProxy()) {
			return;
		}
		Datacenter datacenter = on.getDatacenter();
		if (EffectiveProperties.quantity(node, "pue").isPresent()
				&& EffectiveProperties.quantity(datacenter, "pue").isPresent()) {
			error("pue is stated twice: on node " + node.getName() + " and on datacenter " + datacenter.getName()
					+ "; state the facility overhead once (on the datacenter)", on,
					EnergyPackage.Literals.ON_PROPERTY__DATACENTER, IssueCodes.BOUNDARY_DUPLICATE);
		}
	}

	/** {@code host share} on a workload whose node states {@code host}: the host would be counted twice. */
	@Check
	public void checkHostOnce(QuantityProperty p) {
		if (!"host share".equals(p.getKey()) || !(p.eContainer() instanceof NamedDeclaration workload)) {
			return;
		}
		Optional<Node> node = EffectiveProperties.property(workload, OnProperty.class).map(OnProperty::getHardware)
				.filter(Node.class::isInstance).map(Node.class::cast).filter(n -> !n.eIsProxy());
		if (node.isPresent() && EffectiveProperties.quantity(node.get(), "host").isPresent()) {
			error("host is stated twice: node " + node.get().getName() + " states host power and "
					+ workload.getName() + " states host share; keep one of them", p, null,
					IssueCodes.BOUNDARY_DUPLICATE);
		}
	}

	@Check
	public void checkAmortisation(UpstreamProperty p) {
		Quantity over = p.getOver();
		if (over == null) {
			return;
		}
		Optional<Unit> unit = Quantities.unit(over);
		if (unit.isEmpty()) {
			error("Unknown unit '" + org.jevons.model.units.Units.unknownSymbol(over.getUnit()).orElse(over.getUnit())
					+ "': a training is amortised over a number of requests (10B requests) or a service life (2 years)",
					over, EnergyPackage.Literals.QUANTITY__UNIT, IssueCodes.UNIT_UNKNOWN);
			return;
		}
		Dimension dimension = unit.get().dimension();
		if (!dimension.equals(Dimension.NONE) && !dimension.equals(Dimension.TIME)) {
			error("a training is amortised over a number of requests (10B requests) or a service life (2 years), not "
					+ written(over), over, null, IssueCodes.BOUNDARY_AMORTISATION);
			return;
		}
		List<Double> si = Quantities.siBounds(over);
		if (si.stream().anyMatch(v -> v <= 0)) {
			error("a training cannot be amortised over " + written(over)
					+ ": spread it over a positive number of requests or a positive service life", over, null,
					IssueCodes.BOUNDARY_AMORTISATION);
			return;
		}
		if (dimension.equals(Dimension.TIME) && p.eContainer() instanceof Inference inference
				&& EffectiveProperties.quantity(inference, "requests").isEmpty()) {
			error("amortising a training over a service life needs the inference's requests (10M /day)", over, null,
					IssueCodes.BOUNDARY_AMORTISATION);
		}
	}

	/** A value as written, with its unit: messages quote the user's numbers. */
	private static String written(Quantity q) {
		String number = Quantities.bounds(q).stream().map(Kinds::number).reduce((a, b) -> a + " .. " + b).orElse("");
		return Quantities.isBare(q) ? number : number + " " + q.getUnit();
	}
}

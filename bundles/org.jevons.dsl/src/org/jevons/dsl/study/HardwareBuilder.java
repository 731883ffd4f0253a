package org.jevons.dsl.study;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.jevons.analysis.spec.Specs;
import org.jevons.analysis.spec.Specs.Deployment;
import org.jevons.analysis.spec.Specs.Precision;
import org.jevons.analysis.spec.Value;
import org.jevons.model.energy.Accelerator;
import org.jevons.model.energy.AcceleratorsProperty;
import org.jevons.model.energy.Datacenter;
import org.jevons.model.energy.Grid;
import org.jevons.model.energy.GridRef;
import org.jevons.model.energy.Hardware;
import org.jevons.model.energy.Node;
import org.jevons.model.energy.OnProperty;
import org.jevons.model.energy.PeakProperty;

/** Accelerators, nodes, datacenters and grids as the analyses' specs. */
final class HardwareBuilder {
	private HardwareBuilder() {
	}

	static Specs.Accelerator accelerator(Accelerator a) {
		Declarations d = Declarations.of(a);
		Map<Precision, Value> peak = new EnumMap<>(Precision.class);
		for (PeakProperty p : d.properties(PeakProperty.class)) {
			if (p.getValue() != null && p.getPrecision() != null) {
				Quantities.value(p.getValue(), p)
						.ifPresent(v -> peak.put(Precision.valueOf(p.getPrecision().name().toUpperCase()), v));
			}
		}
		return new Specs.Accelerator(name(a.getName()), peak, d.quantity("power"), d.quantity("idle"),
				d.quantity("memory"), d.quantity("bandwidth"), d.quantity("embodied"), d.quantity("lifetime"),
				d.quantity("rental"), d.quantity("interconnect"));
	}

	/**
	 * {@code on N x Hardware in Datacenter}: N accelerators, or N nodes of k accelerators each (with N × the node's
	 * host power).
	 */
	static Optional<Deployment> deployment(OnProperty on) {
		Hardware hardware = on.getHardware();
		if (on.getCount() == null || hardware == null || hardware.eIsProxy()) {
			return Optional.empty();
		}
		Optional<Value> count = Quantities.value(on.getCount(), on);
		if (count.isEmpty()) {
			return Optional.empty();
		}
		Optional<Specs.Datacenter> datacenter = Optional.ofNullable(on.getDatacenter()).filter(dc -> !dc.eIsProxy())
				.map(HardwareBuilder::datacenter);
		if (hardware instanceof Accelerator a) {
			return Optional.of(new Deployment(count.get(), accelerator(a), Optional.empty(), datacenter));
		}
		Node node = (Node) hardware;
		Declarations d = Declarations.of(node);
		Optional<AcceleratorsProperty> accelerators = d.property(AcceleratorsProperty.class)
				.filter(p -> p.getAccelerator() != null && !p.getAccelerator().eIsProxy() && p.getCount() != null);
		if (accelerators.isEmpty()) {
			return Optional.empty();
		}
		Optional<Double> perNode = Quantities.nominal(accelerators.get().getCount());
		if (perNode.isEmpty()) {
			return Optional.empty();
		}
		double nodes = count.get().nominal();
		Optional<Value> host = d.quantity("host").map(h -> h.times(nodes));
		// a node's pue stands in for a datacenter that states none (both stated: a validation error)
		Optional<Value> nodePue = d.quantity("pue");
		Optional<Specs.Datacenter> facility = nodePue.isEmpty() ? datacenter
				: datacenter.filter(dc -> dc.pue().isPresent()).or(() -> Optional.of(withPue(datacenter, nodePue)));
		return Optional.of(new Deployment(count.get().times(perNode.get()),
				accelerator(accelerators.get().getAccelerator()), host, facility,
				d.quantity("embodied").map(e -> e.times(1 / perNode.get())), d.quantity("lifetime")));
	}

	private static Specs.Datacenter withPue(Optional<Specs.Datacenter> datacenter, Optional<Value> pue) {
		Specs.Datacenter dc = datacenter.orElse(new Specs.Datacenter("", Optional.empty(), Optional.empty(),
				Optional.empty(), Optional.empty(), Optional.empty()));
		return new Specs.Datacenter(dc.name(), pue, dc.carbon(), dc.wue(), dc.gridWater(), dc.price(),
				dc.residualCarbon(), dc.cleanShare());
	}

	/** A datacenter; carbon, water and price fall back to its grid's. */
	static Specs.Datacenter datacenter(Datacenter dc) {
		Declarations d = Declarations.of(dc);
		Optional<Declarations> grid = d.property(GridRef.class).map(GridRef::getGrid)
				.filter(g -> g != null && !g.eIsProxy()).map(Grid.class::cast).map(Declarations::of);
		return new Specs.Datacenter(name(dc.getName()), d.quantity("pue"), fallback(d, grid, "carbon"),
				d.quantity("wue"), fallback(d, grid, "water"), fallback(d, grid, "price"),
				fallback(d, grid, "residual"), d.quantity("clean share"));
	}

	private static Optional<Value> fallback(Declarations own, Optional<Declarations> grid, String key) {
		Optional<Value> value = own.quantity(key);
		return value.isPresent() ? value : grid.flatMap(g -> g.quantity(key));
	}

	static String name(String name) {
		return name == null ? "" : name;
	}
}

package org.jevons.dsl.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.jevons.model.energy.EnergyPackage;
import org.jevons.model.energy.HistoryProperty;
import org.jevons.model.energy.NamedDeclaration;
import org.jevons.model.energy.PeakProperty;
import org.jevons.model.energy.Precision;
import org.jevons.model.energy.Property;
import org.jevons.model.energy.QuantityProperty;
import org.jevons.model.energy.ServiceProperty;
import org.jevons.model.energy.Vary;

/**
 * The properties a declaration has once its {@code extends} chain is taken into account. One definition of
 * inheritance for validation and for the analyses: a property of the child overrides the parent's property with
 * the same {@linkplain #key(Property) key}, and within one declaration a property given again overrides the
 * earlier one. Cycles and unresolved parents end the chain (the cycle itself is a validation error).
 */
public final class EffectiveProperties {

	private EffectiveProperties() {
	}

	/**
	 * The identity of a property for overriding: the key of a quantity property ({@code power},
	 * {@code average power}), {@code peak <precision>} for peaks, {@code vary <path>} for the varied inputs of a
	 * sweep (a sweep has several), and the EClass name for every other kind ({@code ModelRef}, {@code OnProperty}).
	 *
	 * @return empty for a property too broken to be identified (a quantity property without key)
	 */
	public static Optional<String> key(Property p) {
		if (p instanceof QuantityProperty q) {
			return Optional.ofNullable(q.getKey());
		}
		if (p instanceof PeakProperty peak) {
			return Optional.of("peak " + peak.getPrecision().getLiteral());
		}
		if (p instanceof Vary v) {
			return Optional.ofNullable(v.getProperty()).map(path -> "vary " + path);
		}
		// a projection has several services and history points: one per workload, one per year
		if (p instanceof ServiceProperty s) {
			return Optional.of("service " + org.eclipse.xtext.nodemodel.util.NodeModelUtils
					.findNodesForFeature(s, EnergyPackage.Literals.SERVICE_PROPERTY__WORKLOAD).stream()
					.map(n -> n.getText().strip()).findFirst().orElse(""));
		}
		if (p instanceof HistoryProperty h) {
			return Optional.of("history " + (h.getYear() == null ? "" : Quantities.nominalSi(h.getYear()).orElse(0.0)));
		}
		return Optional.of(p.eClass().getName());
	}

	/** The declaration's direct parent, if it has one that resolved. */
	public static Optional<NamedDeclaration> parent(NamedDeclaration d) {
		EStructuralFeature f = d.eClass().getEStructuralFeature("superType");
		if (f == null) {
			return Optional.empty();
		}
		Object parent = d.eGet(f, true);
		if (parent instanceof NamedDeclaration p && !((EObject) p).eIsProxy()) {
			return Optional.of(p);
		}
		return Optional.empty();
	}

	/** The declaration, its parent, the parent's parent ...; stops before a declaration seen already. */
	public static List<NamedDeclaration> chain(NamedDeclaration d) {
		List<NamedDeclaration> chain = new ArrayList<>();
		Set<NamedDeclaration> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		Optional<NamedDeclaration> next = Optional.of(d);
		while (next.isPresent() && seen.add(next.get())) {
			chain.add(next.get());
			next = parent(next.get());
		}
		return chain;
	}

	/** Whether following {@code extends} from this declaration comes back to it. */
	public static boolean inCycle(NamedDeclaration d) {
		List<NamedDeclaration> chain = chain(d);
		Optional<NamedDeclaration> afterLast = parent(chain.get(chain.size() - 1));
		return afterLast.isPresent() && afterLast.get() == d;
	}

	/** The effective properties by {@linkplain #key(Property) key}, inherited ones first. */
	public static Map<String, Property> of(NamedDeclaration d) {
		List<NamedDeclaration> chain = chain(d);
		Map<String, Property> result = new LinkedHashMap<>();
		for (int i = chain.size() - 1; i >= 0; i--) {
			for (Property p : chain.get(i).getProperties()) {
				key(p).ifPresent(k -> result.put(k, p));
			}
		}
		return result;
	}

	/** The effective quantity property with this key ({@code power}, {@code average power}). */
	public static Optional<QuantityProperty> quantity(NamedDeclaration d, String key) {
		return Optional.ofNullable(of(d).get(key)).filter(QuantityProperty.class::isInstance)
				.map(QuantityProperty.class::cast);
	}

	/** The effective peak of an accelerator at a precision. */
	public static Optional<PeakProperty> peak(NamedDeclaration d, Precision precision) {
		return Optional.ofNullable(of(d).get("peak " + precision.getLiteral())).filter(PeakProperty.class::isInstance)
				.map(PeakProperty.class::cast);
	}

	/** The effective property of a class identified by its EClass ({@code ModelRef}, {@code OnProperty} ...). */
	public static <T extends Property> Optional<T> property(NamedDeclaration d, Class<T> type) {
		return property(of(d), type);
	}

	/** {@link #property(NamedDeclaration, Class)} from effective properties computed already by {@link #of}. */
	public static <T extends Property> Optional<T> property(Map<String, Property> effective, Class<T> type) {
		for (Property p : effective.values()) {
			if (type.isInstance(p)) {
				return Optional.of(type.cast(p));
			}
		}
		return Optional.empty();
	}

	/** Every effective {@code vary} of a sweep, in order. */
	public static List<Vary> varies(NamedDeclaration d) {
		return of(d).values().stream().filter(Vary.class::isInstance).map(Vary.class::cast).toList();
	}
}

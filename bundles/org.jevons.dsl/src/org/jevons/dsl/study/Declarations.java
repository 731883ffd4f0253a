package org.jevons.dsl.study;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.jevons.analysis.spec.Specs.Origin;
import org.jevons.analysis.spec.Value;
import org.jevons.model.energy.NamedDeclaration;
import org.jevons.model.energy.PeakProperty;
import org.jevons.model.energy.Property;
import org.jevons.model.energy.QuantityProperty;

/**
 * The properties of a declaration as its analysis sees them: those of its {@code extends} chain, a child's
 * property replacing the parent's of the same key (a quantity's keyword, a peak's precision, else the kind of
 * property). Cycle-safe: a declaration met twice ends the chain (the validator reports the cycle).
 */
final class Declarations {

	private final Map<String, Property> byKey = new LinkedHashMap<>();

	private Declarations(NamedDeclaration declaration) {
		List<NamedDeclaration> chain = new ArrayList<>();
		Set<EObject> seen = new HashSet<>();
		Optional<NamedDeclaration> current = Optional.of(declaration);
		while (current.isPresent() && seen.add(current.get())) {
			chain.add(0, current.get());
			current = superType(current.get());
		}
		for (NamedDeclaration d : chain) {
			for (Property p : d.getProperties()) {
				byKey.put(key(p), p);
			}
		}
	}

	static Declarations of(NamedDeclaration declaration) {
		return new Declarations(declaration);
	}

	/** The declaration this one {@code extends}, if it is set and resolved. */
	static Optional<NamedDeclaration> superType(NamedDeclaration declaration) {
		EStructuralFeature feature = declaration.eClass().getEStructuralFeature("superType");
		if (feature == null) {
			return Optional.empty();
		}
		Object parent = declaration.eGet(feature, true);
		return parent instanceof NamedDeclaration p && !p.eIsProxy() ? Optional.of(p) : Optional.empty();
	}

	private static String key(Property p) {
		if (p instanceof QuantityProperty q) {
			return "q:" + q.getKey();
		}
		if (p instanceof PeakProperty peak) {
			return "peak:" + peak.getPrecision();
		}
		return p.eClass().getName();
	}

	/** The quantity property of this keyword, converted to SI. */
	Optional<Value> quantity(String keyword) {
		return Optional.ofNullable(byKey.get("q:" + keyword)).map(QuantityProperty.class::cast)
				.flatMap(q -> q.getValue() == null ? Optional.empty() : Quantities.value(q.getValue(), q));
	}

	/** The single property of a kind (model, on, precision, ...). */
	<T extends Property> Optional<T> property(Class<T> type) {
		return byKey.values().stream().filter(type::isInstance).map(type::cast).reduce((first, second) -> second);
	}

	<T extends Property> List<T> properties(Class<T> type) {
		return byKey.values().stream().filter(type::isInstance).map(type::cast).toList();
	}

	/** Where an object was written: file, 1-based line and column. */
	static Origin origin(EObject object) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
		String file = object.eResource() == null ? "" : fileOf(object.eResource().getURI());
		if (node == null) {
			return new Origin(file, 0, 0);
		}
		int offset = node.getOffset();
		String text = node.getRootNode().getText();
		int lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
		return new Origin(file, node.getStartLine(), offset - lineStart + 1);
	}

	private static String fileOf(org.eclipse.emf.common.util.URI uri) {
		return uri.isFile() ? uri.toFileString() : uri.toString();
	}
}

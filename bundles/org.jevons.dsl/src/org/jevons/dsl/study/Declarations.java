package org.jevons.dsl.study;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.jevons.analysis.spec.Specs.Origin;
import org.jevons.analysis.spec.Value;
import org.jevons.dsl.model.EffectiveProperties;
import org.jevons.dsl.workspace.EnergyWorkspace;
import org.jevons.model.energy.NamedDeclaration;
import org.jevons.model.energy.Property;
import org.jevons.model.energy.QuantityProperty;

/**
 * The effective properties of a declaration ({@link EffectiveProperties}: its {@code extends} chain applied), read
 * as SI values, and where declarations were written.
 */
public final class Declarations {

	private final Map<String, Property> byKey;

	private Declarations(NamedDeclaration declaration) {
		this.byKey = EffectiveProperties.of(declaration);
	}

	static Declarations of(NamedDeclaration declaration) {
		return new Declarations(declaration);
	}

	/** The quantity property of this keyword, converted to SI. */
	Optional<Value> quantity(String keyword) {
		return Optional.ofNullable(byKey.get(keyword)).filter(QuantityProperty.class::isInstance).map(QuantityProperty.class::cast)
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
	public static Origin origin(EObject object) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
		String file = object.eResource() == null ? "" : shownPath(object.eResource());
		if (node == null) {
			return new Origin(file, 0, 0);
		}
		int offset = node.getOffset();
		String text = node.getRootNode().getText();
		int lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
		return new Origin(file, node.getStartLine(), offset - lineStart + 1);
	}

	/** The path the user gave for a file of an {@link EnergyWorkspace}, else the resource's path. */
	private static String shownPath(org.eclipse.emf.ecore.resource.Resource resource) {
		return EnergyWorkspace.shownPath(resource).orElseGet(() -> fileOf(resource.getURI()));
	}

	/** A file's path ({@code file:///tmp/x.energy} from an editor and {@code file:/tmp/x.energy} alike). */
	private static String fileOf(org.eclipse.emf.common.util.URI uri) {
		return uri.isFile() && uri.path() != null ? org.eclipse.emf.common.util.URI.decode(uri.path()) : uri.toString();
	}
}

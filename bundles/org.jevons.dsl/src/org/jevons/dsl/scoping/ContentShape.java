package org.jevons.dsl.scoping;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;

/**
 * What the objects below an object of a class can hold, from the metamodel alone: whether any of them can have a
 * name, or a cross-reference. Walks over a file's objects (its names for the index and the local scope, its
 * references for the index) skip what cannot hold any — the quantities, values and units that make up most of a
 * file.
 */
final class ContentShape {
	private static final Map<EClass, Boolean> NAMED_BELOW = new ConcurrentHashMap<>();
	private static final Map<EClass, Boolean> REFERENCES_BELOW = new ConcurrentHashMap<>();
	private static final Map<List<EClass>, Boolean> SCOPE_BELOW = new ConcurrentHashMap<>();

	private ContentShape() {
	}

	/**
	 * Whether objects of this class can have a qualified name: those with a {@code name} feature (a file's is its
	 * package). The one rule of both the qualified names and the walks that skip what cannot be named.
	 */
	static boolean canBeNamed(EClass type) {
		return type.getEStructuralFeature("name") != null;
	}

	/** Whether an object contained (directly or not) in an object of this class can have a {@code name}. */
	static boolean mayHoldNamed(EClass type) {
		return NAMED_BELOW.computeIfAbsent(type, t -> below(t, ContentShape::canBeNamed));
	}

	/** Whether an object contained (directly or not) in an object of this class can have a cross-reference. */
	static boolean mayHoldCrossReferences(EClass type) {
		return REFERENCES_BELOW.computeIfAbsent(type,
				t -> below(t, c -> c.getEAllReferences().stream().anyMatch(r -> !r.isContainment() && !r.isContainer())));
	}

	/**
	 * Whether an object below an object of this class can change what a reference to {@code target} sees from inside
	 * it: a named object of that type, or an import. If none can, such a reference sees what the file sees.
	 */
	static boolean mayHoldScopeFor(EClass type, EClass target) {
		return SCOPE_BELOW.computeIfAbsent(List.of(type, target),
				key -> below(type, c -> c.getEStructuralFeature("importedNamespace") != null
						|| canBeNamed(c) && target.isSuperTypeOf(c)));
	}

	/** Whether some class that can be contained below {@code type}, at any depth, satisfies {@code test}. */
	private static boolean below(EClass type, Predicate<EClass> test) {
		Set<EClass> seen = new HashSet<>();
		List<EClass> pending = new java.util.ArrayList<>(containable(type));
		while (!pending.isEmpty()) {
			EClass c = pending.remove(pending.size() - 1);
			if (!seen.add(c)) {
				continue;
			}
			// a class of another metamodel (EObject itself, say) could be anything: assume it holds what is asked
			if (c.getEPackage() != type.getEPackage() || test.test(c)) {
				return true;
			}
			pending.addAll(containable(c));
		}
		return false;
	}

	/** Every class whose objects can sit in a containment reference of {@code type}: the references' types and their subtypes. */
	private static Set<EClass> containable(EClass type) {
		Set<EClass> classes = new HashSet<>();
		for (EReference containment : type.getEAllContainments()) {
			EClass target = containment.getEReferenceType();
			classes.add(target);
			target.getEPackage().getEClassifiers().stream().filter(EClass.class::isInstance).map(EClass.class::cast)
					.filter(target::isSuperTypeOf).forEach(classes::add);
		}
		return classes;
	}
}

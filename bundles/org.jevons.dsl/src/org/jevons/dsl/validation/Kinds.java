package org.jevons.dsl.validation;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.jevons.model.energy.Accelerator;
import org.jevons.model.energy.Datacenter;
import org.jevons.model.energy.Grid;
import org.jevons.model.energy.Inference;
import org.jevons.model.energy.Model;
import org.jevons.model.energy.NamedDeclaration;
import org.jevons.model.energy.Node;
import org.jevons.model.energy.Projection;
import org.jevons.model.energy.Sweep;
import org.jevons.model.energy.Training;
import org.jevons.model.properties.PropertyCatalog.Kind;
import org.jevons.model.units.Dimension;
import org.jevons.model.units.Units;

/** Mapping of model classes to catalogue kinds, and the wording shared by the messages. */
final class Kinds {

	private Kinds() {
	}

	static Optional<Kind> of(EObject declaration) {
		if (declaration instanceof Accelerator) return Optional.of(Kind.ACCELERATOR);
		if (declaration instanceof Node) return Optional.of(Kind.NODE);
		if (declaration instanceof Grid) return Optional.of(Kind.GRID);
		if (declaration instanceof Datacenter) return Optional.of(Kind.DATACENTER);
		if (declaration instanceof Model) return Optional.of(Kind.MODEL);
		if (declaration instanceof Training) return Optional.of(Kind.TRAINING);
		if (declaration instanceof Inference) return Optional.of(Kind.INFERENCE);
		if (declaration instanceof Projection) return Optional.of(Kind.PROJECTION);
		if (declaration instanceof Sweep) return Optional.of(Kind.SWEEP);
		return Optional.empty();
	}

	/** The declaration that contains a property or quantity. */
	static Optional<NamedDeclaration> declarationOf(EObject o) {
		for (EObject e = o; e != null; e = e.eContainer()) {
			if (e instanceof NamedDeclaration d) {
				return Optional.of(d);
			}
		}
		return Optional.empty();
	}

	/** "a power (W, kW, MW)" */
	static String describe(Dimension d) {
		if (d.equals(Dimension.NONE)) {
			return "a plain number (a bare number, or %)";
		}
		return article(d.toString()) + " (" + String.join(", ", Units.examples(d)) + ")";
	}

	/** "a power", "an amount of data" */
	static String article(String noun) {
		return (noun.matches("(?i)^[aeiou].*") ? "an " : "a ") + noun;
	}

	static String name(NamedDeclaration d) {
		return d.getName() == null ? "(unnamed)" : d.getName();
	}

	/** A number as a user would write it: 700, 0.35, 1.5E12. */
	static String number(double v) {
		if (v == Math.rint(v) && Math.abs(v) < 1e15) {
			return Long.toString((long) v);
		}
		return Double.toString(v);
	}
}

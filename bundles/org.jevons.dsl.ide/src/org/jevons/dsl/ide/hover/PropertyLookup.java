package org.jevons.dsl.ide.hover;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.jevons.model.energy.Accelerator;
import org.jevons.model.energy.AcceleratorsProperty;
import org.jevons.model.energy.AdoptionProperty;
import org.jevons.model.energy.ArchitectureProperty;
import org.jevons.model.energy.Datacenter;
import org.jevons.model.energy.ExpertsProperty;
import org.jevons.model.energy.Grid;
import org.jevons.model.energy.GridRef;
import org.jevons.model.energy.Inference;
import org.jevons.model.energy.Model;
import org.jevons.model.energy.ModelRef;
import org.jevons.model.energy.Node;
import org.jevons.model.energy.OnProperty;
import org.jevons.model.energy.PeakProperty;
import org.jevons.model.energy.PrecisionProperty;
import org.jevons.model.energy.WeightsProperty;
import org.jevons.model.energy.Projection;
import org.jevons.model.energy.Property;
import org.jevons.model.energy.QuantityProperty;
import org.jevons.model.energy.Sweep;
import org.jevons.model.energy.Training;
import org.jevons.model.energy.Vary;
import org.jevons.model.energy.WorkloadRef;
import org.jevons.model.energy.YearsProperty;
import org.jevons.model.properties.PropertyCatalog;
import org.jevons.model.properties.PropertyCatalog.Kind;
import org.jevons.model.properties.PropertyInfo;

/** From the model to the property catalog: which declaration kind, which property key, what it means. */
public final class PropertyLookup {

	private PropertyLookup() {
	}

	/** The catalog kind of a declaration. */
	public static Optional<Kind> kindOf(EObject declaration) {
		Kind kind = switch (declaration) {
		case Accelerator a -> Kind.ACCELERATOR;
		case Node n -> Kind.NODE;
		case Grid g -> Kind.GRID;
		case Datacenter d -> Kind.DATACENTER;
		case Model m -> Kind.MODEL;
		case Training t -> Kind.TRAINING;
		case Inference i -> Kind.INFERENCE;
		case Projection p -> Kind.PROJECTION;
		case Sweep s -> Kind.SWEEP;
		default -> null;
		};
		return Optional.ofNullable(kind);
	}

	/** The property that contains the element (or is it). */
	public static Optional<Property> propertyOf(EObject element) {
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (e instanceof Property p) {
				return Optional.of(p);
			}
		}
		return Optional.empty();
	}

	/** The property key as the catalog spells it ({@code power}, {@code average power}, {@code peak}). */
	public static Optional<String> keyOf(Property property) {
		String key = switch (property) {
		case QuantityProperty q -> q.getKey();
		case PeakProperty p -> "peak";
		case AcceleratorsProperty a -> "accelerators";
		case GridRef g -> "grid";
		case ArchitectureProperty a -> "architecture";
		case PrecisionProperty p -> "precision";
		case WeightsProperty w -> "weights";
		case ExpertsProperty e -> "experts";
		case ModelRef m -> "model";
		case OnProperty o -> "on";
		case WorkloadRef w -> "workload";
		case YearsProperty y -> "years";
		case AdoptionProperty a -> "reasoning share";
		case Vary v -> "vary";
		default -> null;
		};
		// a half-typed key may come with irregular blanks ("average  power")
		return Optional.ofNullable(key).map(k -> k.strip().replaceAll("\\s+", " "));
	}

	/** What the catalog says about a property in its declaration. */
	public static Optional<PropertyInfo> infoOf(Property property) {
		Optional<Kind> kind = Optional.ofNullable(property.eContainer()).flatMap(PropertyLookup::kindOf);
		Optional<String> key = keyOf(property);
		return kind.isPresent() && key.isPresent() ? PropertyCatalog.find(kind.get(), key.get()) : Optional.empty();
	}
}

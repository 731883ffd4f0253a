package org.jevons.dsl.study;

import java.util.List;
import java.util.Optional;

import org.jevons.analysis.spec.Value;
import org.jevons.model.energy.NamedDeclaration;
import org.jevons.model.energy.Property;
import org.jevons.model.energy.Quantity;

/**
 * Written quantities as the analyses' SI {@link Value}s (a fixed value, a uniform range, a triangular
 * distribution). A quantity whose unit does not parse or whose bounds are out of order is absent here: the
 * validator reports it, and the analyses see the input as missing.
 */
final class Quantities {
	private Quantities() {
	}

	/**
	 * The value of a property, identified by the declaration that wrote it: a value inherited through
	 * {@code extends} is then one random variable in every workload that has it.
	 */
	static Optional<Value> value(Quantity quantity, Property owner) {
		Optional<Value> value = value(quantity, Optional.ofNullable(owner.getSource()));
		return value.map(v -> identity(owner).map(v::withIdentity).orElse(v));
	}

	private static Optional<String> identity(Property owner) {
		if (!(owner.eContainer() instanceof NamedDeclaration declaration) || declaration.getName() == null) {
			return Optional.empty();
		}
		// the package, not the file's location: the same files give the same draws wherever they are
		String where = declaration.eContainer() instanceof org.jevons.model.energy.EnergyFile file
				&& file.getName() != null ? file.getName() : "";
		return org.jevons.dsl.model.EffectiveProperties.key(owner)
				.map(key -> where + "." + declaration.getName() + "." + key);
	}

	static Optional<Value> value(Quantity quantity, Optional<String> source) {
		List<Double> b = org.jevons.dsl.model.Quantities.siBounds(quantity);
		Value value;
		if (b.size() == 1) {
			value = Value.of(b.get(0));
		} else if (b.size() == 2 && b.get(0) <= b.get(1)) {
			value = Value.uniform(b.get(0), b.get(1));
		} else if (b.size() == 3 && b.get(0) <= b.get(1) && b.get(1) <= b.get(2)) {
			value = Value.triangular(b.get(0), b.get(1), b.get(2));
		} else {
			return Optional.empty();
		}
		Optional<org.jevons.model.units.Unit> unit = org.jevons.dsl.model.Quantities.unit(quantity)
				.filter(u -> !u.text().isBlank());
		Value written = unit.map(u -> value.withWritten(new Value.Written(u.text(), u.factor()))).orElse(value);
		return Optional.of(source.filter(s -> !s.isBlank()).map(written::withSource).orElse(written));
	}

	/** The nominal number of a quantity in SI, e.g. a year or a count. */
	static Optional<Double> nominal(Quantity quantity) {
		return org.jevons.dsl.model.Quantities.nominalSi(quantity);
	}
}

package org.jevons.dsl.study;

import java.util.Optional;

import org.jevons.analysis.spec.Value;
import org.jevons.model.energy.Property;
import org.jevons.model.energy.Quantity;
import org.jevons.model.units.Unit;
import org.jevons.model.units.Units;

/**
 * Converts written quantities to SI {@link Value}s. A quantity whose unit does not parse or whose bounds are out of
 * order is absent here: the validator reports it, the analyses see the input as missing.
 */
final class Quantities {
	private Quantities() {
	}

	static Optional<Value> value(Quantity quantity, Property owner) {
		return value(quantity, Optional.ofNullable(owner.getSource()));
	}

	static Optional<Value> value(Quantity quantity, Optional<String> source) {
		if (quantity.getFirst() == null) {
			return Optional.empty();
		}
		Optional<Unit> unit = Units.parse(quantity.getUnit() == null ? "" : quantity.getUnit());
		if (unit.isEmpty()) {
			return Optional.empty();
		}
		double f = unit.get().factor();
		double a = quantity.getFirst() * f;
		Value value;
		if (quantity.getSecond() == null) {
			value = Value.of(a);
		} else if (quantity.getThird() == null) {
			double b = quantity.getSecond() * f;
			if (a > b) {
				return Optional.empty();
			}
			value = Value.uniform(a, b);
		} else {
			double m = quantity.getSecond() * f;
			double b = quantity.getThird() * f;
			if (!(a <= m && m <= b)) {
				return Optional.empty();
			}
			value = Value.triangular(a, m, b);
		}
		return Optional.of(source.filter(s -> !s.isBlank()).map(value::withSource).orElse(value));
	}

	/** The nominal number of a quantity in SI, e.g. a year or a count. */
	static Optional<Double> nominal(Quantity quantity) {
		return value(quantity, Optional.empty()).map(Value::nominal);
	}

	/** The SI factor of the unit written on a quantity (1 for a bare number). */
	static double factor(Quantity quantity) {
		return Units.parse(quantity.getUnit() == null ? "" : quantity.getUnit()).map(Unit::factor).orElse(1.0);
	}
}

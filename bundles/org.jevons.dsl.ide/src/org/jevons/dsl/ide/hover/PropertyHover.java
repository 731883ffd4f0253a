package org.jevons.dsl.ide.hover;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jevons.model.energy.PeakProperty;
import org.jevons.model.energy.Property;
import org.jevons.model.energy.Quantity;
import org.jevons.model.energy.QuantityProperty;
import org.jevons.model.properties.PropertyInfo;
import org.jevons.model.units.Dimension;
import org.jevons.model.units.Unit;
import org.jevons.model.units.Units;
import org.jevons.report.Human;

/**
 * The hover text of a property: meaning, expected dimension and accepted units, default, and the value as written
 * converted to SI with its source.
 */
final class PropertyHover {

	private PropertyHover() {
	}

	/** Markdown for a property; {@code hovered} is the quantity under the mouse, if any. */
	static String text(Property property, Optional<Quantity> hovered) {
		List<String> lines = new ArrayList<>();
		Optional<PropertyInfo> info = PropertyLookup.infoOf(property);
		String key = PropertyLookup.keyOf(property).orElse(property.eClass().getName());
		lines.add("**" + key + "**" + info.map(i -> " — " + i.description()).orElse(""));
		info.ifPresent(i -> {
			lines.add("Expected: " + expected(i));
			i.defaultText().ifPresent(d -> lines.add("Default: " + d));
		});
		Optional<Quantity> value = hovered.or(() -> valueOf(property));
		value.ifPresent(q -> lines.add("Value: " + valueText(q, info.map(PropertyInfo::dimension))));
		if (property.getSource() != null) {
			lines.add("Source: \"" + property.getSource() + "\"");
		}
		return String.join("\n\n", lines);
	}

	private static String expected(PropertyInfo info) {
		Dimension d = info.dimension();
		if (d.isDimensionless()) {
			return "a " + d + " (bare, or in %)";
		}
		String units = String.join(", ", Units.examples(d).stream().map(u -> "`" + u + "`").toList());
		return "a " + d + " (SI `" + d.siUnit() + "`), e.g. " + units
				+ (info.countLike() ? "; a bare number is a count" : "");
	}

	private static Optional<Quantity> valueOf(Property property) {
		if (property instanceof QuantityProperty q) {
			return Optional.ofNullable(q.getValue());
		}
		if (property instanceof PeakProperty p) {
			return Optional.ofNullable(p.getValue());
		}
		return Optional.empty();
	}

	/** "700 W = 700 J/s", "0.30 .. 0.40 = uniform 0.3 .. 0.4", with a warning when the dimension is wrong. */
	static String valueText(Quantity q, Optional<Dimension> expected) {
		String unitText = q.getUnit() == null ? "" : q.getUnit();
		List<Double> bounds = new ArrayList<>();
		for (Double b : new Double[] { q.getFirst(), q.getSecond(), q.getThird() }) {
			if (b != null) {
				bounds.add(b);
			}
		}
		String written = String.join(" .. ", bounds.stream().map(b -> Human.trimmed(b, 3)).toList())
				+ (unitText.isEmpty() ? "" : " " + unitText);
		Optional<Unit> unit = Units.parse(unitText);
		if (unit.isEmpty()) {
			return "`" + written + "` — unknown unit `" + Units.unknownSymbol(unitText).orElse(unitText) + "`";
		}
		Unit u = unit.get();
		String shape = switch (bounds.size()) {
		case 2 -> "uniform ";
		case 3 -> "triangular ";
		default -> "";
		};
		String si = shape + String.join(" .. ", bounds.stream().map(b -> Human.trimmed(u.toSi(b), 3)).toList())
				+ (u.dimension().isDimensionless() ? "" : " " + u.dimension().siUnit());
		String text = "`" + written + "` = " + si + " (SI)";
		if (expected.isPresent() && !expected.get().equals(u.dimension())
				&& !(unitText.isEmpty() && !expected.get().isDimensionless())) {
			text += " — ⚠ a " + u.dimension() + ", but a " + expected.get() + " is expected";
		}
		return text;
	}
}

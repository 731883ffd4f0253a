package org.jevons.dsl.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jevons.model.energy.Quantity;
import org.jevons.model.units.Unit;
import org.jevons.model.units.Units;

/**
 * The numeric reading of a {@link Quantity}: its bounds, its unit and its nominal value (the midpoint of a uniform
 * range, the mode of a triangular one). Values in SI are in the base units of {@link Units}.
 */
public final class Quantities {

	/** Parsed units by their text: a file writes the same few units thousands of times. */
	private static final Map<String, Optional<Unit>> PARSED = new ConcurrentHashMap<>();
	/**
	 * Typing in an editor sends every prefix of a unit: at this size the cache starts again, so that a long session's
	 * misspellings do not stay (the units in use come back at their next parse).
	 */
	private static final int MAX_PARSED = 4096;

	private Quantities() {
	}

	/** The bounds as written (one, two or three numbers), without the ones a syntax error left out. */
	public static List<Double> bounds(Quantity q) {
		List<Double> out = new ArrayList<>(3);
		for (Double d : new Double[] { q.getFirst(), q.getSecond(), q.getThird() }) {
			if (d != null) {
				out.add(d);
			}
		}
		return out;
	}

	/** Whether the value is a bare number (no unit written). */
	public static boolean isBare(Quantity q) {
		return q.getUnit() == null || q.getUnit().isBlank();
	}

	/** The parsed unit ({@link Unit#ONE} for a bare number), or empty when a symbol is unknown. */
	public static Optional<Unit> unit(Quantity q) {
		String text = q.getUnit() == null ? "" : q.getUnit();
		Optional<Unit> known = PARSED.get(text);
		if (known != null) {
			return known;
		}
		Optional<Unit> parsed = Units.parse(text);
		if (PARSED.size() >= MAX_PARSED) {
			PARSED.clear();
		}
		PARSED.put(text, parsed);
		return parsed;
	}

	/** The bounds converted to SI; empty when the unit is unknown. */
	public static List<Double> siBounds(Quantity q) {
		Optional<Unit> unit = unit(q);
		if (unit.isEmpty()) {
			return List.of();
		}
		return bounds(q).stream().map(unit.get()::toSi).toList();
	}

	/** The nominal value as written (not converted): the midpoint of {@code a .. b}, the mode of {@code a .. m .. b}. */
	public static Optional<Double> nominal(Quantity q) {
		List<Double> b = bounds(q);
		return switch (b.size()) {
		case 1 -> Optional.of(b.get(0));
		case 2 -> Optional.of((b.get(0) + b.get(1)) / 2);
		case 3 -> Optional.of(b.get(1));
		default -> Optional.empty();
		};
	}

	/** The nominal value in SI; empty when the unit is unknown or no number was parsed. */
	public static Optional<Double> nominalSi(Quantity q) {
		Optional<Unit> unit = unit(q);
		return unit.isEmpty() ? Optional.empty() : nominal(q).map(unit.get()::toSi);
	}
}

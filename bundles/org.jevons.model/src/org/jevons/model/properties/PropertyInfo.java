package org.jevons.model.properties;

import java.util.Optional;

import org.jevons.model.units.Dimension;

/**
 * One property of a declaration kind.
 *
 * @param key         as written, e.g. {@code power}, {@code average power}, {@code accelerator-hours}
 * @param dimension   what its value must measure
 * @param countLike   whether a bare number is accepted although the dimension is not dimensionless (tokens)
 * @param description the meaning, shown in hovers and documentation
 * @param defaultText the default when omitted, if any
 */
public record PropertyInfo(String key, Dimension dimension, boolean countLike, String description,
		Optional<String> defaultText) {

	/** Whether a number written with this unit dimension is acceptable. */
	public boolean accepts(Dimension given, boolean bare) {
		if (given.equals(dimension)) {
			return true;
		}
		return bare && countLike;
	}
}

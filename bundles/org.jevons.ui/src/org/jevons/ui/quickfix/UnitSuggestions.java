package org.jevons.ui.quickfix;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The units a unit problem suggests. The validator names them in its (documented, stable) messages:
 * "power expects a power (W, kW, MW), not an energy (kWh)", "Unknown unit 'Wt': power expects a power (W, kW, MW)",
 * "power needs a unit: write e.g. 700 W (W, kW, MW)".
 */
public final class UnitSuggestions {

	public static final String DIMENSION = "jevons.unit.dimension";
	public static final String UNKNOWN = "jevons.unit.unknown";
	public static final String MISSING = "jevons.unit.missing";

	private static final Pattern EXPECTS = Pattern.compile("expects an? [^(]*\\(([^)]+)\\)");
	private static final Pattern EXAMPLE = Pattern.compile("e\\.g\\. [^(]*\\(([^)]+)\\)");

	private UnitSuggestions() {
	}

	public static boolean isUnitProblem(String code) {
		return DIMENSION.equals(code) || UNKNOWN.equals(code) || MISSING.equals(code);
	}

	public static List<String> of(String message) {
		Matcher m = EXPECTS.matcher(message);
		if (!m.find()) {
			m = EXAMPLE.matcher(message);
			if (!m.find()) {
				return List.of();
			}
		}
		return Arrays.stream(m.group(1).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}
}

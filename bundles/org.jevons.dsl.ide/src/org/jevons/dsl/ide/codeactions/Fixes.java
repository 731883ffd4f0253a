package org.jevons.dsl.ide.codeactions;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the validator's messages propose, read back for quick fixes. The messages are documented and stable
 * (docs/language.md): "power expects a power (W, kW, MW), not …", "power needs a unit: write e.g. 700 W (W, kW, MW)",
 * "Unresolved … 'H100': did you mean H100_SXM or H800?".
 */
public final class Fixes {
	private static final Pattern EXPECTS = Pattern.compile("expects an? [^(]*\\(([^)]+)\\)");
	private static final Pattern EXAMPLE = Pattern.compile("e\\.g\\. [^(]*\\(([^)]+)\\)");
	private static final Pattern DID_YOU_MEAN = Pattern.compile("did you mean (.+)\\?$");

	private Fixes() {
	}

	/** The units a unit problem's message suggests, in its order. */
	public static List<String> units(String message) {
		Matcher m = EXPECTS.matcher(message);
		if (!m.find()) {
			m = EXAMPLE.matcher(message);
			if (!m.find()) {
				return List.of();
			}
		}
		return Arrays.stream(m.group(1).split(",")).map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("("))
				.toList();
	}

	/** The names an unresolved reference's message suggests ("did you mean A, B or C?"). */
	public static List<String> nearMisses(String message) {
		Matcher m = DID_YOU_MEAN.matcher(message.strip());
		if (!m.find()) {
			return List.of();
		}
		return Arrays.stream(m.group(1).split(",| or ")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	/** What kind of declaration a reference needs, from the word before it ({@code on 8 x H100} → accelerator). */
	public static String kindExpectedBefore(String text, int offset) {
		String before = text.substring(0, offset).stripTrailing();
		String word = before.substring(Math.max(before.lastIndexOf(' '), before.lastIndexOf('\n')) + 1);
		return switch (word) {
		case "x" -> "accelerator";
		case "in" -> "datacenter";
		case "grid" -> "grid";
		case "model" -> "model";
		case "workload", "compare", "with", "expect" -> "training";
		case "extends" -> {
			String line = before.substring(before.lastIndexOf('\n') + 1).strip();
			yield line.contains(" ") ? line.substring(0, line.indexOf(' ')) : "model";
		}
		default -> "model";
		};
	}

	private static final Pattern LAST_HEADER_LINE = Pattern.compile("(?m)^\\s*(package|import)\\s+[\\w.*]+[^\\n]*\\n");

	/** The offset where a new import goes: after the package and the other imports. */
	public static int importOffset(String text) {
		Matcher m = LAST_HEADER_LINE.matcher(text);
		int at = 0;
		while (m.find()) {
			at = m.end();
		}
		return at;
	}
}

package org.jevons.dsl.validation;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Did you mean …?": the visible names closest to a name that does not resolve. A candidate is close when one
 * name starts with the other ({@code H100} → {@code H100_SXM}) or when few edits turn one into the other, case
 * ignored ({@code Lama_chat} → {@code Llama_chat}).
 */
public final class NearMiss {
	/** At most this many suggestions. */
	public static final int MAX = 3;

	private NearMiss() {
	}

	/** The closest candidates, best first, without duplicates. */
	public static List<String> suggestions(String written, Iterable<String> candidates) {
		String w = written.toLowerCase(Locale.ROOT);
		Set<String> unique = new LinkedHashSet<>();
		candidates.forEach(unique::add);
		return unique.stream().filter(c -> !c.equals(written)).filter(c -> score(w, c.toLowerCase(Locale.ROOT)) >= 0)
				.sorted(Comparator.comparingInt((String c) -> score(w, c.toLowerCase(Locale.ROOT)))
						.thenComparing(Comparator.naturalOrder()))
				.limit(MAX).toList();
	}

	/** Lower is closer; -1 is not close at all. */
	static int score(String written, String candidate) {
		if (candidate.startsWith(written) || written.startsWith(candidate)) {
			return Math.min(written.length(), 3) == 0 ? -1 : Math.abs(candidate.length() - written.length()) / 4;
		}
		int distance = distance(written, candidate);
		int allowed = Math.max(1, Math.min(written.length(), candidate.length()) / 3);
		return distance <= allowed ? distance : -1;
	}

	/** Levenshtein distance. */
	static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	/** "H100_SXM", "H100_SXM or H100_PCIe", "A, B or C". */
	public static String alternatives(List<String> names) {
		if (names.size() <= 1) {
			return String.join("", names);
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
	}
}

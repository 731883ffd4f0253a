package org.jevons.attribution;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Rows that could not be attributed, counted per kind, with the first few of each kind as examples (file and row
 * number). Nothing is dropped silently: every skipped row is in a count.
 */
public final class InputProblems implements java.io.Serializable {
	private static final long serialVersionUID = 1L;
	/** Examples kept per kind. */
	public static final int EXAMPLES = 5;

	/** Why a row was skipped. */
	public enum Kind {
		MALFORMED("malformed"), NEGATIVE_TOKENS("negative token count"), UNKNOWN_MODEL("no rule maps them"),
		TIME_OUT_OF_RANGE("time out of range");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		/** Why, as in "skipped 3 rows: malformed". */
		public String label() {
			return label;
		}
	}

	private final Map<Kind, long[]> counts = new EnumMap<>(Kind.class);
	private final Map<Kind, List<String>> examples = new EnumMap<>(Kind.class);

	public InputProblems() {
		for (Kind kind : Kind.values()) {
			counts.put(kind, new long[1]);
			examples.put(kind, new ArrayList<>());
		}
	}

	/** Counts a skipped row; the message is built only for the first few. */
	public void add(Kind kind, String source, long row, java.util.function.Supplier<String> message) {
		counts.get(kind)[0]++;
		List<String> list = examples.get(kind);
		if (list.size() < EXAMPLES) {
			list.add(source + ":" + row + ": " + message.get());
		}
	}

	/** Adds counts that a reader found itself (e.g. CSV lines DuckDB rejected), with an example each. */
	public void add(Kind kind, long count, List<String> more) {
		counts.get(kind)[0] += count;
		List<String> list = examples.get(kind);
		more.stream().limit(Math.max(0, EXAMPLES - list.size())).forEach(list::add);
	}

	public long count(Kind kind) {
		return counts.get(kind)[0];
	}

	public long total() {
		return counts.values().stream().mapToLong(c -> c[0]).sum();
	}

	public List<String> examples(Kind kind) {
		return List.copyOf(examples.get(kind));
	}

	/** Adds another partition's problems (Spark). Examples keep this one's first, then the other's. */
	public void merge(InputProblems other) {
		for (Kind kind : Kind.values()) {
			add(kind, other.count(kind), other.examples(kind));
		}
	}
}

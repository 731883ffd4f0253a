package org.jevons.attribution;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jevons.analysis.spec.Specs.Inference;
import org.jevons.analysis.spec.Specs.Origin;

/**
 * A {@code usage} declaration, resolved: which log column holds which role, and the rules that map a row to an
 * inference workload (tried in order, the first match wins).
 *
 * @param columns the log column of each declared role
 */
public record Usage(String name, Origin origin, Map<Role, String> columns, List<Rule> rules) {

	/** What a log column means. Tokens are counts per request; carbon is a grid intensity in gCO2e/kWh. */
	public enum Role {
		TIME, MODEL, PROVIDER, REGION, PROMPT, REASONING, ANSWER, CARBON;

		/** The word used in the language and on the command line. */
		public String keyword() {
			return name().toLowerCase(Locale.ROOT);
		}

		public static Optional<Role> of(String keyword) {
			for (Role role : values()) {
				if (role.keyword().equals(keyword)) {
					return Optional.of(role);
				}
			}
			return Optional.empty();
		}

		/** The roles a rule may match on. */
		public boolean isKey() {
			return this == MODEL || this == PROVIDER || this == REGION;
		}
	}

	/**
	 * {@code map model "deepseek-r1*" region "us-east" -> R1_chat}.
	 *
	 * @param match the pattern per role; {@code *} matches any run of characters
	 */
	public record Rule(Origin origin, Map<Role, String> match, Inference workload) {
	}

	/** The log column of a role, if declared. */
	public Optional<String> column(Role role) {
		return Optional.ofNullable(columns.get(role));
	}
}

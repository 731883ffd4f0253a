package org.jevons.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jevons.attribution.Usage.Role;

/**
 * The rules of a {@link Usage}, compiled: from a row's model, provider and region to the index of the first rule's
 * workload, or {@link #NONE}. Logs repeat a few combinations billions of times, so answers are cached.
 */
final class Matcher {
	static final int NONE = -1;
	/** Enough for every combination a real log has; beyond it, rows are matched without caching. */
	private static final int CACHE_LIMIT = 1 << 16;

	private final List<Pattern[]> patterns = new ArrayList<>();
	private final int[] targets;
	/** Slots of {@link #recent} (a power of two). */
	private static final int RECENT = 64;
	/**
	 * Combinations seen lately, in a slot chosen by their hash codes: no key is built and nothing is allocated when a
	 * row repeats one (a model served in two regions alternates between two slots instead of missing every time).
	 */
	private final Hit[] recent = new Hit[RECENT];
	private final Map<String, Integer> cache = new HashMap<>();

	private record Hit(String model, String provider, String region, int target) {
	}

	/** @param targets per rule, the index of its workload */
	Matcher(List<Usage.Rule> rules, int[] targets) {
		this.targets = targets.clone();
		for (Usage.Rule rule : rules) {
			Pattern[] byRole = new Pattern[3];
			rule.match().forEach((role, glob) -> byRole[slot(role)] = glob(glob));
			patterns.add(byRole);
		}
	}

	int match(String model, String provider, String region) {
		int slot = (model.hashCode() * 961 + provider.hashCode() * 31 + region.hashCode()) & (RECENT - 1);
		Hit hit = recent[slot];
		if (hit != null && hit.model.equals(model) && hit.provider.equals(provider) && hit.region.equals(region)) {
			return hit.target;
		}
		int target = lookUp(model, provider, region);
		recent[slot] = new Hit(model, provider, region, target);
		return target;
	}

	private int lookUp(String model, String provider, String region) {
		String key = model + '\u0000' + provider + '\u0000' + region;
		Integer cached = cache.get(key);
		if (cached != null) {
			return cached;
		}
		int target = NONE;
		for (int r = 0; r < patterns.size() && target == NONE; r++) {
			Pattern[] p = patterns.get(r);
			if (matches(p[0], model) && matches(p[1], provider) && matches(p[2], region)) {
				target = targets[r];
			}
		}
		if (cache.size() < CACHE_LIMIT) {
			cache.put(key, target);
		}
		return target;
	}

	private static boolean matches(Pattern pattern, String value) {
		return pattern == null || pattern.matcher(value).matches();
	}

	private static int slot(Role role) {
		return switch (role) {
		case MODEL -> 0;
		case PROVIDER -> 1;
		case REGION -> 2;
		default -> throw new IllegalArgumentException("a rule cannot match on " + role.keyword());
		};
	}

	/** {@code *} matches any run of characters; everything else literally, ignoring case. */
	static Pattern glob(String glob) {
		java.util.StringJoiner regex = new java.util.StringJoiner(".*");
		for (String part : glob.split("\\*", -1)) {
			regex.add(Pattern.quote(part));
		}
		return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}
}

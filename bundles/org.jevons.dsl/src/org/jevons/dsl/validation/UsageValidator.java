package org.jevons.dsl.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.xtext.validation.Check;
import org.jevons.model.energy.EnergyPackage;
import org.jevons.model.energy.UsageColumn;
import org.jevons.model.energy.UsageMapping;
import org.jevons.model.energy.UsageRule;

/** The {@code usage} mappings of request logs to workloads ({@code jevons attribute}). */
public class UsageValidator extends AbstractEnergyCheck {

	/** The roles of log columns; tokens are counts per request, carbon a grid intensity in gCO2e/kWh. */
	static final List<String> ROLES = List.of("time", "model", "provider", "region", "prompt", "reasoning", "answer",
			"carbon");
	private static final List<String> REQUIRED = List.of("model", "prompt", "answer");
	private static final Set<String> RULE_KEYS = Set.of("model", "provider", "region");

	@Check
	public void checkColumns(UsageMapping usage) {
		Set<String> seen = new HashSet<>();
		for (UsageColumn column : usage.getColumns()) {
			String role = column.getRole();
			if (role == null) {
				continue;
			}
			if (!ROLES.contains(role)) {
				error("Unknown column role '" + role + "': use " + String.join(", ", ROLES), column,
						EnergyPackage.Literals.USAGE_COLUMN__ROLE, IssueCodes.USAGE_ROLE);
			} else if (!seen.add(role)) {
				error("Role '" + role + "' has a column already in usage " + usage.getName(), column,
						EnergyPackage.Literals.USAGE_COLUMN__ROLE, IssueCodes.USAGE_ROLE_DUPLICATE);
			}
		}
		for (String role : REQUIRED) {
			if (!seen.contains(role)) {
				error("usage " + usage.getName() + " needs the column of '" + role + "' (column " + role
						+ " \"...\")", usage, EnergyPackage.Literals.USAGE_MAPPING__NAME,
						IssueCodes.USAGE_COLUMN_MISSING);
			}
		}
		if (usage.getRules().isEmpty()) {
			warning("usage " + usage.getName() + " has no map rule: no row would be attributed", usage,
					EnergyPackage.Literals.USAGE_MAPPING__NAME, IssueCodes.USAGE_NO_RULES);
		}
	}

	@Check
	public void checkRule(UsageRule rule) {
		if (!(rule.eContainer() instanceof UsageMapping usage)) {
			return;
		}
		Set<String> declared = new HashSet<>();
		usage.getColumns().forEach(c -> declared.add(c.getRole()));
		for (int k = 0; k < rule.getKeys().size(); k++) {
			String key = rule.getKeys().get(k);
			if (!RULE_KEYS.contains(key)) {
				error("A rule matches on model, provider or region, not '" + key + "'", rule,
						EnergyPackage.Literals.USAGE_RULE__KEYS, k, IssueCodes.USAGE_RULE_KEY);
			} else if (!declared.contains(key)) {
				error("usage " + usage.getName() + " has no column for '" + key + "' (column " + key + " \"...\")",
						rule, EnergyPackage.Literals.USAGE_RULE__KEYS, k, IssueCodes.USAGE_RULE_KEY);
			}
		}
	}
}

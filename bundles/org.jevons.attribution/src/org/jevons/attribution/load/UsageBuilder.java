package org.jevons.attribution.load;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jevons.analysis.spec.Specs;
import org.jevons.analysis.spec.Specs.Origin;
import org.jevons.attribution.Usage;
import org.jevons.attribution.Usage.Role;
import org.jevons.dsl.study.Declarations;
import org.jevons.dsl.study.StudyBuilder;
import org.jevons.model.energy.Declaration;
import org.jevons.model.energy.EnergyFile;
import org.jevons.model.energy.Inference;
import org.jevons.model.energy.UsageColumn;
import org.jevons.model.energy.UsageMapping;
import org.jevons.model.energy.UsageRule;

/**
 * The {@code usage} declarations of parsed files, resolved against the same {@link Specs.Inference}s that
 * {@code analyze} computes. A column or rule the validator rejected is left out.
 */
public final class UsageBuilder {
	private UsageBuilder() {
	}

	/** Every {@code usage} of the files, in source order. */
	public static List<Usage> build(List<EnergyFile> files) {
		List<Specs.Inference> inferences = StudyBuilder.build(files).inferences();
		List<Usage> usages = new ArrayList<>();
		for (EnergyFile file : files) {
			for (Declaration d : file.getDeclarations()) {
				if (d instanceof UsageMapping mapping) {
					usages.add(usage(mapping, inferences));
				}
			}
		}
		return usages;
	}

	private static Usage usage(UsageMapping mapping, List<Specs.Inference> inferences) {
		Map<Role, String> columns = new EnumMap<>(Role.class);
		for (UsageColumn column : mapping.getColumns()) {
			Optional<Role> role = Optional.ofNullable(column.getRole()).flatMap(Role::of);
			if (role.isPresent() && column.getName() != null) {
				columns.putIfAbsent(role.get(), column.getName());
			}
		}
		List<Usage.Rule> rules = new ArrayList<>();
		for (UsageRule rule : mapping.getRules()) {
			rule(rule, inferences).ifPresent(rules::add);
		}
		return new Usage(mapping.getName() == null ? "" : mapping.getName(), Declarations.origin(mapping), columns,
				rules);
	}

	private static Optional<Usage.Rule> rule(UsageRule rule, List<Specs.Inference> inferences) {
		Inference target = rule.getWorkload();
		if (target == null || target.eIsProxy()) {
			return Optional.empty();
		}
		Origin origin = Declarations.origin(target);
		Optional<Specs.Inference> workload = inferences.stream().filter(i -> i.origin().equals(origin)).findFirst();
		Map<Role, String> match = new EnumMap<>(Role.class);
		for (int k = 0; k < Math.min(rule.getKeys().size(), rule.getValues().size()); k++) {
			Optional<Role> role = Role.of(rule.getKeys().get(k)).filter(Role::isKey);
			if (role.isEmpty()) {
				return Optional.empty();
			}
			match.put(role.get(), rule.getValues().get(k));
		}
		return workload.map(w -> new Usage.Rule(Declarations.origin(rule), match, w));
	}
}

package org.jevons.dsl.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jevons.dsl.model.EffectiveProperties;
import org.jevons.model.energy.NamedDeclaration;
import org.jevons.model.energy.Vary;
import org.jevons.model.energy.Workload;
import org.jevons.model.energy.WorkloadRef;
import org.jevons.model.properties.PropertyCatalog;
import org.jevons.model.properties.PropertyCatalog.Kind;
import org.jevons.model.properties.PropertyInfo;

/**
 * What the property path of a {@code vary} names: a numeric property of the sweep's workload ({@code reasoning},
 * {@code average power}) or, through a prefix, of its model, hardware, datacenter or grid ({@code model.active},
 * {@code accelerator.peak bf16}, {@code datacenter.pue}).
 */
final class VaryPaths {

	/** Properties that hold a reference, a word or a structure, not one number: they cannot be varied. */
	private static final Set<String> NOT_NUMERIC = Set.of("model", "on", "precision", "architecture", "grid",
			"workload", "vary", "years", "reasoning share", "accelerators", "experts");

	private static final Map<String, List<Kind>> PREFIXES = Map.of("model", List.of(Kind.MODEL), "accelerator",
			List.of(Kind.ACCELERATOR), "node", List.of(Kind.NODE), "hardware", List.of(Kind.ACCELERATOR, Kind.NODE),
			"on", List.of(Kind.ACCELERATOR, Kind.NODE), "datacenter", List.of(Kind.DATACENTER), "grid",
			List.of(Kind.GRID));

	/**
	 * @param info    the varied property, when the path names one
	 * @param problem why the path names nothing, when it does not (both empty: the workload is unknown, no check)
	 */
	record Resolution(Optional<PropertyInfo> info, Optional<String> problem) {
	}

	private VaryPaths() {
	}

	static Resolution resolve(Vary vary) {
		String path = vary.getProperty();
		Optional<Workload> workload = Kinds.declarationOf(vary)
				.flatMap(s -> EffectiveProperties.property(s, WorkloadRef.class)).map(WorkloadRef::getWorkload)
				.filter(w -> !w.eIsProxy());
		Optional<Kind> workloadKind = workload.flatMap(Kinds::of);
		if (path == null || workloadKind.isEmpty()) {
			return new Resolution(Optional.empty(), Optional.empty());
		}
		String[] segments = path.trim().split("\\s*\\.\\s*");
		List<Kind> kinds;
		String name;
		if (segments.length == 1) {
			kinds = List.of(workloadKind.get());
			name = segments[0];
		} else if (segments.length == 2 && PREFIXES.containsKey(segments[0])) {
			kinds = PREFIXES.get(segments[0]);
			name = segments[1];
		} else {
			return new Resolution(Optional.empty(), Optional.of("'" + path + "' is not a property path: write a "
					+ "property of the " + workloadKind.get().keyword() + " (e.g. batch) or one of "
					+ String.join(", ", PREFIXES.keySet().stream().sorted().map(p -> p + ".<property>").toList())));
		}
		String lookup = name.startsWith("peak ") ? "peak" : name;
		for (Kind k : kinds) {
			Optional<PropertyInfo> info = PropertyCatalog.find(k, lookup).filter(i -> !NOT_NUMERIC.contains(i.key()));
			if (info.isPresent()) {
				return new Resolution(info, Optional.empty());
			}
		}
		List<String> valid = new ArrayList<>();
		for (Kind k : kinds) {
			PropertyCatalog.properties(k).stream().map(PropertyInfo::key).filter(key -> !NOT_NUMERIC.contains(key))
					.forEach(valid::add);
		}
		String where = segments.length == 1 ? "the " + workloadKind.get().keyword() + " "
				+ workload.map(NamedDeclaration::getName).orElse("") : "a " + segments[0];
		return new Resolution(Optional.empty(), Optional.of("'" + name + "' is not a numeric property of " + where
				+ "; vary one of: " + String.join(", ", valid)));
	}
}

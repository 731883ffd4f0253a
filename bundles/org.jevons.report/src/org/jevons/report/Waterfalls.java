package org.jevons.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jevons.analysis.Waterfall;
import org.jevons.analysis.WorkloadResult;

/**
 * The boundary waterfall of a workload as a table: each component in its fixed order, what it adds (or "not
 * counted") and the figure at that boundary, all in one unit so the steps read as a sum.
 */
public final class Waterfalls {
	/** What a component that the workload does not state shows instead of a number. */
	public static final String NOT_COUNTED = "not counted";

	private Waterfalls() {
	}

	/** The table, when some component beyond the accelerators is counted (otherwise there is no growth to show). */
	public static Optional<Table> table(WorkloadResult w) {
		return Waterfall.energy(w).filter(Waterfall::grows).map(Waterfalls::table);
	}

	static Table table(Waterfall waterfall) {
		String key = waterfall.steps().get(0).key();
		Unit unit = Human.unit(key, waterfall.dimension(), waterfall.total());
		List<List<String>> rows = new ArrayList<>();
		for (Waterfall.Step step : waterfall.steps()) {
			rows.add(List.of(step.label(),
					step.added().map(f -> "+ " + Human.sig(unit.of(f.nominal())) + " " + unit.symbol())
							.orElse(NOT_COUNTED),
					Human.sig(unit.of(step.running())) + " " + unit.symbol(),
					step.added().map(f -> Human.trimmed(100 * f.nominal() / waterfall.total(), 3) + " %").orElse("")));
		}
		return new Table("Boundary: from accelerators only to the full boundary", List.of("Component", "Adds",
				"At this boundary", "Share of total"), rows);
	}
}

package org.jevons.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jevons.analysis.Decomposition;
import org.jevons.analysis.Dimension;
import org.jevons.analysis.ProjectionResult;
import org.jevons.analysis.ReferenceScenario;

/** The tables a rebound projection adds to its block: the LMDI decomposition and the reference comparison. */
final class ProjectionTables {
	private ProjectionTables() {
	}

	/** First year, one row per effect, last year: the effects add up to the change exactly. */
	static Optional<Table> decomposition(ProjectionResult p) {
		return p.decomposition("energy").map(d -> {
			List<List<String>> rows = new ArrayList<>();
			rows.add(List.of("Energy " + d.fromYear(), energy(d.start())));
			for (Decomposition.Effect e : d.effects()) {
				rows.add(List.of(e.label(), (e.value() >= 0 ? "+" : "−") + energy(Math.abs(e.value()))));
			}
			rows.add(List.of("Energy " + d.toYear(), energy(d.end())));
			return new Table("What changed energy " + d.fromYear() + " → " + d.toYear() + " (LMDI, Ang 2005)",
					List.of("Effect", "Energy per year"), rows);
		});
	}

	/** The reference's published years inside the projection, with the projection's data-centre energy. */
	static Optional<Table> reference(ProjectionResult p) {
		if (p.reference().isEmpty() || p.years().isEmpty()) {
			return Optional.empty();
		}
		ReferenceScenario r = p.reference().get();
		List<List<String>> rows = new ArrayList<>();
		for (ReferenceScenario.Point point : r.points()) {
			int index = p.years().indexOf(point.year());
			if (index < 0 || index >= p.comparableEnergy().size()) {
				continue;
			}
			String band = point.high() > point.low() ? energy(point.low()) + " – " + energy(point.high())
					: energy(point.central());
			double projected = p.comparableEnergy().get(index).nominal();
			rows.add(List.of(String.valueOf(point.year()), band, energy(projected),
					Human.trimmed(point.deviation(projected) * 100, 2) + " %"));
		}
		return rows.isEmpty() ? Optional.empty()
				: Optional.of(new Table(r.title() + " (" + r.scope() + ")",
						List.of("Year", "Reference", "Projected", "Outside the reference by"), rows));
	}

	private static String energy(double joules) {
		return Human.format("energy", Dimension.ENERGY, joules);
	}
}

package org.jevons.report.csv;

import java.util.List;

import org.jevons.analysis.Decomposition;
import org.jevons.analysis.ProjectionResult;
import org.jevons.analysis.ReferenceScenario;
import org.jevons.report.Unit;
import org.jevons.report.Units;

/**
 * A projection's extra tables: {@code # projection_totals} (AI plus baseline, per year, TWh),
 * {@code # projection_references} (the reference's published years, TWh) and {@code # projection_decompositions}
 * (one row per effect, TWh or MtCO2e). Each table appears only when some projection has it.
 */
final class CsvProjectionExtras {
	private CsvProjectionExtras() {
	}

	static void tables(List<String> tables, List<ProjectionResult> projections) {
		StringBuilder totals = new StringBuilder("# projection_totals\n");
		Csv.record(totals, List.of("name", "year", "data_centre_energy_TWh"));
		StringBuilder references = new StringBuilder("# projection_references\n");
		Csv.record(references, List.of("name", "reference", "year", "low_TWh", "central_TWh", "high_TWh", "source"));
		StringBuilder effects = new StringBuilder("# projection_decompositions\n");
		Csv.record(effects, List.of("name", "quantity", "from", "to", "effect", "value", "unit"));
		boolean anyTotal = false, anyReference = false, anyEffect = false;
		for (ProjectionResult p : projections) {
			for (int i = 0; i < p.totalEnergy().size() && i < p.years().size(); i++) {
				anyTotal = true;
				Csv.record(totals, List.of(p.name(), String.valueOf(p.years().get(i)),
						Csv.number(Units.TWH.of(p.totalEnergy().get(i).nominal()))));
			}
			if (p.reference().isPresent()) {
				ReferenceScenario r = p.reference().get();
				for (ReferenceScenario.Point point : r.points()) {
					anyReference = true;
					Csv.record(references, List.of(p.name(), r.name(), String.valueOf(point.year()),
							Csv.number(Units.TWH.of(point.low())), Csv.number(Units.TWH.of(point.central())),
							Csv.number(Units.TWH.of(point.high())), r.source()));
				}
			}
			for (Decomposition d : p.decompositions()) {
				Unit unit = d.quantity().equals("carbon") ? Units.MT : Units.TWH;
				for (Decomposition.Effect e : d.effects()) {
					anyEffect = true;
					Csv.record(effects, List.of(p.name(), d.quantity(), String.valueOf(d.fromYear()),
							String.valueOf(d.toYear()), e.key(), Csv.number(unit.of(e.value())), unit.symbol()));
				}
			}
		}
		if (anyTotal) {
			tables.add(totals.toString());
		}
		if (anyReference) {
			tables.add(references.toString());
		}
		if (anyEffect) {
			tables.add(effects.toString());
		}
	}
}

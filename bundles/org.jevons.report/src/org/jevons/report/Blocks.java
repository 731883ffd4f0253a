package org.jevons.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jevons.analysis.AnalysisResult;
import org.jevons.analysis.ComparisonResult;
import org.jevons.analysis.Dimension;
import org.jevons.analysis.Estimate;
import org.jevons.analysis.Figure;
import org.jevons.analysis.ProjectionResult;
import org.jevons.analysis.SensitivityBar;
import org.jevons.analysis.WorkloadResult;

/** The blocks of results with figures: a figure table with numbered sources, plus what each kind adds. */
final class Blocks {
	private Blocks() {
	}

	static Block workload(WorkloadResult w) {
		Sources sources = new Sources();
		List<Table> tables = new ArrayList<>();
		tables.add(figures(w.figures(), sources));
		Waterfalls.table(w).ifPresent(tables::add);
		List<SensitivityBar> bars = Sensitivity.shown(w, Sensitivity.TABLE_ROWS);
		if (!bars.isEmpty()) {
			tables.add(sensitivity(w, bars));
		}
		List<String> notes = new ArrayList<>();
		notes.add("Boundary: " + w.boundary().description());
		notes.addAll(sources.notes());
		w.assumptions().forEach(a -> notes.add("Assumes: " + a));
		return new Block(w.name(), ReportModel.where(w.origin()), tables, notes);
	}

	static Block comparison(ComparisonResult c, boolean training) {
		Sources sources = new Sources();
		Table table = figures(c.figures(), sources);
		List<String> notes = new ArrayList<>();
		Story.comparison(c, training).ifPresent(notes::add);
		notes.addAll(sources.notes());
		return new Block(c.name(), ReportModel.where(c.origin()), List.of(table), notes);
	}

	static Block projection(ProjectionResult p) {
		List<List<String>> rows = new ArrayList<>();
		boolean carbon = p.carbon().size() == p.years().size();
		boolean total = p.totalEnergy().size() == p.years().size() && !p.totalEnergy().isEmpty();
		for (int i = 0; i < p.years().size() && i < p.energy().size(); i++) {
			List<String> row = new ArrayList<>(List.of(String.valueOf(p.years().get(i)), twh(p.energy().get(i)),
					i < p.counterfactualEnergy().size() ? twh(p.counterfactualEnergy().get(i)) : ""));
			if (carbon) {
				row.add(Human.format("carbon", Dimension.MASS_CO2E, p.carbon().get(i)));
			}
			if (total) {
				row.add(twh(p.totalEnergy().get(i)));
			}
			rows.add(row);
		}
		List<String> header = new ArrayList<>(List.of("Year", "Energy", "Without efficiency gain"));
		if (carbon) {
			header.add("Carbon");
		}
		if (total) {
			header.add("Data centres (AI + baseline)");
		}
		Sources sources = new Sources();
		List<Table> tables = new ArrayList<>();
		if (!rows.isEmpty()) {
			tables.add(new Table("", header, rows));
		}
		if (!p.figures().isEmpty()) {
			tables.add(figures(p.figures(), sources));
		}
		ProjectionTables.decomposition(p).ifPresent(tables::add);
		ProjectionTables.reference(p).ifPresent(tables::add);
		List<String> notes = new ArrayList<>();
		Story.projection(p).ifPresent(notes::add);
		if (p.services().size() > 1) {
			notes.add("Services: " + String.join(", ", p.services()));
		}
		p.reference().ifPresent(r -> sources.refs(List.of(r.source())));
		notes.addAll(sources.notes());
		return new Block(p.name(), ReportModel.where(p.origin()), tables, notes);
	}

	/** A result of a plugin this bundle does not know: its figures. */
	static Block generic(AnalysisResult r) {
		Sources sources = new Sources();
		return new Block(r.name(), ReportModel.where(r.origin()), List.of(figures(r.figures(), sources)),
				sources.notes());
	}

	/** Energy of a whole year: TWh and below chosen by magnitude. */
	private static String twh(Estimate e) {
		return Human.format("energy", Dimension.ENERGY, e);
	}

	private static Table figures(List<Figure> figures, Sources sources) {
		List<List<String>> rows = new ArrayList<>();
		for (Figure f : figures) {
			rows.add(List.of(f.label(), Human.format(f), sources.refs(f.sources())));
		}
		return new Table("", List.of("Figure", "Value", "Sources"), rows);
	}

	private static Table sensitivity(WorkloadResult w, List<SensitivityBar> bars) {
		String key = bars.get(0).figureKey();
		Dimension dimension = w.figure(key).map(Figure::dimension).orElse(Dimension.RATIO);
		List<List<String>> rows = new ArrayList<>();
		for (SensitivityBar b : bars) {
			rows.add(List.of(b.input(), Sensitivity.inputRange(b),
					Human.format(key, dimension, b.outputLow()) + " – " + Human.format(key, dimension, b.outputHigh())));
		}
		return new Table("Sensitivity of " + w.figure(key).map(Figure::label).orElse(key), List.of("Input",
				"Input low – high", "Result low – high"), rows);
	}

	/** Numbers the distinct source texts of a block: [1], [2], ... */
	static final class Sources {
		private final Map<String, Integer> numbers = new LinkedHashMap<>();

		String refs(List<String> texts) {
			List<String> refs = new ArrayList<>();
			for (String t : texts) {
				refs.add("[" + numbers.computeIfAbsent(t, k -> numbers.size() + 1) + "]");
			}
			return String.join(" ", refs);
		}

		List<String> notes() {
			List<String> notes = new ArrayList<>();
			numbers.forEach((text, n) -> notes.add("[" + n + "] " + text));
			return notes;
		}
	}
}

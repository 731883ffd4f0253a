package org.jevons.report;

import java.util.ArrayList;
import java.util.List;

import org.jevons.analysis.SweepResult;

/**
 * A sweep table in the fixed units: the varied inputs first (kept in their SI unit), then the output figures
 * (energy per request in Wh, ...). {@link SweepResult} does not say where the inputs end; the outputs are
 * recognised as the known trailing figure lists of the training and inference models (an adapter until the
 * result states its input count).
 */
public record SweepColumns(SweepResult sweep, int inputs, List<Unit> units) {
	private static final List<List<String>> OUTPUTS = List.of(
			List.of("energy_per_request", "energy_per_token", "annual_energy"),
			List.of("energy", "accelerator_hours", "carbon"));

	public SweepColumns {
		units = List.copyOf(units);
	}

	public static SweepColumns of(SweepResult sweep) {
		List<String> columns = sweep.columns();
		int inputs = columns.size();
		for (List<String> outputs : OUTPUTS) {
			int n = columns.size() - outputs.size();
			if (n >= 0 && columns.subList(n, columns.size()).equals(outputs)) {
				inputs = n;
			}
		}
		List<Unit> units = new ArrayList<>();
		for (int c = 0; c < columns.size(); c++) {
			String si = c < sweep.units().size() ? sweep.units().get(c) : "1";
			String key = columns.get(c);
			units.add(c < inputs ? new Unit(si, 1)
					: Units.dimensionOf(si).map(d -> Units.fixed(key, d, Scope.WORKLOAD)).orElse(new Unit(si, 1)));
		}
		return new SweepColumns(sweep, inputs, units);
	}

	public List<String> columns() {
		return sweep.columns();
	}

	public int rows() {
		return sweep.rows();
	}

	public int width() {
		return sweep.columns().size();
	}

	/** A value in its column's fixed unit. */
	public double value(int row, int column) {
		return units.get(column).of(sweep.value(row, column));
	}

	public List<String> symbols() {
		return units.stream().map(Unit::symbol).toList();
	}
}

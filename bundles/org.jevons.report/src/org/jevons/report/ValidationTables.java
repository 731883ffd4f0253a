package org.jevons.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

import org.jevons.analysis.calibration.ErrorTable.Line;
import org.jevons.analysis.calibration.ErrorTable.Prediction;
import org.jevons.analysis.calibration.Measurement;
import org.jevons.analysis.calibration.ValidationResult;

/**
 * The tables of {@code jevons validate}: predicted against measured per row, the error tables, the fitted
 * values. Numbers are written by the caller's formatter (aligned text or CSV).
 */
public final class ValidationTables {
	private ValidationTables() {
	}

	/** Per row: measured and predicted J per output token with the defaults, and held out when fitted. */
	public static Table rows(ValidationResult result, DoubleFunction<String> number) {
		boolean fitted = result.fitted().isPresent();
		List<String> header = new ArrayList<>(List.of("line", "model", "gpu", "gpus", "batch", "measured_J_per_token",
				"predicted_J_per_token", "ratio"));
		if (fitted) {
			header.addAll(List.of("heldout_J_per_token", "heldout_ratio"));
		}
		List<List<String>> rows = new ArrayList<>();
		for (int i = 0; i < result.predictions().size(); i++) {
			Prediction p = result.predictions().get(i);
			Measurement m = p.measurement();
			List<String> row = new ArrayList<>(List.of(Integer.toString(m.origin().line()), m.model(), m.gpu(),
					number.apply(m.count()), number.apply(m.batch()), number.apply(m.joulesPerToken()),
					number.apply(p.joulesPerToken()), number.apply(p.ratio())));
			if (fitted) {
				Prediction held = result.fitted().get().heldOut().get(i);
				row.add(number.apply(held.joulesPerToken()));
				row.add(number.apply(held.ratio()));
			}
			rows.add(row);
		}
		return new Table("", header, rows);
	}

	/** Error factors exp|log(predicted/measured)| by group; {@code factor} writes a factor (×1.25 or 1.25). */
	public static Table errors(String caption, List<Line> lines, DoubleFunction<String> factor,
			DoubleFunction<String> number) {
		List<List<String>> rows = lines.stream().map(l -> List.of(l.group(), Integer.toString(l.rows()),
				factor.apply(l.median()), factor.apply(l.p90()), factor.apply(l.worst()), number.apply(l.medianRatio())))
				.toList();
		return new Table(caption, List.of("group", "rows", "median_error", "p90_error", "worst_error",
				"median_ratio"), rows);
	}

	/** Each fitted default as {@code path value}: lines a user can paste. */
	public static List<String> fittedLines(ValidationResult.Fitted fitted) {
		return fitted.fit().byPath().entrySet().stream()
				.map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%.3g", e.getValue())).toList();
	}
}

package org.jevons.report.text;

import java.util.Locale;

import org.jevons.analysis.calibration.ErrorTable;
import org.jevons.analysis.calibration.ValidationResult;
import org.jevons.report.ValidationTables;

/** {@code jevons validate} as aligned text. */
public final class ValidationText {
	private ValidationText() {
	}

	public static String render(String file, ValidationResult result) {
		StringBuilder out = new StringBuilder();
		out.append("Predicted against measured accelerator energy per output token: ").append(file).append(" (")
				.append(result.predictions().size()).append(" rows, engine defaults)\n");
		TextReport.table(out, ValidationTables.rows(result, ValidationText::number));
		out.append("\nError |log(predicted/measured)| as a factor, engine defaults:\n");
		TextReport.table(out, ValidationTables.errors("", result.errors(), ErrorTable::factor, ValidationText::number));
		result.fitted().ifPresent(f -> {
			out.append("\nError with values fitted on the other rows, holding out one ")
					.append(f.holdout().name().toLowerCase(Locale.ROOT)).append(" at a time:\n");
			TextReport.table(out, ValidationTables.errors("", f.heldOutErrors(), ErrorTable::factor,
					ValidationText::number));
			out.append(String.format(Locale.ROOT, "%nValues fitted on all %d rows (mean squared log error %.3g),"
					+ " for your own inference defaults:%n", result.predictions().size(), f.fit().objective()));
			ValidationTables.fittedLines(f).forEach(l -> out.append("    ").append(l).append('\n'));
		});
		return out.toString();
	}

	/** Counts as whole numbers, the rest to three significant figures. */
	private static String number(double x) {
		return x == Math.rint(x) && Math.abs(x) < 1e7 ? Long.toString((long) x) : String.format(Locale.ROOT, "%.3g", x);
	}
}

package org.jevons.report;

import java.util.Comparator;
import java.util.List;

import org.jevons.analysis.Dimension;
import org.jevons.analysis.Figure;
import org.jevons.analysis.SensitivityBar;
import org.jevons.analysis.WorkloadResult;

/**
 * Which tornado bars every view shows and how it names an input's bounds, in one place for the reports, the HTML
 * chart and the workbench: the widest first, only bars whose two ends differ at the precision shown (a bar whose
 * range rounds to one number tells the reader nothing), bounds in the unit the input was written in.
 */
public final class Sensitivity {
	/** A tornado chart shows this many inputs. */
	public static final int CHART_BARS = 8;
	/** A sensitivity table shows this many inputs. */
	public static final int TABLE_ROWS = 6;

	private Sensitivity() {
	}

	/** The bars shown of a workload's tornado, the widest first, at most {@code limit}. */
	public static List<SensitivityBar> shown(WorkloadResult w, int limit) {
		return w.sensitivity().stream().filter(b -> b.swing() > 0 && visible(w, b))
				.sorted(Comparator.comparingDouble(SensitivityBar::swing).reversed()).limit(limit).toList();
	}

	private static boolean visible(WorkloadResult w, SensitivityBar b) {
		Dimension dimension = w.figure(b.figureKey()).map(Figure::dimension).orElse(Dimension.RATIO);
		return !Human.format(b.figureKey(), dimension, b.outputLow())
				.equals(Human.format(b.figureKey(), dimension, b.outputHigh()));
	}

	/** The input's bounds as written: {@code 1.2–4.6 kW}, {@code 20–40 %}; plain numbers without a unit. */
	public static String inputRange(SensitivityBar b) {
		return b.inputUnit().map(u -> Human.sig(u.of(b.inputLow())) + "–" + Human.sig(u.of(b.inputHigh()))
				+ (u.symbol().startsWith("/") ? "" : " ") + u.symbol())
				.orElse(Human.sig(b.inputLow()) + "–" + Human.sig(b.inputHigh()));
	}
}

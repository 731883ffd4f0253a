package org.jevons.report;

import org.jevons.analysis.ComparisonResult;
import org.jevons.analysis.ExpectationResult;
import org.jevons.analysis.Figure;
import org.jevons.analysis.StudyResult;
import org.jevons.analysis.WorkloadResult;

/** Where a figure appears; decides its fixed unit (an energy per request is in Wh, a projection's in TWh). */
public enum Scope {
	/** Trainings, inferences, sweeps and plugin results: the unit follows the figure's key. */
	WORKLOAD,
	/** Comparisons of energy per request, per token, per year, and of trainings. */
	COMPARE_REQUEST, COMPARE_TOKEN, COMPARE_YEAR, COMPARE_TRAINING,
	/** Projections: TWh and MtCO2e. */
	PROJECTION;

	/** Whether a comparison compares trainings (its sides are found in the result). */
	public static boolean comparesTrainings(ComparisonResult comparison, StudyResult result) {
		return result.find(comparison.left()).filter(WorkloadResult.class::isInstance)
				.map(r -> ((WorkloadResult) r).kind() == WorkloadResult.Kind.TRAINING).orElse(false);
	}

	public static Scope of(ComparisonResult comparison, StudyResult result) {
		return of(comparison, comparesTrainings(comparison, result));
	}

	public static Scope of(ComparisonResult comparison, boolean trainings) {
		if (trainings) {
			return COMPARE_TRAINING;
		}
		return switch (comparison.per()) {
		case REQUEST -> COMPARE_REQUEST;
		case TOKEN -> COMPARE_TOKEN;
		case YEAR -> COMPARE_YEAR;
		};
	}

	/**
	 * The scope of an expectation's metric. The result does not say what its target was; a yearly projection
	 * figure is recognised by its label ("Energy in 2035"), the only place it is told apart from a training's.
	 */
	public static Scope of(ExpectationResult expectation) {
		return expectation.actual().map(Scope::ofActual).orElse(WORKLOAD);
	}

	private static Scope ofActual(Figure figure) {
		return figure.label().matches("(Energy|Carbon) in \\d+") ? PROJECTION : WORKLOAD;
	}
}

package org.jevons.analysis;

import org.jevons.analysis.spec.Specs.Origin;
import org.jevons.analysis.spec.Specs.Study;

/**
 * The one entry point used by the CLI, the language server and the workbench: runs every registered analysis
 * over a study.
 */
public final class StudyAnalysis {
	private final AnalysisRegistry registry;

	public StudyAnalysis(AnalysisRegistry registry) {
		this.registry = registry;
	}

	/** Analyses with everything {@link AnalysisRegistry#discover() discoverable} on the classpath. */
	public static StudyResult analyze(Study study, Settings settings) {
		return new StudyAnalysis(AnalysisRegistry.discover()).run(study, settings);
	}

	/** @throws Cancellation.Cancelled when {@link Settings#cancellation()} is cancelled during the run */
	public StudyResult run(Study study, Settings settings) {
		AnalysisContext context = new AnalysisContext(study, settings);
		boolean complete = false;
		for (EnergyAnalysis analysis : registry.analyses()) {
			settings.cancellation().check();
			if (!complete && analysis.order() > EnergyAnalysis.Order.WORKLOAD_PLUGINS) {
				complete = true;
				completePercentiles(context);
			}
			guarded(analysis.id(), () -> analysis.run(context), context);
		}
		completePercentiles(context);
		return context.result();
	}

	/** Every pending percentile; each failing call takes one workload off the list, so this ends. */
	private static void completePercentiles(AnalysisContext context) {
		while (context.percentilesPending()) {
			guarded("percentiles", context::completePercentiles, context);
		}
	}

	/** Runs a step; a defect in one step must not hide the others' results: it is reported, not swallowed. */
	private static void guarded(String id, Runnable step, AnalysisContext context) {
		try {
			step.run();
		} catch (Cancellation.Cancelled e) {
			throw e;
		} catch (RuntimeException e) {
			context.report(Problem.error(Origin.UNKNOWN,
					"analysis '" + id + "' failed: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
		}
	}
}

package org.jevons.analysis;

import java.util.List;

import org.jevons.analysis.compare.ComparisonAnalysis;
import org.jevons.analysis.expect.ExpectationAnalysis;
import org.jevons.analysis.inference.InferenceAnalysis;
import org.jevons.analysis.projection.ProjectionAnalysis;
import org.jevons.analysis.sweep.SweepAnalysis;
import org.jevons.analysis.training.TrainingAnalysis;

/** The analyses of this bundle, for explicit registration where {@link java.util.ServiceLoader} is not used. */
public final class CoreAnalyses {
	private CoreAnalyses() {
	}

	public static List<EnergyAnalysis> all() {
		return List.of(new TrainingAnalysis(), new InferenceAnalysis(), new ComparisonAnalysis(), new ProjectionAnalysis(),
				new SweepAnalysis(), new ExpectationAnalysis());
	}

	/** A registry with the core analyses only (no plugins). */
	public static AnalysisRegistry registry() {
		AnalysisRegistry registry = new AnalysisRegistry();
		all().forEach(registry::register);
		return registry;
	}
}

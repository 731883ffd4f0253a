package org.jevons.analysis.engine;

import java.util.List;

/**
 * A training or inference turned into a parameter space and a kernel; reused by Monte Carlo, sensitivity, sweeps
 * and projections, so that nothing computes a figure twice.
 */
public interface WorkloadModel {
	ParameterSpace space();

	Kernel kernel();

	/** The figure tornado charts rank inputs by. */
	String primaryFigure();

	/** The figures a sweep tabulates beside the varied inputs. */
	List<String> sweepFigures();
}

package org.jevons.analysis;

import java.util.ArrayList;
import java.util.List;

import org.jevons.analysis.engine.Evaluation;
import org.jevons.analysis.engine.WorkloadModel;
import org.jevons.analysis.spec.Specs.Workload;

/** Evaluates a workload model and publishes its result; shared by the training and inference analyses. */
public final class WorkloadPublisher {
	private WorkloadPublisher() {
	}

	/**
	 * @param problems problems found while validating the inputs; if the primary figure still cannot be computed
	 *                 and no error explains why, an error is added — a figure is never silently missing
	 * @return the result as published: nominal values only; the context adds the percentiles after the workload
	 *         plugins ({@link AnalysisContext#completePercentiles()})
	 */
	public static WorkloadResult publish(AnalysisContext context, String analysisId, Workload workload,
			WorkloadResult.Kind kind, WorkloadModel model, Boundary boundary, List<Problem> problems,
			List<String> assumptions) {
		Evaluation evaluation = Evaluation.run(model.space(), model.kernel(), context.settings());
		List<Problem> all = new ArrayList<>(problems);
		boolean explained = problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
		if (evaluation.missing().contains(model.primaryFigure()) && !explained) {
			all.add(Problem.error(workload.origin(), workload.name() + ": " + model.primaryFigure()
					+ " cannot be computed from the inputs given"));
		}
		WorkloadResult result = new WorkloadResult(workload.name(), workload.origin(), analysisId, kind, boundary,
				evaluation.nominalFigures(), all, assumptions, evaluation.sensitivity(model.primaryFigure()));
		context.publishPending(result, evaluation.table());
		return result;
	}
}

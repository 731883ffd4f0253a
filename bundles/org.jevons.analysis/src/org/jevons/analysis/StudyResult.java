package org.jevons.analysis;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Everything the analyses computed for a study, in the order the analyses ran. */
public record StudyResult(List<AnalysisResult> results, List<Problem> problems) {
	public StudyResult {
		results = List.copyOf(results);
		problems = List.copyOf(problems);
	}

	public List<WorkloadResult> trainings() {
		return workloads(WorkloadResult.Kind.TRAINING);
	}

	public List<WorkloadResult> inferences() {
		return workloads(WorkloadResult.Kind.INFERENCE);
	}

	public List<ComparisonResult> comparisons() {
		return ofType(ComparisonResult.class).toList();
	}

	public List<ProjectionResult> projections() {
		return ofType(ProjectionResult.class).toList();
	}

	public List<SweepResult> sweeps() {
		return ofType(SweepResult.class).toList();
	}

	public List<ExpectationResult> expectations() {
		return ofType(ExpectationResult.class).toList();
	}

	/** Results of analyses this core does not know (third-party plugins), rendered through their figures. */
	public List<AnalysisResult> others() {
		return results.stream().filter(r -> !(r instanceof WorkloadResult || r instanceof ComparisonResult
				|| r instanceof ProjectionResult || r instanceof SweepResult || r instanceof ExpectationResult))
				.toList();
	}

	public Optional<AnalysisResult> find(String name) {
		return results.stream().filter(r -> r.name().equals(name)).findFirst();
	}

	/** Every problem: the study's own and those of each result. */
	public List<Problem> allProblems() {
		return Stream.concat(problems.stream(), results.stream().flatMap(r -> r.problems().stream())).toList();
	}

	/** True when an expectation failed or an analysis reported an error (exit code 1 in headless use). */
	public boolean failed() {
		return expectations().stream().anyMatch(e -> !e.passed())
				|| allProblems().stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
	}

	private <T> Stream<T> ofType(Class<T> type) {
		return results.stream().filter(type::isInstance).map(type::cast);
	}

	private List<WorkloadResult> workloads(WorkloadResult.Kind kind) {
		return ofType(WorkloadResult.class).filter(w -> w.kind() == kind).toList();
	}
}

package org.jevons.ui.results.run;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.jevons.analysis.StudyResult;
import org.jevons.report.ReportContext;
import org.jevons.ui.results.model.ResultsModel;

/**
 * One finished analysis: what was analysed, the engine's result, the report context (for export) and the view
 * model.
 *
 * @param scope the selected resources the run was started on (re-analysis on save runs the same scope)
 * @param files the .energy files loaded
 */
public record AnalysisRun(List<IResource> scope, List<IFile> files, StudyResult result, ReportContext context,
		ResultsModel model) {
	public AnalysisRun {
		scope = List.copyOf(scope);
		files = List.copyOf(files);
	}

	/** Whether the file lies in the run's scope (a saved file then triggers re-analysis). */
	public boolean covers(IResource resource) {
		return files.contains(resource) || scope.stream().anyMatch(s -> s.getFullPath().isPrefixOf(resource.getFullPath()));
	}
}

package org.jevons.ui.results.run;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.jevons.analysis.AnalysisRegistry;
import org.jevons.analysis.AutoSamples;
import org.jevons.analysis.Settings;
import org.jevons.analysis.StudyAnalysis;
import org.jevons.analysis.StudyResult;
import org.jevons.analysis.engine.AdaptiveSampling;
import org.jevons.analysis.spec.Specs.Study;
import org.jevons.dsl.study.StudyBuilder;
import org.jevons.dsl.workspace.EnergyWorkspace;
import org.jevons.dsl.workspace.Problem;
import org.jevons.ui.analyses.ContributedAnalyses;
import org.jevons.report.ReportContext;
import org.jevons.report.ReportDiagnostic;
import org.jevons.ui.results.model.ModelBuilder;
import org.jevons.ui.results.model.ResultsModel;

/**
 * The CLI's path (AnalyzeCommand): EnergyWorkspace → validate → StudyBuilder → StudyAnalysis, on workspace files.
 * Plain Java, no UI, runs on any thread. Paths in the result are OS paths; the view model and reports show
 * workspace paths.
 */
public final class AnalysisEngine {
	private AnalysisEngine() {
	}

	/**
	 * @param sampleRule when present, chooses the number of samples (the settings' count is ignored)
	 * @param phase      told the name of each phase as it starts (for the job's progress)
	 */
	public static AnalysisRun run(List<org.eclipse.core.resources.IResource> scope, List<IFile> files,
			Settings settings, Optional<AdaptiveSampling.Rule> sampleRule, Consumer<String> phase) {
		Map<String, String> names = new HashMap<>();
		List<Path> paths = files.stream().map(f -> {
			Path p = f.getLocation().toPath();
			names.put(p.toString(), f.getFullPath().toString());
			return p;
		}).toList();
		phase.accept("Parsing " + files.size() + " files");
		EnergyWorkspace workspace = EnergyWorkspace.load(paths);
		phase.accept("Validating");
		List<Problem> problems = workspace.validate();
		Study study = StudyBuilder.build(workspace.files());
		Settings used = settings;
		if (sampleRule.isPresent()) {
			phase.accept("Choosing the number of Monte Carlo samples");
			AdaptiveSampling.Choice choice = AutoSamples.choose(study, settings, sampleRule.get());
			used = AutoSamples.apply(settings, choice);
			phase.accept("Analysing (" + choice.describe() + ")");
		} else {
			phase.accept("Analysing (" + settings.samples() + " Monte Carlo samples)");
		}
		StudyResult result = new StudyAnalysis(registry()).run(study, used);
		ReportContext context = new ReportContext(files.stream().map(f -> f.getFullPath().toString()).toList(),
				used, false, problems.stream().map(p -> diagnostic(p, names)).toList());
		ResultsModel model = ModelBuilder.build(result, context, f -> names.getOrDefault(f, f));
		return new AnalysisRun(scope, files, result, context, model);
	}

	/** The core analyses and every analysis contributed at the extension point (such as cost). */
	static AnalysisRegistry registry() {
		ContributedAnalyses.load();
		return AnalysisRegistry.discover();
	}

	private static ReportDiagnostic diagnostic(Problem p, Map<String, String> names) {
		ReportDiagnostic.Severity severity = switch (p.severity()) {
		case ERROR -> ReportDiagnostic.Severity.ERROR;
		case WARNING -> ReportDiagnostic.Severity.WARNING;
		case INFO -> ReportDiagnostic.Severity.INFO;
		};
		return new ReportDiagnostic(names.getOrDefault(p.file(), p.file()), p.line(), p.column(), severity,
				p.message());
	}
}

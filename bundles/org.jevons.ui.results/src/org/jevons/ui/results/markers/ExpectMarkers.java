package org.jevons.ui.results.markers;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.jevons.analysis.ExpectationResult;
import org.jevons.report.Human;
import org.jevons.ui.results.run.AnalysisRun;

/**
 * A failed {@code expect} is an error marker of type {@link #TYPE} on its line (Problems view, editor ruler); the
 * markers of the analysed files are replaced after every run. Called from the analysis job, never the UI thread.
 */
public final class ExpectMarkers {
	/** A subtype of {@code org.eclipse.core.resources.problemmarker} and {@code textmarker} (plugin.xml). */
	public static final String TYPE = "org.jevons.ui.results.expectMarker";
	/** The expectation's source text, on every marker. */
	public static final String EXPECTATION = "expectation";

	private ExpectMarkers() {
	}

	public static void update(AnalysisRun run, IProgressMonitor monitor) throws CoreException {
		Map<String, IFile> byLocation = new HashMap<>();
		run.files().forEach(f -> byLocation.put(f.getLocation().toPath().toString(), f));
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		workspace.run(m -> {
			for (IFile file : run.files()) {
				if (file.exists()) {
					file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
				}
			}
			for (ExpectationResult e : run.result().expectations()) {
				IFile file = byLocation.get(e.origin().file());
				if (!e.passed() && file != null && file.exists()) {
					IMarker marker = file.createMarker(TYPE);
					marker.setAttributes(new String[] { IMarker.SEVERITY, IMarker.LINE_NUMBER, IMarker.MESSAGE,
							IMarker.LOCATION, EXPECTATION },
							new Object[] { IMarker.SEVERITY_ERROR, Math.max(1, e.origin().line()), message(e),
									"line " + e.origin().line(), e.name() });
				}
			}
		}, null, IWorkspace.AVOID_UPDATE, monitor);
	}

	/** "expect … failed: actual 2.10 Wh, limit 2 Wh". */
	static String message(ExpectationResult e) {
		String values = e.actual().map(a -> Human.actualAndLimit(a, e.limit()))
				.map(v -> "actual " + v[0] + ", limit " + v[1])
				.orElse(e.problems().isEmpty() ? "not computed" : e.problems().get(0).message());
		return "expect " + e.name() + " failed: " + values;
	}
}

package org.jevons.ui.results.export;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * An export written off the UI thread: a report or the tables of a sweep of millions of points take seconds to
 * write. A failure is the job's error status, which the workbench shows in a dialog naming the target.
 */
final class ExportJob extends Job {
	private static final String BUNDLE = "org.jevons.ui.results";

	/** The writing itself. */
	@FunctionalInterface
	interface Export {
		void write() throws IOException;
	}

	private final Path target;
	private final Export export;

	ExportJob(String name, Path target, Export export) {
		super(name);
		this.target = target;
		this.export = export;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			export.write();
			return Status.OK_STATUS;
		} catch (IOException e) {
			return new Status(IStatus.ERROR, BUNDLE, "Cannot write " + target + ": " + e.getMessage(), e);
		}
	}
}

package org.jevons.ui.testsupport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;

/** Records every error written to the Eclipse log while a UI test runs; a test fails if any appears. */
public final class ErrorLogRecorder implements ILogListener, AutoCloseable {

	private final List<IStatus> errors = new CopyOnWriteArrayList<>();

	public ErrorLogRecorder() {
		Platform.addLogListener(this);
	}

	@Override
	public void logging(IStatus status, String plugin) {
		if (status.matches(IStatus.ERROR)) {
			errors.add(status);
		}
	}

	public List<IStatus> errors() {
		return List.copyOf(errors);
	}

	@Override
	public void close() {
		Platform.removeLogListener(this);
	}
}

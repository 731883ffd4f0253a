package org.jevons.ui.results.run;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/**
 * The latest analysis run, shared by the views, the export and re-analysis on save. Listeners are called on the
 * UI thread (published with asyncExec, so a job never waits for the UI).
 */
public final class ResultsStore {
	private static final ResultsStore INSTANCE = new ResultsStore();

	private final List<Consumer<AnalysisRun>> listeners = new CopyOnWriteArrayList<>();
	private volatile Optional<AnalysisRun> latest = Optional.empty();

	private ResultsStore() {
	}

	public static ResultsStore get() {
		return INSTANCE;
	}

	/** What the results views say before the first analysis of a session (results are not kept across restarts). */
	public static final String NO_RUN_HINT = "No analysis yet: select a .energy file, folder or project and press "
			+ "Ctrl+Alt+A (Analyze Energy Model) — results and charts appear here.";

	public Optional<AnalysisRun> latest() {
		return latest;
	}

	/** Called on the UI thread with every new run. */
	public void addListener(Consumer<AnalysisRun> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<AnalysisRun> listener) {
		listeners.remove(listener);
	}

	public void publish(AnalysisRun run) {
		latest = Optional.of(run);
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		Display display = PlatformUI.getWorkbench().getDisplay();
		if (!display.isDisposed()) {
			display.asyncExec(() -> listeners.forEach(l -> l.accept(run)));
		}
	}
}

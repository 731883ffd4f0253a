package org.jevons.rcp;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.jevons.ui.editor.EnergyEditor;

/**
 * {@code -Djevons.startupTiming=true} prints how long the start took, from the JVM's start: to the window, and to the
 * first editor with the language server's diagnostics (ready to work); {@code =exit} then closes the workbench, so
 * that a script can measure start-ups one after the other (docs/workbench.md).
 */
final class StartupTiming {
	private static final String PROPERTY = "jevons.startupTiming";
	private static final int POLL_MS = 20;
	private static final long GIVE_UP_MS = 120_000;

	private StartupTiming() {
	}

	static void windowOpened(Display display) {
		String mode = System.getProperty(PROPERTY, "");
		if (mode.isEmpty()) {
			return;
		}
		long start = ManagementFactory.getRuntimeMXBean().getStartTime();
		System.out.println("[jevons-startup] window open after " + (System.currentTimeMillis() - start) + " ms" + cpu());
		display.timerExec(POLL_MS, new Runnable() {
			@Override
			public void run() {
				long elapsed = System.currentTimeMillis() - start;
				IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
				boolean ready = window != null && window.getActivePage() != null
						&& window.getActivePage().getActiveEditor() instanceof EnergyEditor editor
						&& editor.connection().map(c -> c.reconciles() > 0).orElse(false);
				if (ready || elapsed > GIVE_UP_MS) {
					System.out.println("[jevons-startup] " + (ready ? "editor ready" : "no editor ready") + " after "
							+ elapsed + " ms" + cpu());
					if ("exit".equals(mode)) {
						PlatformUI.getWorkbench().close();
					}
				} else {
					display.timerExec(POLL_MS, this);
				}
			}
		});
	}

	/**
	 * The CPU time spent so far, by the whole process (all threads: JIT and GC included) and by the UI thread, which we
	 * run on: on a loaded machine the wall time says little, the CPU time says what the start costs.
	 */
	private static String cpu() {
		OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
		String process = os instanceof com.sun.management.OperatingSystemMXBean bean
				? " (cpu " + bean.getProcessCpuTime() / 1_000_000 + " ms"
				: " (cpu ?";
		return process + ", ui thread " + ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000
				+ " ms)";
	}
}

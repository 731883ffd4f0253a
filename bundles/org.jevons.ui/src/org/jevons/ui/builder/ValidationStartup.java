package org.jevons.ui.builder;

import org.eclipse.ui.IStartup;

/** Early start-up: validation of the workspace begins when the workbench opens, not when the first editor does. */
public class ValidationStartup implements IStartup {

	@Override
	public void earlyStartup() {
		WorkspaceWatcher.install();
	}
}

package org.jevons.ui;

import org.jevons.ui.builder.WorkspaceWatcher;
import org.jevons.ui.lsp.JevonsLanguageServer;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** Closes the language server (and its threads) when the bundle stops, i.e. when the workbench shuts down. */
public class Activator implements BundleActivator {

	@Override
	public void start(BundleContext context) {
	}

	@Override
	public void stop(BundleContext context) {
		WorkspaceWatcher.uninstall();
		JevonsLanguageServer.shutdown();
	}
}

package org.jevons.dsl.ide.server;

import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.ide.server.symbol.WorkspaceSymbolService;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.util.Modules;

/**
 * Xtext's {@link ServerModule} (the server injector, not the language injector) with the Jevons server services:
 * workspace symbols include the built-in library ({@link EnergyWorkspaceSymbolService}), and the library's files are
 * read like workspace files ({@link LibraryWorkspaceManager}), and a changed document's old resource is dropped
 * without computing a proxy for each of its objects ({@link DeclarationProxyingBuilder}). {@code jevons lsp} and the
 * workbench's in-process server both start from it.
 */
public final class EnergyServerModule {
	private EnergyServerModule() {
	}

	public static Module create() {
		return Modules.override(new ServerModule()).with(new AbstractModule() {
			@Override
			protected void configure() {
				bind(WorkspaceSymbolService.class).to(EnergyWorkspaceSymbolService.class);
				bind(WorkspaceManager.class).to(LibraryWorkspaceManager.class);
				bind(IncrementalBuilder.InternalStatefulIncrementalBuilder.class).to(DeclarationProxyingBuilder.class);
			}
		});
	}
}

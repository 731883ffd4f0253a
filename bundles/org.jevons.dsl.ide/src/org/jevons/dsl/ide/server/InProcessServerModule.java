package org.jevons.dsl.ide.server;

import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;
import org.eclipse.xtext.resource.IResourceServiceProvider;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import com.google.inject.util.Modules;

/**
 * The {@link EnergyServerModule} (the server injector, not the language injector) with two in-process fixes: the
 * languages registry is explicit ({@link EnergyLanguages}), and exit() does not call System.exit(), which would
 * kill the workbench.
 */
public class InProcessServerModule extends AbstractModule {

	@Override
	protected void configure() {
		install(Modules.override(EnergyServerModule.create()).with(new AbstractModule() {
			@Override
			protected void configure() {
				// the cast picks Guice's Provider among the com.google.inject / jakarta.inject overloads
				bind(IResourceServiceProvider.Registry.class)
						.toProvider((com.google.inject.Provider<IResourceServiceProvider.Registry>) EnergyLanguages::newLanguagesRegistry)
						.in(Singleton.class);
				bind(ILanguageServerShutdownAndExitHandler.class)
						.to(ILanguageServerShutdownAndExitHandler.NullImpl.class);
			}
		}));
	}
}

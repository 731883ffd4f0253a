package org.jevons.dsl.ide.server;

import org.eclipse.xtext.resource.FileExtensionProvider;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.jevons.dsl.ide.EnergyIdeSetup;

import com.google.inject.Injector;

/**
 * THE language (IDE) injector of the {@code .energy} language for this JVM, and an explicit languages registry for
 * the server.
 * <p>
 * Why not Xtext's {@code ResourceServiceProviderServiceLoader}: under Equinox the context class loader cannot see
 * {@code META-INF/services/org.eclipse.xtext.ISetup} of this bundle, so the registry would be empty and
 * {@code initialize} would fail with "No Xtext languages have been registered". {@code jevons lsp} on the plain
 * class path keeps using the service loader.
 * <p>
 * {@code createInjectorAndDoEMFRegistration()} puts "energy" into the global EMF registries, which the server's
 * resource sets use; a second call would silently replace those entries, hence once per JVM.
 */
public final class EnergyLanguages {

	private static volatile Injector ideInjector;

	private EnergyLanguages() {
	}

	public static Injector ideInjector() {
		Injector result = ideInjector;
		if (result == null) {
			synchronized (EnergyLanguages.class) {
				result = ideInjector;
				if (result == null) {
					result = new EnergyIdeSetup().createInjectorAndDoEMFRegistration();
					ideInjector = result;
				}
			}
		}
		return result;
	}

	/** A fresh registry (file extension → service provider) holding the {@code .energy} language. */
	public static IResourceServiceProvider.Registry newLanguagesRegistry() {
		ResourceServiceProviderRegistryImpl registry = new ResourceServiceProviderRegistryImpl();
		Injector injector = ideInjector();
		IResourceServiceProvider provider = injector.getInstance(IResourceServiceProvider.class);
		for (String extension : injector.getInstance(FileExtensionProvider.class).getFileExtensions()) {
			registry.getExtensionToFactoryMap().put(extension, provider);
		}
		return registry;
	}
}

package org.jevons.dsl;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.scoping.impl.AbstractDeclarativeScopeProvider;
import org.jevons.dsl.conversion.EnergyValueConverterService;
import org.jevons.dsl.scoping.EnergyQualifiedNameProvider;
import org.jevons.dsl.scoping.LibraryAwareGlobalScopeProvider;
import org.jevons.dsl.scoping.PackageAwareScopeProvider;

import com.google.inject.Binder;
import com.google.inject.name.Names;

/** Guice bindings of the language runtime (no Equinox extension registry needed). */
public class EnergyRuntimeModule extends AbstractEnergyRuntimeModule {

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return EnergyValueConverterService.class;
	}

	@Override
	public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return EnergyQualifiedNameProvider.class;
	}

	@Override
	public Class<? extends IGlobalScopeProvider> bindIGlobalScopeProvider() {
		return LibraryAwareGlobalScopeProvider.class;
	}

	@Override
	public void configureIScopeProviderDelegate(Binder binder) {
		binder.bind(IScopeProvider.class).annotatedWith(Names.named(AbstractDeclarativeScopeProvider.NAMED_DELEGATE))
				.to(PackageAwareScopeProvider.class);
	}
}

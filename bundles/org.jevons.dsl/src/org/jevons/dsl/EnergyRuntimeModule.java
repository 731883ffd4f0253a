package org.jevons.dsl;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.jevons.dsl.conversion.EnergyValueConverterService;
import org.jevons.dsl.scoping.EnergyQualifiedNameProvider;
import org.jevons.dsl.scoping.LibraryAwareGlobalScopeProvider;

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
}

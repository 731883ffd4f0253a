package org.jevons.dsl.ide;

import org.eclipse.xtext.util.Modules2;
import org.jevons.dsl.EnergyRuntimeModule;
import org.jevons.dsl.EnergyStandaloneSetup;

import com.google.inject.Guice;
import com.google.inject.Injector;

/** The injector of the language with its IDE (language server) services. */
public class EnergyIdeSetup extends EnergyStandaloneSetup {

	@Override
	public Injector createInjector() {
		return Guice.createInjector(Modules2.mixin(new EnergyRuntimeModule(), new EnergyIdeModule()));
	}
}

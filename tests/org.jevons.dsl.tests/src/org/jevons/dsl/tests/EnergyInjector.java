package org.jevons.dsl.tests;

import org.jevons.dsl.workspace.EnergyWorkspace;

import com.google.inject.Injector;

/** The language injector shared by the tests (created once, like in the tools). */
final class EnergyInjector {
	private EnergyInjector() {
	}

	static Injector get() {
		return EnergyWorkspace.injector();
	}
}

package org.jevons.dsl.ide;

/** Guice bindings of the language server services. */
public class EnergyIdeModule extends AbstractEnergyIdeModule {
}

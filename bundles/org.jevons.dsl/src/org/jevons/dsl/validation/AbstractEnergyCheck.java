package org.jevons.dsl.validation;

import org.eclipse.xtext.validation.EValidatorRegistrar;

/** Base of the validators composed into {@link EnergyValidator}: they must not register themselves. */
public abstract class AbstractEnergyCheck extends AbstractEnergyValidator {

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed via @ComposedChecks; registering would run every check twice
	}
}

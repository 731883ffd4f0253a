package org.jevons.dsl.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * The validation of {@code .energy} files, one class per concern (see docs/language.md, "Validation", for every
 * rule with its issue code from {@link IssueCodes}). Every check tolerates partially parsed models: after a syntax
 * error any feature may be null.
 */
@ComposedChecks(validators = { NameValidator.class, UnitValidator.class, RangeValidator.class,
		RequiredValidator.class, StudyValidator.class, ProjectionValidator.class, UsageValidator.class,
		BoundaryValidator.class })
public class EnergyValidator extends AbstractEnergyValidator {
}

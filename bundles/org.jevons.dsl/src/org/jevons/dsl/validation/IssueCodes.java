package org.jevons.dsl.validation;

/**
 * Stable issue codes of the {@code .energy} validation. Tools (quick fixes, CLI filters, tests) match on these, so
 * a code never changes meaning once published; docs/language.md lists them with their messages.
 */
public final class IssueCodes {

	private IssueCodes() {
	}

	/** A reference that resolves to nothing (linking diagnostic). */
	public static final String NAME_UNRESOLVED = "jevons.name.unresolved";
	/** A reference whose simple name is imported from two namespaces (linking diagnostic). */
	public static final String NAME_AMBIGUOUS = "jevons.name.ambiguous";
	/** Two declarations that references cannot tell apart: same qualified name, in one file or across files. */
	public static final String NAME_DUPLICATE = "jevons.name.duplicate";
	/** A declaration that extends itself through its parents. */
	public static final String EXTENDS_CYCLE = "jevons.extends.cycle";
	/** The same property twice in one declaration (warning; the later one wins). */
	public static final String PROPERTY_DUPLICATE = "jevons.property.duplicate";
	/** A property the declaration needs, given neither in it nor in its parents. */
	public static final String PROPERTY_MISSING = "jevons.property.missing";
	/** A mixture-of-experts model without {@code active}. */
	public static final String MODEL_ACTIVE_MISSING = "jevons.model.activeMissing";
	/** {@code active} larger than {@code parameters}. */
	public static final String MODEL_ACTIVE_EXCEEDS = "jevons.model.activeExceedsParameters";
	/** A value whose unit measures another dimension than the property's. */
	public static final String UNIT_DIMENSION = "jevons.unit.dimension";
	/** A unit symbol the language does not know. */
	public static final String UNIT_UNKNOWN = "jevons.unit.unknown";
	/** A bare number where the property needs a unit. */
	public static final String UNIT_MISSING = "jevons.unit.missing";
	/** A unit glued to its number ({@code 80GB}; warning). */
	public static final String UNIT_GLUED = "jevons.unit.glued";
	/** A unit starting with e/E glued to a number ({@code 1eV}): read as a broken exponent (syntax error). */
	public static final String NUMBER_EXPONENT_UNIT = "jevons.number.exponentUnit";
	/** A value outside the range its property allows ({@code mfu 1.7}, {@code pue 0.9}, {@code batch 0}). */
	public static final String VALUE_RANGE = "jevons.value.range";
	/** Range bounds out of order ({@code 5 .. 1}, triangular min ≤ mode ≤ max). */
	public static final String RANGE_ORDER = "jevons.range.order";
	/** An inference whose model weights do not fit in the memory it runs on (warning). */
	public static final String INFERENCE_MEMORY = "jevons.inference.memory";
	/** A projection whose last year precedes its first. */
	public static final String PROJECTION_YEARS = "jevons.projection.years";
	/** A projection's {@code energy share} outside (0, 1]. */
	public static final String PROJECTION_ENERGY_SHARE = "jevons.projection.energyShare";
	/** A projection's {@code saturation} at or below the requests its services have today. */
	public static final String PROJECTION_SATURATION = "jevons.projection.saturation";
	/** Too few {@code history} points to fit what the projection leaves to the fit. */
	public static final String PROJECTION_HISTORY_POINTS = "jevons.projection.historyPoints";
	/** {@code history} years not strictly increasing in the order written. */
	public static final String PROJECTION_HISTORY_ORDER = "jevons.projection.historyOrder";
	/** A {@code reference} that names no built-in reference scenario. */
	public static final String PROJECTION_REFERENCE = "jevons.projection.reference";
	/** {@code compare} of a training with an inference. */
	public static final String COMPARE_KINDS = "jevons.compare.kinds";
	/** {@code compare ... per X} with X not request, token or year. */
	public static final String COMPARE_PER = "jevons.compare.per";
	/** {@code compare ... at X} with X not accelerators, facility or lifecycle, or at a boundary per token/year. */
	public static final String COMPARE_BOUNDARY = "jevons.compare.boundary";
	/** An {@code expect} metric its target does not have. */
	public static final String EXPECT_METRIC = "jevons.expect.metric";
	/** An {@code expect} limit whose unit does not measure the metric. */
	public static final String EXPECT_UNIT = "jevons.expect.unit";
	/** A boundary component stated twice ({@code pue} on a node and its datacenter, {@code host} and {@code host share}). */
	public static final String BOUNDARY_DUPLICATE = "jevons.boundary.duplicate";
	/** A share of a boundary ({@code reserve}, {@code development}, {@code host share}) of 100 % or more. */
	public static final String BOUNDARY_SHARE = "jevons.boundary.share";
	/** A training amortised over zero requests or a zero service life, or over something that is neither. */
	public static final String BOUNDARY_AMORTISATION = "jevons.boundary.amortisation";
	/** A {@code vary} of a property path the sweep's workload does not have. */
	public static final String VARY_PROPERTY = "jevons.vary.property";
	/** A {@code usage} column role the language does not know. */
	public static final String USAGE_ROLE = "jevons.usage.role";
	/** The same role given two columns in one {@code usage}. */
	public static final String USAGE_ROLE_DUPLICATE = "jevons.usage.roleDuplicate";
	/** A {@code usage} without a column the attribution needs (model, prompt, answer). */
	public static final String USAGE_COLUMN_MISSING = "jevons.usage.columnMissing";
	/** A {@code map} rule on a role that is not model, provider or region, or whose column is not declared. */
	public static final String USAGE_RULE_KEY = "jevons.usage.ruleKey";
	/** A {@code usage} without {@code map} rules (warning: every row would be unmapped). */
	public static final String USAGE_NO_RULES = "jevons.usage.noRules";
}

package org.jevons.dsl.validation;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.xtext.validation.Check;
import org.jevons.analysis.expect.Metrics;
import org.jevons.dsl.model.Quantities;
import org.jevons.model.energy.Analysis;
import org.jevons.model.energy.Compare;
import org.jevons.model.energy.EnergyPackage;
import org.jevons.model.energy.Expect;
import org.jevons.model.energy.Inference;
import org.jevons.model.energy.Projection;
import org.jevons.model.energy.Training;
import org.jevons.model.energy.Vary;
import org.jevons.model.energy.Workload;
import org.jevons.model.units.Dimension;
import org.jevons.model.units.Unit;

/** The questions asked of workloads: compare, expect and the property paths of vary. */
public class StudyValidator extends AbstractEnergyCheck {

	private static final Set<String> COMPARE_PER = Set.of("request", "token", "year");
	private static final Set<String> COMPARE_AT = Set.of("accelerators", "facility", "lifecycle");

	@Check
	public void checkCompareBoundary(Compare c) {
		String at = c.getBoundary();
		if (at == null) {
			return;
		}
		if (!COMPARE_AT.contains(at)) {
			error("compare ... at " + at + " is not a boundary: write at accelerators, at facility (the default) or at"
					+ " lifecycle", c, EnergyPackage.Literals.COMPARE__BOUNDARY, IssueCodes.COMPARE_BOUNDARY);
		} else if (!"facility".equals(at) && c.getPer() != null && !"request".equals(c.getPer())) {
			error("a comparison at the " + at + " boundary is per request: remove per " + c.getPer(), c,
					EnergyPackage.Literals.COMPARE__BOUNDARY, IssueCodes.COMPARE_BOUNDARY);
		}
	}

	@Check
	public void checkCompare(Compare c) {
		Workload left = c.getLeft();
		Workload right = c.getRight();
		if (left != null && right != null && !left.eIsProxy() && !right.eIsProxy()
				&& (left instanceof Training) != (right instanceof Training)) {
			error("A training cannot be compared with an inference (a training's total energy against an inference's "
					+ "energy per request): compare two trainings or two inferences", c,
					EnergyPackage.Literals.COMPARE__RIGHT, IssueCodes.COMPARE_KINDS);
		}
		if (c.getPer() != null && !COMPARE_PER.contains(c.getPer())) {
			error("compare ... per " + c.getPer() + " is not a basis: write per request (the default), per token or "
					+ "per year", c, EnergyPackage.Literals.COMPARE__PER, IssueCodes.COMPARE_PER);
		}
	}

	@Check
	public void checkExpect(Expect e) {
		Analysis target = e.getTarget();
		if (target == null || target.eIsProxy() || e.getMetric() == null) {
			return;
		}
		Optional<Metrics.Target> kind = target instanceof Training ? Optional.of(Metrics.Target.TRAINING)
				: target instanceof Inference ? Optional.of(Metrics.Target.INFERENCE)
						: target instanceof Projection ? Optional.of(Metrics.Target.PROJECTION) : Optional.empty();
		String kindName = target.eClass().getName().toLowerCase(java.util.Locale.ROOT);
		String written = e.getMetric() + (e.getPer() == null ? "" : " per " + e.getPer())
				+ (e.getYear() == null ? "" : " in YEAR");
		Optional<Metrics.Metric> metric = kind.flatMap(k -> Metrics.find(k, written));
		if (metric.isEmpty()) {
			String valid = kind.isEmpty() ? "a sweep has no budget metrics; expect a training, inference or projection"
					: "metrics of " + Kinds.article(kindName) + ": "
							+ String.join(", ", Metrics.of(kind.get()).stream().map(Metrics.Metric::written).toList());
			error("'" + written.replace("YEAR", e.getYear() == null ? "" : yearText(e)) + "' is not a metric of "
					+ kindName + " " + Kinds.name(target) + "; " + valid, e, EnergyPackage.Literals.EXPECT__METRIC,
					IssueCodes.EXPECT_METRIC);
			return;
		}
		if (e.getBound() == null) {
			return;
		}
		List<Dimension> dimensions = limitDimensions(metric.get());
		String shown = Metrics.withoutStatistic(written);
		Optional<Unit> unit = Quantities.unit(e.getBound());
		if (unit.isEmpty()) {
			error("Unknown unit '" + e.getBound().getUnit() + "': the limit of " + shown + " is "
					+ Kinds.describe(dimensions.get(0)), e.getBound(), EnergyPackage.Literals.QUANTITY__UNIT,
					IssueCodes.UNIT_UNKNOWN);
		} else if (!dimensions.contains(unit.get().dimension())) {
			String given = Quantities.isBare(e.getBound()) ? "a bare number"
					: Kinds.article(unit.get().dimension().toString()) + " (" + e.getBound().getUnit() + ")";
			error("The limit of " + shown.replace("YEAR", yearText(e)) + " must be "
					+ Kinds.describe(dimensions.get(0)) + ", not " + given, e, EnergyPackage.Literals.EXPECT__BOUND,
					IssueCodes.EXPECT_UNIT);
		}
	}

	/** The dimensions a limit of this metric may have, in the units' terms. */
	static List<Dimension> limitDimensions(Metrics.Metric metric) {
		Dimension amount = switch (metric.dimension()) {
		case ENERGY -> Dimension.ENERGY;
		case MASS_CO2E -> Dimension.CO2E;
		case WATER -> Dimension.WATER;
		case CURRENCY -> Dimension.MONEY;
		case TIME -> Dimension.TIME;
		case POWER -> Dimension.POWER;
		case COMPUTE -> Dimension.COMPUTE;
		case TOKENS -> Dimension.TOKEN;
		case DATA -> Dimension.DATA;
		case RATIO -> Dimension.NONE;
		};
		return switch (metric.alternative()) {
		case NONE -> List.of(amount);
		case RATE -> List.of(amount, amount.divide(Dimension.TIME));
		case PER_TOKEN -> List.of(amount, amount.divide(Dimension.TOKEN));
		};
	}

	@Check
	public void checkVaryPath(Vary v) {
		VaryPaths.resolve(v).problem().ifPresent(
				problem -> error(problem, v, EnergyPackage.Literals.VARY__PROPERTY, IssueCodes.VARY_PROPERTY));
	}

	private static String yearText(Expect e) {
		return e.getYear() == null ? "" : Quantities.nominal(e.getYear()).map(Kinds::number).orElse("");
	}
}

package org.jevons.dsl.validation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.xtext.validation.Check;
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

	/** Metrics (as `metric[ per X][ in YEAR]`) of each target kind, with the dimensions a limit may have. */
	private static final Map<String, List<Dimension>> TRAINING = new LinkedHashMap<>();
	private static final Map<String, List<Dimension>> INFERENCE = new LinkedHashMap<>();
	private static final Map<String, List<Dimension>> PROJECTION = new LinkedHashMap<>();

	static {
		TRAINING.put("energy", List.of(Dimension.ENERGY));
		TRAINING.put("it energy", List.of(Dimension.ENERGY));
		TRAINING.put("carbon", List.of(Dimension.CO2E));
		TRAINING.put("water", List.of(Dimension.WATER));
		TRAINING.put("cost", List.of(Dimension.MONEY));
		TRAINING.put("accelerator-hours", List.of(Dimension.TIME));
		INFERENCE.put("energy per request", List.of(Dimension.ENERGY));
		INFERENCE.put("energy per token", List.of(Dimension.ENERGY, Dimension.ENERGY_PER_TOKEN));
		INFERENCE.put("energy per year", List.of(Dimension.ENERGY, Dimension.POWER));
		INFERENCE.put("carbon per year", List.of(Dimension.CO2E, Dimension.CO2E.divide(Dimension.TIME)));
		INFERENCE.put("water per year", List.of(Dimension.WATER, Dimension.WATER.divide(Dimension.TIME)));
		INFERENCE.put("cost per year", List.of(Dimension.MONEY, Dimension.MONEY.divide(Dimension.TIME)));
		// boundary components and lifecycle totals (docs/methodology.md, Boundaries): a figure at a chosen boundary
		for (String component : List.of("accelerator", "host", "reserve", "overhead", "lifecycle")) {
			TRAINING.put(component + " energy", List.of(Dimension.ENERGY));
			INFERENCE.put(component + " energy per request", List.of(Dimension.ENERGY));
		}
		TRAINING.put("development energy", List.of(Dimension.ENERGY));
		INFERENCE.put("training energy per request", List.of(Dimension.ENERGY));
		for (String carbon : List.of("market carbon", "embodied carbon", "lifecycle carbon")) {
			TRAINING.put(carbon, List.of(Dimension.CO2E));
			INFERENCE.put(carbon + " per request", List.of(Dimension.CO2E));
		}
		INFERENCE.put("carbon per request", List.of(Dimension.CO2E));
		INFERENCE.put("training carbon per request", List.of(Dimension.CO2E));
		for (String water : List.of("onsite water", "offsite water")) {
			TRAINING.put(water, List.of(Dimension.WATER));
			INFERENCE.put(water + " per request", List.of(Dimension.WATER));
		}
		PROJECTION.put("energy in YEAR", List.of(Dimension.ENERGY));
		PROJECTION.put("carbon in YEAR", List.of(Dimension.CO2E));
		PROJECTION.put("rebound", List.of(Dimension.NONE));
	}

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
		Map<String, List<Dimension>> metrics = target instanceof Training ? TRAINING
				: target instanceof Inference ? INFERENCE : target instanceof Projection ? PROJECTION : Map.of();
		String kind = target.eClass().getName().toLowerCase(java.util.Locale.ROOT);
		String written = e.getMetric() + (e.getPer() == null ? "" : " per " + e.getPer())
				+ (e.getYear() == null ? "" : " in YEAR");
		List<Dimension> dimensions = metrics.get(written);
		if (dimensions == null) {
			String valid = metrics.isEmpty() ? "a sweep has no budget metrics; expect a training, inference or projection"
					: "metrics of " + Kinds.article(kind) + ": " + String.join(", ", metrics.keySet());
			error("'" + written.replace("YEAR", e.getYear() == null ? "" : yearText(e)) + "' is not a metric of "
					+ kind + " " + Kinds.name(target) + "; " + valid, e, EnergyPackage.Literals.EXPECT__METRIC,
					IssueCodes.EXPECT_METRIC);
			return;
		}
		if (e.getBound() == null) {
			return;
		}
		Optional<Unit> unit = Quantities.unit(e.getBound());
		if (unit.isEmpty()) {
			error("Unknown unit '" + e.getBound().getUnit() + "': the limit of " + written + " is "
					+ Kinds.describe(dimensions.get(0)), e.getBound(), EnergyPackage.Literals.QUANTITY__UNIT,
					IssueCodes.UNIT_UNKNOWN);
		} else if (!dimensions.contains(unit.get().dimension())) {
			String given = Quantities.isBare(e.getBound()) ? "a bare number"
					: Kinds.article(unit.get().dimension().toString()) + " (" + e.getBound().getUnit() + ")";
			error("The limit of " + written.replace("YEAR", yearText(e)) + " must be "
					+ Kinds.describe(dimensions.get(0)) + ", not " + given, e, EnergyPackage.Literals.EXPECT__BOUND,
					IssueCodes.EXPECT_UNIT);
		}
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

package org.jevons.dsl.validation;

import java.util.Optional;

import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.jevons.dsl.model.Quantities;
import org.jevons.model.energy.AcceleratorsProperty;
import org.jevons.model.energy.AdoptionProperty;
import org.jevons.model.energy.EnergyPackage;
import org.jevons.model.energy.ExpertsProperty;
import org.jevons.model.energy.OnProperty;
import org.jevons.model.energy.PeakProperty;
import org.jevons.model.energy.Quantity;
import org.jevons.model.energy.QuantityProperty;
import org.jevons.model.energy.Vary;
import org.jevons.model.energy.BaselineProperty;
import org.jevons.model.energy.HistoryProperty;
import org.jevons.model.energy.ServiceProperty;
import org.jevons.model.energy.YearsProperty;
import org.jevons.model.properties.PropertyCatalog;
import org.jevons.model.properties.PropertyInfo;
import org.jevons.model.units.Dimension;
import org.jevons.model.units.Unit;
import org.jevons.model.units.Units;

/** Units: known symbols, the dimension each property expects, bare numbers, units glued to their number. */
public class UnitValidator extends AbstractEnergyCheck {

	@Check
	public void checkQuantityProperty(QuantityProperty p) {
		if (p.getKey() == null || p.getValue() == null) {
			return;
		}
		Kinds.declarationOf(p).flatMap(Kinds::of).flatMap(k -> PropertyCatalog.find(k, p.getKey()))
				.ifPresent(info -> checkQuantity(p.getValue(), info.key(), info.dimension(), info.countLike()));
	}

	@Check
	public void checkPeak(PeakProperty p) {
		checkQuantity(p.getValue(), "peak", Dimension.COMPUTE_RATE, false);
	}

	@Check
	public void checkCounts(AcceleratorsProperty p) {
		checkQuantity(p.getCount(), "the number of accelerators", Dimension.NONE, false);
	}

	@Check
	public void checkCounts(OnProperty p) {
		checkQuantity(p.getCount(), "the number of accelerators or nodes", Dimension.NONE, false);
	}

	@Check
	public void checkCounts(ExpertsProperty p) {
		checkQuantity(p.getTotal(), "experts", Dimension.NONE, false);
		checkQuantity(p.getRouted(), "routed", Dimension.NONE, false);
	}

	@Check
	public void checkYears(YearsProperty p) {
		checkQuantity(p.getFrom(), "years", Dimension.NONE, false);
		checkQuantity(p.getTo(), "years", Dimension.NONE, false);
	}

	@Check
	public void checkAdoption(AdoptionProperty p) {
		checkQuantity(p.getFrom(), "reasoning share", Dimension.NONE, false);
		checkQuantity(p.getTo(), "reasoning share", Dimension.NONE, false);
		checkQuantity(p.getMidpoint(), "midpoint (a year)", Dimension.NONE, false);
	}

	@Check
	public void checkService(ServiceProperty s) {
		checkQuantity(s.getGrowth(), "growth", Dimension.RATE, false);
	}

	@Check
	public void checkBaseline(BaselineProperty b) {
		checkQuantity(b.getEnergy(), "baseline", Dimension.POWER, false);
		checkQuantity(b.getGrowth(), "growth", Dimension.RATE, false);
	}

	/** Demand and price of history points only need known units: the fit uses their ratios. */
	@Check
	public void checkHistory(HistoryProperty h) {
		checkQuantity(h.getYear(), "a history year", Dimension.NONE, false);
		for (Quantity q : java.util.Arrays.asList(h.getDemand(), h.getPrice())) {
			if (q != null) {
				checkQuantity(q, "a history value", Quantities.unit(q).map(Unit::dimension).orElse(Dimension.NONE), true);
			}
		}
	}

	@Check
	public void checkVary(Vary v) {
		Optional<PropertyInfo> info = VaryPaths.resolve(v).info();
		if (info.isEmpty()) {
			return;
		}
		String what = v.getProperty();
		Dimension d = info.get().dimension();
		boolean count = info.get().countLike();
		checkQuantity(v.getFrom(), what, d, count);
		checkQuantity(v.getTo(), what, d, count);
		// a bare step takes the unit of the range (`from 0 to 8000 tokens step 100`)
		if (v.getStep() != null && !Quantities.isBare(v.getStep())) {
			checkQuantity(v.getStep(), what, d, count);
		}
		for (Quantity q : v.getValues()) {
			checkQuantity(q, what, d, count);
		}
	}

	/** A unit glued to its number: legal (the longest number is read first) but easy to misread. */
	@Check
	public void checkGluedUnit(Quantity q) {
		if (Quantities.isBare(q)) {
			return;
		}
		INode whole = NodeModelUtils.getNode(q);
		Optional<INode> unitNode = whole == null ? Optional.empty()
				: unitNode(whole).or(() -> NodeModelUtils.findNodesForFeature(q, EnergyPackage.Literals.QUANTITY__UNIT)
						.stream().findFirst());
		if (whole == null || unitNode.isEmpty()) {
			return;
		}
		String text = whole.getRootNode().getText();
		int unitStart = unitNode.get().getOffset();
		// the common case (a space before the unit) first: the quantity's own offset costs a walk over its leaves
		if (unitStart == 0 || Character.isWhitespace(text.charAt(unitStart - 1)) || text.charAt(unitStart - 1) == '/'
				|| unitStart <= whole.getOffset()) {
			return;
		}
		String number = text.substring(whole.getOffset(), unitStart).strip();
		String unit = q.getUnit();
		String suggestion = number + " " + unit;
		char last = number.charAt(number.length() - 1);
		// `14.8TB` is read as 14.8T × B; the writer meant 14.8 TB, the same value
		if ("kMBT".indexOf(last) >= 0 && Units.parse(last + unit).isPresent()) {
			suggestion = number.substring(0, number.length() - 1) + " " + last + unit;
		}
		warning("Write a space between a number and its unit: " + suggestion, q, EnergyPackage.Literals.QUANTITY__UNIT,
				IssueCodes.UNIT_GLUED);
	}

	/**
	 * The node of a quantity's unit among the quantity's own children. The unit ends the quantity ({@code first .. second .. third unit}), so the
	 * search runs from the last child: NodeModelUtils.findNodesForFeature tested every child, and this check runs
	 * on every quantity of a file.
	 */
	private static Optional<INode> unitNode(INode quantity) {
		if (!(quantity instanceof ICompositeNode composite)) {
			return Optional.empty();
		}
		for (INode child : composite.getChildren().reverse()) {
			Assignment assignment = GrammarUtil.containingAssignment(child.getGrammarElement());
			if (assignment != null && EnergyPackage.Literals.QUANTITY__UNIT.getName().equals(assignment.getFeature())) {
				return Optional.of(child);
			}
		}
		return Optional.empty();
	}

	/** Checks one quantity against the dimension of what it measures; null-safe for partially parsed models. */
	void checkQuantity(Quantity q, String what, Dimension expected, boolean countLike) {
		if (q == null) {
			return;
		}
		Optional<Unit> unit = Quantities.unit(q);
		if (unit.isEmpty()) {
			String symbol = Units.unknownSymbol(q.getUnit()).orElse(q.getUnit());
			error("Unknown unit '" + symbol + "': " + what + " expects " + Kinds.describe(expected), q,
					EnergyPackage.Literals.QUANTITY__UNIT, IssueCodes.UNIT_UNKNOWN);
			return;
		}
		Dimension given = unit.get().dimension();
		boolean bare = Quantities.isBare(q);
		if (given.equals(expected) || bare && countLike) {
			return;
		}
		if (bare) {
			String example = Quantities.nominal(q).map(Kinds::number).orElse("1") + " "
					+ Units.examples(expected).get(0);
			error(what + " needs a unit: write e.g. " + example + " (" + String.join(", ", Units.examples(expected))
					+ ")", q, null, IssueCodes.UNIT_MISSING);
			return;
		}
		error(what + " expects " + Kinds.describe(expected) + ", not " + Kinds.article(given.toString()) + " ("
				+ q.getUnit() + ")", q, EnergyPackage.Literals.QUANTITY__UNIT, IssueCodes.UNIT_DIMENSION);
	}
}

package org.jevons.analysis.projection;

import java.util.ArrayList;
import java.util.List;

import org.jevons.analysis.Problem;
import org.jevons.analysis.spec.Specs.Observation;
import org.jevons.analysis.spec.Specs.Projection;
import org.jevons.analysis.spec.Specs.Service;
import org.jevons.analysis.spec.Value;

/**
 * The analysis' own checks of a projection's inputs. The language validator reports the same cases with file,
 * line and column while typing; these keep the engine safe for studies built by other front ends.
 */
final class ProjectionChecks {
	private ProjectionChecks() {
	}

	static List<Problem> check(Projection p) {
		List<Problem> problems = new ArrayList<>();
		String name = "projection " + p.name();
		if (p.endYear() < p.startYear()) {
			problems.add(Problem.error(p.origin(), name + ": the last year is before the first"));
		}
		for (Service s : p.allServices()) {
			if (s.workload().requests().isEmpty()) {
				problems.add(Problem.error(p.origin(), name + ": workload " + s.workload().name()
						+ " states no `requests`, the demand the projection starts from"));
			}
		}
		if (p.efficiencyGain().max() >= 1 || p.efficiencyGain().min() < 0) {
			problems.add(Problem.error(p.origin(), name + ": efficiency gain must lie in [0 %, 100 %) per year"));
		}
		if (p.demandGrowth().map(Value::min).orElse(0.0) <= -1) {
			problems.add(Problem.error(p.origin(), name + ": demand growth must be above -100 % per year"));
		}
		Value share = p.pricing().energyShare();
		if (share.min() <= 0 || share.max() > 1) {
			problems.add(Problem.error(p.origin(), name + ": energy share must lie in (0, 1]"));
		}
		if (p.pricing().otherCostTrend().min() <= -1) {
			problems.add(Problem.error(p.origin(), name + ": other cost trend must be above -100 % per year"));
		}
		double today = p.allServices().stream().mapToDouble(s -> s.workload().requests().map(Value::max).orElse(0.0))
				.sum();
		p.saturation().filter(s -> s.min() <= today).ifPresent(s -> problems.add(Problem.error(p.origin(), name
				+ ": saturation must be above today's demand of all services (" + today * 86_400 + " /day)")));
		checkHistory(p, problems, name);
		if (p.reasoningShare().isPresent() && p.allServices().stream().allMatch(s -> s.workload().reasoning().max() == 0)) {
			problems.add(Problem.warning(p.origin(), name + ": a reasoning share is given but workload "
					+ p.workload().name() + " has no reasoning tokens, so reasoning adds no energy"));
		}
		p.reference().filter(r -> ReferenceScenarios.find(r).isEmpty())
				.ifPresent(r -> problems.add(Problem.error(p.origin(), name + ": no reference scenario " + r
						+ "; known: " + String.join(", ", ReferenceScenarios.names()))));
		return problems;
	}

	private static void checkHistory(Projection p, List<Problem> problems, String name) {
		List<Observation> history = p.history();
		if (history.size() == 1) {
			problems.add(Problem.error(history.get(0).origin(), name + ": a fit needs at least two history points"));
		}
		for (int i = 0; i < history.size(); i++) {
			Observation o = history.get(i);
			if (i > 0 && o.year() <= history.get(i - 1).year()) {
				problems.add(Problem.error(o.origin(), name + ": history years must increase (" + o.year()
						+ " follows " + history.get(i - 1).year() + ")"));
			}
			if (!(o.demand() > 0) || !(o.price() > 0)) {
				problems.add(Problem.error(o.origin(), name + ": history demand and price must be positive"));
			}
		}
	}
}

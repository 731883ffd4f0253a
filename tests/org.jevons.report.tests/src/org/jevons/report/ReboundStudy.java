package org.jevons.report;

import static org.jevons.report.Studies.at;
import static org.jevons.report.Studies.chat;
import static org.jevons.report.Studies.datacenter;
import static org.jevons.report.Studies.dense;
import static org.jevons.report.Studies.o;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.jevons.analysis.spec.Specs.Accelerator;
import org.jevons.analysis.spec.Specs.Adoption;
import org.jevons.analysis.spec.Specs.Baseline;
import org.jevons.analysis.spec.Specs.Deployment;
import org.jevons.analysis.spec.Specs.Expectation;
import org.jevons.analysis.spec.Specs.Inference;
import org.jevons.analysis.spec.Specs.Operator;
import org.jevons.analysis.spec.Specs.Precision;
import org.jevons.analysis.spec.Specs.Pricing;
import org.jevons.analysis.spec.Specs.Projection;
import org.jevons.analysis.spec.Specs.Service;
import org.jevons.analysis.spec.Specs.Study;
import org.jevons.analysis.spec.Value;

/**
 * A rebound projection with everything: two services, the price model (energy share, other cost trend,
 * coupled), saturation, a reasoning share, a non-AI baseline, the grid's carbon trend and the IEA base case.
 */
final class ReboundStudy {
	private ReboundStudy() {
	}

	static Study study() {
		String file = "rebound.energy";
		Accelerator h100 = Studies.accelerator("H100", Precision.BF16, 989e12, o(700), o(70), 80e9, 3.35e12,
				Optional.empty());
		Deployment lab = new Deployment(Value.of(1), h100, Optional.empty(),
				Optional.of(datacenter("Lab", 1.1, Value.of(384), Optional.empty())));
		Inference chat = chat("R1_chat", 5, dense("R1_Distill_70B", 70.6e9, Precision.BF16), lab, 1100, 550);
		Inference agents = chat("Agents", 9, dense("Llama_3_3_70B", 70.6e9, Precision.BF16), lab, 0, 2000);
		Projection projection = new Projection("Everything", at(file, 12), chat, 2025, 2035,
				Optional.of(Value.of(0.3)), Value.of(0.2),
				Optional.of(Value.uniform(1.1, 1.8).withSource("elasticity <evidence>")), Optional.of(new Adoption(
						Value.of(0.1), Value.of(0.6), Optional.of(Value.of(2028)))),
				new Pricing(Value.of(0.3), Value.of(-0.25), true), List.of(new Service(agents, o(0.6))),
				o(1e9 / 86_400), Optional.of(new Baseline(Value.of(350 * 3.6e15), Value.of(0.05))), o(-0.04),
				Optional.of("IEA_2025_base"), List.of());
		List<Expectation> expectations = List.of(new Expectation(at(file, 30),
				"expect Everything deviation <= 50 %", "Everything", "deviation", OptionalInt.empty(), Operator.LE,
				0.5));
		return new Study(List.of(), List.of(chat, agents), List.of(), List.of(projection), List.of(),
				expectations);
	}
}

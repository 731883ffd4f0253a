package org.jevons.dsl.tests;

import static org.jevons.dsl.tests.Energy.assertIssue;
import static org.jevons.dsl.tests.Energy.assertNoIssue;
import static org.jevons.dsl.tests.Energy.issues;
import static org.jevons.dsl.tests.Energy.withCode;
import static org.jevons.dsl.tests.Fixtures.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.jevons.dsl.validation.IssueCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Required properties (with inheritance), compare, expect and vary. */
class StructureValidationTest {

	@Test
	void trainingNeedsModelOnAndAWayToStateTheRun() {
		List<Issue> issues = issues("training X { }");
		assertIssue(issues, IssueCodes.PROPERTY_MISSING, Severity.ERROR, "training X needs model");
		assertIssue(issues, IssueCodes.PROPERTY_MISSING, Severity.ERROR, "training X needs on");
		assertIssue(issues, IssueCodes.PROPERTY_MISSING, Severity.ERROR, "tokens and mfu", "accelerator-hours");
		assertIssue(issues(with("training X extends T { mfu 0.3 } training Y { model M on 1 x H100 tokens 1T }")),
				IssueCodes.PROPERTY_MISSING, Severity.ERROR, "training Y", "add mfu");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "tokens 1T mfu 0.3", "accelerator-hours 2.788M h", "duration 14.8 d", "flops 3e23 FLOP mfu 0.3" })
	void trainingStatedEitherWay(String how) {
		assertNoIssue(issues(with("training X { model M on 8 x H100 " + how + " }")), IssueCodes.PROPERTY_MISSING);
	}

	@Test
	void inferenceNeedsModelOnAnswer() {
		List<Issue> issues = issues("inference X { prompt 5 tokens }");
		assertEquals(3, withCode(issues, IssueCodes.PROPERTY_MISSING).size(), Energy.show(issues)::toString);
		assertIssue(issues, IssueCodes.PROPERTY_MISSING, Severity.ERROR, "inference X needs answer: add e.g. answer 500 tokens");
	}

	@Test
	void projectionAndSweepNeedTheirInputs() {
		List<Issue> p = issues("projection X { years 2025 to 2030 }");
		assertEquals(4, withCode(p, IssueCodes.PROPERTY_MISSING).size(), Energy.show(p)::toString);
		assertIssue(p, IssueCodes.PROPERTY_MISSING, Severity.ERROR, "needs elasticity");
		assertIssue(issues(with("sweep X { workload I }")), IssueCodes.PROPERTY_MISSING, Severity.ERROR,
				"varies nothing");
		assertIssue(issues("sweep X { vary batch in 1, 2 }"), IssueCodes.PROPERTY_MISSING, Severity.ERROR,
				"needs workload");
	}

	@Test
	void inheritedPropertiesSatisfyRequirements() {
		List<Issue> issues = issues(with("""
				inference Child extends I { answer 200 tokens }
				projection P2 extends P { elasticity 1.2 }
				sweep S1 { workload I vary batch in 1, 8 }
				sweep S2 extends S1 { }
				model Moe2 extends V3 { parameters 700B }
				"""));
		assertEquals(List.of(), Energy.show(issues));
	}

	@Test
	void moeModelNeedsActive() {
		assertIssue(issues("model X { architecture moe parameters 671B }"), IssueCodes.MODEL_ACTIVE_MISSING,
				Severity.ERROR, "add e.g. active 37B");
		assertNoIssue(issues("model X { architecture dense parameters 70B }"), IssueCodes.MODEL_ACTIVE_MISSING);
		assertIssue(issues("model A { architecture moe active 1B } model B extends A { parameters 2B architecture moe }"
				+ " model C { architecture moe } model D extends C { parameters 1B }"), IssueCodes.MODEL_ACTIVE_MISSING,
				Severity.ERROR);
	}

	@Test
	void compareTrainingWithInferenceIsAnError() {
		assertIssue(issues(with("compare T with I")), IssueCodes.COMPARE_KINDS, Severity.ERROR,
				"cannot be compared");
		assertNoIssue(issues(with("compare I with I\ncompare T with T")), IssueCodes.COMPARE_KINDS);
	}

	@Test
	void compareBasis() {
		assertIssue(issues(with("compare I with I per week")), IssueCodes.COMPARE_PER, Severity.ERROR,
				"per request (the default), per token or per year");
		assertNoIssue(issues(with("compare I with I per request compare I with I per token compare I with I per year")),
				IssueCodes.COMPARE_PER);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "expect T energy <= 2 GWh", "expect T it energy <= 2 GWh", "expect T carbon <= 2000 tCO2e",
			"expect T water <= 5 ML", "expect T cost <= 5M USD", "expect T accelerator-hours < 3M h",
			"expect I energy per request <= 5 Wh", "expect I energy per token <= 0.4 J/token",
			"expect I energy per token <= 1 J", "expect I energy per year <= 50 GWh", "expect I carbon per year <= 5 tCO2e",
			"expect I water per year <= 1 ML", "expect I cost per year <= 1M USD", "expect P energy in 2030 <= 50 TWh",
			"expect P carbon in 2030 <= 5 MtCO2e", "expect P rebound < 1", "expect P rebound < 100 %" })
	void validExpectations(String expect) {
		List<Issue> issues = issues(with(expect));
		assertNoIssue(issues, IssueCodes.EXPECT_METRIC);
		assertNoIssue(issues, IssueCodes.EXPECT_UNIT);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "expect I energy <= 5 Wh", "expect T energy per request <= 5 Wh",
			"expect P energy <= 5 TWh", "expect I energy in 2030 <= 5 TWh", "expect T speed <= 5 Wh",
			"expect P rebound in 2030 < 1" })
	void unknownMetric(String expect) {
		assertIssue(issues(with(expect)), IssueCodes.EXPECT_METRIC, Severity.ERROR, "is not a metric of");
	}

	@Test
	void unknownMetricListsTheValidOnes() {
		assertIssue(issues(with("expect I energy <= 5 Wh")), IssueCodes.EXPECT_METRIC, Severity.ERROR,
				"metrics of an inference: energy per request, energy per token");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "expect I energy per request <= 5 W", "expect T carbon <= 5 kWh",
			"expect T accelerator-hours <= 3M", "expect T cost <= 5 kWh", "expect P rebound < 1 Wh",
			"expect P energy in 2030 <= 50 tCO2e" })
	void limitOfTheWrongDimension(String expect) {
		assertIssue(issues(with(expect)), IssueCodes.EXPECT_UNIT, Severity.ERROR, "must be");
	}

	@Test
	void limitMessage() {
		Issue i = assertIssue(issues(with("expect I energy per request <= 5 W")), IssueCodes.EXPECT_UNIT,
				Severity.ERROR);
		assertEquals("The limit of energy per request must be an energy (J, kJ, Wh, kWh, MWh, GWh, TWh), not a power (W)",
				i.getMessage());
	}

	@Test
	void varyOfAnUnknownPropertyPath() {
		assertIssue(issues(with("sweep X { workload I vary foo in 1, 2 }")), IssueCodes.VARY_PROPERTY, Severity.ERROR,
				"'foo' is not a numeric property of the inference I", "batch");
		assertIssue(issues(with("sweep X { workload I vary model.foo in 1, 2 }")), IssueCodes.VARY_PROPERTY,
				Severity.ERROR, "of a model");
		assertIssue(issues(with("sweep X { workload I vary a.b.c in 1, 2 }")), IssueCodes.VARY_PROPERTY,
				Severity.ERROR, "not a property path");
		assertIssue(issues(with("sweep X { workload I vary model in 1, 2 }")), IssueCodes.VARY_PROPERTY,
				Severity.ERROR);
		assertIssue(issues(with("sweep X { workload T vary answer in 1, 2 }")), IssueCodes.VARY_PROPERTY,
				Severity.ERROR, "training T");
	}

	@Test
	void varyOfKnownPropertyPaths() {
		List<Issue> issues = issues(with("""
				sweep X {
				    workload I
				    vary reasoning from 0 to 8000 tokens step 100
				    vary batch in 1, 8, 32, 128
				    vary mfu from 0.2 to 0.5 step 0.05
				    vary average power from 300 W to 700 W
				    vary model.active from 10B to 100B step 10B
				    vary accelerator.power in 500 W, 700 W
				    vary datacenter.pue in 1.1, 1.5
				}
				sweep Y { workload T vary tokens in 1T, 2T }
				"""));
		assertEquals(List.of(), Energy.show(issues));
		assertIssue(issues(with("sweep X { workload I vary batch in 1 W, 2 W }")), IssueCodes.UNIT_DIMENSION,
				Severity.ERROR, "batch expects a plain number (a bare number, or %), not a power (W)");
	}
}

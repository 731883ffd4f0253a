package org.jevons.dsl.tests;

import static org.jevons.dsl.tests.Energy.assertIssue;
import static org.jevons.dsl.tests.Energy.assertNoErrors;
import static org.jevons.dsl.tests.Energy.assertNoIssue;
import static org.jevons.dsl.tests.Energy.issues;
import static org.jevons.dsl.tests.Fixtures.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.jevons.dsl.validation.IssueCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Units, dimensions and value ranges. */
class ValueValidationTest {

	@Test
	void theFixtureIsValid() {
		List<Issue> issues = issues(Fixtures.WORLD);
		assertEquals(List.of(), Energy.show(issues));
	}

	@Test
	void wrongDimensionNamesTheExpectedOneAndItsUnits() {
		Issue i = assertIssue(issues("accelerator A { power 989 TFLOP/s }"), IssueCodes.UNIT_DIMENSION, Severity.ERROR);
		assertEquals("power expects a power (W, kW, MW), not a compute rate (TFLOP/s)", i.getMessage());
		assertIssue(issues("datacenter D { pue 1.2 kW }"), IssueCodes.UNIT_DIMENSION, Severity.ERROR,
				"pue expects a plain number (a bare number, or %)");
		assertIssue(issues("grid G { carbon 560 g/kWh }"), IssueCodes.UNIT_UNKNOWN, Severity.ERROR, "'g'");
		assertIssue(issues("accelerator A { peak bf16 989 TB/s }"), IssueCodes.UNIT_DIMENSION, Severity.ERROR,
				"peak expects a compute rate (TFLOP/s");
		assertIssue(issues("inference I { prompt 150 W }"), IssueCodes.UNIT_DIMENSION, Severity.ERROR,
				"prompt expects a number of tokens");
	}

	@Test
	void unknownUnitSymbol() {
		Issue i = assertIssue(issues("accelerator A { power 700 Wattz }"), IssueCodes.UNIT_UNKNOWN, Severity.ERROR);
		assertEquals("Unknown unit 'Wattz': power expects a power (W, kW, MW)", i.getMessage());
	}

	@Test
	void bareNumberWhereAUnitIsRequired() {
		Issue i = assertIssue(issues("accelerator A { power 700 }"), IssueCodes.UNIT_MISSING, Severity.ERROR);
		assertEquals("power needs a unit: write e.g. 700 W (W, kW, MW)", i.getMessage());
		assertIssue(issues("inference I { requests 1M }"), IssueCodes.UNIT_MISSING, Severity.ERROR, "/day");
	}

	@Test
	void countLikeTokenPropertiesAcceptBareNumbers() {
		List<Issue> issues = issues("inference I { prompt 150  reasoning 600 .. 1100 .. 3000  answer 500 context 4k }"
				+ " training T { tokens 14.8T }");
		assertNoIssue(issues, IssueCodes.UNIT_MISSING);
		assertNoIssue(issues, IssueCodes.UNIT_DIMENSION);
	}

	@Test
	void gluedUnitIsAWarningThatShowsTheSpacedForm() {
		Issue i = assertIssue(issues("accelerator A { memory 80GB }"), IssueCodes.UNIT_GLUED, Severity.WARNING);
		assertEquals("Write a space between a number and its unit: 80 GB", i.getMessage());
		assertIssue(issues("accelerator A { memory 14.8TB }"), IssueCodes.UNIT_GLUED, Severity.WARNING, ": 14.8 TB");
		assertIssue(issues("accelerator A { bandwidth 3.35TB/s }"), IssueCodes.UNIT_GLUED, Severity.WARNING,
				": 3.35 TB/s");
		assertIssue(issues("inference I { requests 10M/day }"), IssueCodes.UNIT_GLUED, Severity.WARNING, "10M /day");
		assertNoIssue(issues("accelerator A { memory 80 GB } inference I { requests 10M /day }"),
				IssueCodes.UNIT_GLUED);
	}

	@Test
	void servingShapePropertiesParseWithTheirDimensions() {
		List<Issue> issues = issues("model M { parameters 8B layers 36 hidden 4096 attention layers 36"
				+ " attention width 4096 window 1024 tokens local share 83 % state 50 MB kv 144 kB/token }"
				+ " accelerator H { peak bf16 989 TFLOP/s power 700 W memory 80 GB bandwidth 3.35 TB/s }"
				+ " inference I { model M on 1 x H prompt 10 answer 500 weights fp4 precision bf16 latency 50 ms }");
		assertEquals(List.of(), Energy.show(issues));
	}

	@Test
	void negativeOrZeroServingShapeIsAnErrorWithItsPosition() {
		Issue layers = assertIssue(issues("model M { parameters 8B layers -2 }"), IssueCodes.VALUE_RANGE, Severity.ERROR);
		assertEquals("layers must be positive, not -2", layers.getMessage());
		assertEquals(1, layers.getLineNumber());
		assertEquals(32, layers.getColumn());
		assertIssue(issues("model M { parameters 8B attention width 0 }"), IssueCodes.VALUE_RANGE, Severity.ERROR,
				"attention width must be positive, not 0");
		assertIssue(issues("inference I { latency 0 ms }"), IssueCodes.VALUE_RANGE, Severity.ERROR,
				"latency must be positive");
		Issue share = assertIssue(issues("model M { parameters 8B local share 120 % }"), IssueCodes.VALUE_RANGE,
				Severity.ERROR);
		assertEquals("local share is the share of attention layers with a window: at most 1 (100 %), not 1.2",
				share.getMessage());
		assertIssue(issues("inference I { latency 50 W }"), IssueCodes.UNIT_DIMENSION, Severity.ERROR,
				"latency expects a time");
	}

	@Test
	void exponentLikeGluedUnitIsASyntaxErrorWithItsOwnCode() {
		List<Issue> issues = issues("accelerator A { power 1eV }");
		assertIssue(issues, IssueCodes.NUMBER_EXPONENT_UNIT, Severity.ERROR, "1 eV");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "training X { mfu 1.7 }", "training X { mfu 0 }", "inference X { mbu 120 % }",
			"datacenter X { pue 0.9 }", "inference X { prompt -5 tokens }", "training X { tokens -1T }",
			"inference X { batch 0 }", "datacenter X { wue -1 L/kWh }", "grid X { carbon -1 gCO2e/kWh }",
			"accelerator X { power -700 W }", "model X { parameters 0 }", "node X { accelerators 0 x H100 }",
			"training X { on 0 x H100 }", "model X { experts 8 routed 9 }",
			"projection X { reasoning share 0 % -> 60 % }", "projection X { reasoning share 10 % -> 120 % }",
			"sweep X { vary batch from 1 to 8 step 0 }" })
	void outOfRange(String declaration) {
		assertIssue(issues(with(declaration)), IssueCodes.VALUE_RANGE, Severity.ERROR);
	}

	@Test
	void rangeMessagesQuoteTheValueAsWritten() {
		assertIssue(issues("datacenter X { pue 0.9 }"), IssueCodes.VALUE_RANGE, Severity.ERROR,
				"pue must be at least 1", "not 0.9");
		assertIssue(issues("training X { mfu 1.7 }"), IssueCodes.VALUE_RANGE, Severity.ERROR, "(0, 1]", "1.7");
		assertIssue(issues("datacenter X { wue -1 L/kWh }"), IssueCodes.VALUE_RANGE, Severity.ERROR,
				"wue cannot be negative, not -1 L/kWh");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "training X { mfu 40 % }", "training X { mfu 1 }", "datacenter X { pue 1 }",
			"inference X { reasoning 0 tokens }", "projection X { demand growth -5 %/year }",
			"projection X { reasoning share 10 % -> 100 % midpoint 2028 }" })
	void inRange(String declaration) {
		assertNoIssue(issues(with(declaration)), IssueCodes.VALUE_RANGE);
	}

	@Test
	void rangeBoundsInOrder() {
		assertIssue(issues("training X { mfu 0.5 .. 0.3 }"), IssueCodes.RANGE_ORDER, Severity.ERROR, "0.3 .. 0.5");
		assertIssue(issues("inference X { reasoning 600 .. 3000 .. 1100 tokens }"), IssueCodes.RANGE_ORDER,
				Severity.ERROR, "min <= most likely <= max");
		assertIssue(issues(with("sweep X { workload I vary batch from 8 to 1 }")), IssueCodes.RANGE_ORDER,
				Severity.ERROR);
		assertNoIssue(issues("inference X { reasoning 600 .. 600 .. 3000 tokens }"), IssueCodes.RANGE_ORDER);
	}

	@Test
	void activeAtMostParameters() {
		assertIssue(issues("model X { architecture moe parameters 37B active 671B }"), IssueCodes.MODEL_ACTIVE_EXCEEDS,
				Severity.ERROR, "active (671000000000) cannot exceed parameters (37000000000)");
		assertIssue(issues("model A { parameters 7B } model B extends A { active 8B }"),
				IssueCodes.MODEL_ACTIVE_EXCEEDS, Severity.ERROR);
	}

	@Test
	void projectionYearsInOrder() {
		assertIssue(issues(with("projection X extends P { years 2035 to 2025 }")), IssueCodes.PROJECTION_YEARS,
				Severity.ERROR, "write years 2025 to 2035");
	}

	@Test
	void weightsThatDoNotFitAreAWarningOnTheInference() {
		Issue i = assertIssue(issues(with("inference X extends I { model V3 on 1 x H100 }")),
				IssueCodes.INFERENCE_MEMORY, Severity.WARNING, "671 GB", "80 GB", "fp8", "on 9 x");
		assertEquals(9, i.getLineNumber());
		// a node holds 8 x 80 GB = 640 GB: still short of 671 GB; two nodes are enough
		assertIssue(issues(with("inference X extends I { model V3 on 1 x HGX }")), IssueCodes.INFERENCE_MEMORY,
				Severity.WARNING, "640 GB");
		assertNoIssue(issues(with("inference X extends I { model V3 on 2 x HGX }")), IssueCodes.INFERENCE_MEMORY);
		// 70B at bf16 = 140 GB: two H100 hold it, one does not, fp8 makes it fit
		assertNoIssue(issues(Fixtures.WORLD), IssueCodes.INFERENCE_MEMORY);
		assertIssue(issues(with("inference X extends I { on 1 x H100 }")), IssueCodes.INFERENCE_MEMORY,
				Severity.WARNING, "140 GB", "bf16");
		assertNoIssue(issues(with("inference X extends I { on 1 x H100 precision fp8 }")),
				IssueCodes.INFERENCE_MEMORY);
		assertIssue(issues(with("inference X extends I { on 1 x H100 precision fp32 }")), IssueCodes.INFERENCE_MEMORY,
				Severity.WARNING, "280 GB");
	}

	@Test
	void aValidWorldHasNoErrors() {
		assertNoErrors(issues(with("compare I with I per token\nexpect I energy per request <= 5 Wh")));
	}
}

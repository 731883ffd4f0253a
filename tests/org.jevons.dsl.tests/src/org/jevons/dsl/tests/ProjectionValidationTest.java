package org.jevons.dsl.tests;

import static org.jevons.dsl.tests.Energy.assertIssue;
import static org.jevons.dsl.tests.Energy.assertNoErrors;
import static org.jevons.dsl.tests.Energy.issues;
import static org.jevons.dsl.tests.Fixtures.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.jevons.dsl.validation.IssueCodes;
import org.junit.jupiter.api.Test;

/** The rebound projection's price model, services, baseline, reference and history: valid forms and bad input. */
class ProjectionValidationTest {
	/** After the fixture world's 8 lines: text given to {@code with} starts on line 9. */
	static final String FULL = """
			inference Agents extends I { answer 2000 tokens  requests 100k /day }
			projection Full {
			    workload I
			    service Agents growth 60 %/year
			    years 2025 to 2035
			    demand growth 30 %/year
			    efficiency gain 20 %/year
			    elasticity 1.2 .. 1.8
			    energy share 30 %               source "assumed"
			    other cost trend -30 %/year
			    coupled
			    saturation 50M /day
			    baseline 300 TWh/year growth 2 %/year
			    carbon trend -5 %/year
			    reference IEA_2025_base
			}
			expect Full deviation <= 50 %
			expect Full rebound < 1
			""";

	@Test
	void theFullProjectionIsValid() {
		assertNoErrors(issues(with(FULL)));
	}

	@Test
	void historyReplacesGrowthAndElasticity() {
		assertNoErrors(issues(with("""
				projection Fitted {
				    workload I
				    years 2025 to 2030
				    efficiency gain 20 %/year
				    history 2022 demand 1M /day price 60 USD
				    history 2023 demand 5M /day price 20 USD
				    history 2024 demand 30M /day price 4 USD
				}
				""")));
	}

	@Test
	void energyShareOutsideTheUnitInterval() {
		Issue i = assertIssue(issues(with("projection Q extends P {\n  energy share 130 %\n}")),
				IssueCodes.PROJECTION_ENERGY_SHARE, Severity.ERROR);
		assertEquals("energy share is the energy cost's share of a request's price and must lie in (0, 1] (e.g. 30 %),"
				+ " not 1.3", i.getMessage());
		assertEquals(10, i.getLineNumber());
		assertEquals(16, i.getColumn());
		assertIssue(issues(with("projection Q extends P { energy share 0 }")), IssueCodes.PROJECTION_ENERGY_SHARE,
				Severity.ERROR, "not 0");
	}

	@Test
	void saturationBelowTodaysDemand() {
		Issue i = assertIssue(issues(with("projection Q extends P {\n  saturation 500k /day\n}")),
				IssueCodes.PROJECTION_SATURATION, Severity.ERROR);
		assertEquals("saturation is the ceiling of demand and must lie above the requests of the projection's "
				+ "services today (1000000 /day)", i.getMessage());
		assertEquals(10, i.getLineNumber());
		assertEquals(14, i.getColumn());
	}

	@Test
	void tooFewHistoryPoints() {
		Issue i = assertIssue(issues(with("""
				projection Q {
				  workload I  years 2025 to 2030  efficiency gain 20 %/year
				  history 2023 demand 1M /day price 10 USD
				  history 2024 demand 3M /day price 5 USD
				}
				""")), IssueCodes.PROJECTION_HISTORY_POINTS, Severity.ERROR);
		assertEquals("A fit needs at least 3 history points to fit demand growth and elasticity together (or state "
				+ "demand growth and give 2); Q has 2", i.getMessage());
		assertEquals(11, i.getLineNumber());
		assertEquals(11, i.getColumn());
		assertIssue(issues(with("projection Q extends P { history 2023 demand 1M /day price 10 USD }")),
				IssueCodes.PROJECTION_HISTORY_POINTS, Severity.ERROR, "at least 2 history points; Q has 1");
	}

	@Test
	void historyYearsOutOfOrder() {
		Issue i = assertIssue(issues(with("""
				projection Q extends P {
				  history 2024 demand 1M /day price 10 USD
				  history 2023 demand 3M /day price 5 USD
				}
				""")), IssueCodes.PROJECTION_HISTORY_ORDER, Severity.ERROR);
		assertEquals("history years must increase: 2023 follows 2024", i.getMessage());
		assertEquals(11, i.getLineNumber());
		assertEquals(11, i.getColumn());
	}

	@Test
	void unknownReferenceScenario() {
		Issue i = assertIssue(issues(with("projection Q extends P { reference IEA_2040 }")),
				IssueCodes.PROJECTION_REFERENCE, Severity.ERROR);
		assertEquals("No reference scenario IEA_2040; the built-in ones are IEA_2025_base, IEA_2025_lift_off, "
				+ "LBNL_2024_US", i.getMessage());
	}

	@Test
	void baselineAndServiceGrowthAreDimensionChecked() {
		assertIssue(issues(with("projection Q extends P { baseline 300 TWh }")), IssueCodes.UNIT_DIMENSION,
				Severity.ERROR, "baseline expects a power");
		assertIssue(issues(with("projection Q extends P { service I growth 3 TWh }")), IssueCodes.UNIT_DIMENSION,
				Severity.ERROR, "growth expects");
	}

	@Test
	void demandGrowthIsRequiredWithoutHistory() {
		List<Issue> issues = issues(with("projection Q { workload I years 2025 to 2030 efficiency gain 20 %/year }"));
		assertIssue(issues, IssueCodes.PROPERTY_MISSING, Severity.ERROR, "needs demand growth");
		assertIssue(issues, IssueCodes.PROPERTY_MISSING, Severity.ERROR, "needs elasticity");
	}
}

package org.jevons.dsl.tests;

import static org.jevons.dsl.tests.Energy.assertIssue;
import static org.jevons.dsl.tests.Energy.assertNoIssue;
import static org.jevons.dsl.tests.Energy.assertNoErrors;
import static org.jevons.dsl.tests.Energy.issues;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.jevons.analysis.AnalysisResult;
import org.jevons.analysis.Figure;
import org.jevons.analysis.Settings;
import org.jevons.analysis.StudyAnalysis;
import org.jevons.analysis.StudyResult;
import org.jevons.analysis.Waterfall;
import org.jevons.analysis.WorkloadResult;
import org.jevons.dsl.study.StudyBuilder;
import org.jevons.dsl.validation.IssueCodes;
import org.junit.jupiter.api.Test;

/**
 * Boundaries and lifecycle (docs/methodology.md, Boundaries): each component of a training and an inference against
 * a hand computation, the waterfall's order and total, and the diagnostics of a boundary stated badly.
 */
class BoundaryTest {
	private static final double KWH = 3.6e6, HOUR = 3600, YEAR = 365.25 * 86_400;
	private static final double GRID = 0.4 / KWH; // 400 gCO2e/kWh in kg/J

	private static final String WORLD = """
			accelerator Chip { peak bf16 1000 TFLOP/s power 400 W memory 80 GB bandwidth 3 TB/s
			  embodied 150 kgCO2e lifetime 5 years }
			node Box { accelerators 8 x Chip host 800 W embodied 2500 kgCO2e lifetime 5 years }
			datacenter DC { pue 1.2 carbon 400 gCO2e/kWh wue 1 L/kWh water 2 L/kWh residual 500 gCO2e/kWh
			  clean share 60 % }
			model M { parameters 7B }
			training T {
			  model M on 1 x Box in DC accelerator-hours 1000 h reserve 20 % development 82 %
			}
			inference I {
			  model M on 1 x Chip in DC prompt 0 tokens answer 100 tokens batch 8 energy 0.5 J/token
			  host share 25 % reserve 10 % training T over 1B requests
			}
			""";

	private static StudyResult analyse(String text) {
		assertNoErrors(issues(text));
		return StudyAnalysis.analyze(StudyBuilder.build(List.of(Energy.file(text))), new Settings(0, 1));
	}

	private static double figure(StudyResult r, String name, String key) {
		return r.find(name).orElseThrow().figure(key).map(Figure::nominal)
				.orElseThrow(() -> new AssertionError(name + " has no " + key));
	}

	private static void near(double expected, double actual, String what) {
		assertEquals(expected, actual, Math.abs(expected) * 1e-9, what);
	}

	@Test
	void trainingComponentsMatchTheHandComputation() {
		StudyResult r = analyse(WORLD);
		double seconds = 1000 * HOUR;
		double accelerators = seconds * 400 * 0.8; // default utilisation 0.8 of TDP
		double host = seconds * 800 / 8; // the node's host power per accelerator
		double reserve = (accelerators + host) * 0.2 / 0.8;
		double it = accelerators + host + reserve;
		double energy = it * 1.2;
		near(accelerators, figure(r, "T", "accelerator_energy"), "accelerators");
		near(host, figure(r, "T", "host_energy"), "host");
		near(reserve, figure(r, "T", "reserve_energy"), "reserve");
		near(it * 0.2, figure(r, "T", "overhead_energy"), "overhead");
		near(energy, figure(r, "T", "energy"), "energy");
		near(energy * 0.82 / 0.18, figure(r, "T", "development_energy"), "development");
		near(energy / 0.18, figure(r, "T", "lifecycle_energy"), "lifecycle energy");
		double embodied = seconds * (150 / (5 * YEAR) + 2500.0 / 8 / (5 * YEAR));
		near(embodied, figure(r, "T", "embodied_carbon"), "embodied of accelerators and servers");
		near((energy * GRID + embodied) / 0.18, figure(r, "T", "lifecycle_carbon"), "lifecycle carbon");
		near(energy * 0.5 / KWH * 0.4, figure(r, "T", "market_carbon"), "market-based carbon");
		near(it / KWH, figure(r, "T", "onsite_water"), "on-site water");
		near(energy * 2 / KWH, figure(r, "T", "offsite_water"), "off-site water");
		near(it / KWH + energy * 2 / KWH, figure(r, "T", "water"), "water is their sum");
	}

	@Test
	void inferenceComponentsMatchTheHandComputation() {
		StudyResult r = analyse(WORLD);
		double accelerators = 100 * 0.5; // measured 0.5 J per output token, no prompt
		double host = accelerators * 0.25 / 0.75;
		double reserve = (accelerators + host) * 0.1 / 0.9;
		double it = accelerators + host + reserve;
		double energy = it * 1.2;
		near(accelerators, figure(r, "I", "accelerator_energy_per_request"), "accelerators");
		near(host, figure(r, "I", "host_energy_per_request"), "host share");
		near(reserve, figure(r, "I", "reserve_energy_per_request"), "reserve");
		near(it * 0.2, figure(r, "I", "overhead_energy_per_request"), "overhead");
		near(energy, figure(r, "I", "energy_per_request"), "energy per request");
		double training = figure(r, "T", "lifecycle_energy") / 1e9;
		near(training, figure(r, "I", "training_energy_per_request"), "training per request");
		near(energy + training, figure(r, "I", "lifecycle_energy_per_request"), "lifecycle energy");
		near(energy * GRID, figure(r, "I", "carbon_per_request"), "location-based carbon");
		near(energy * 0.5 / KWH * 0.4, figure(r, "I", "market_carbon_per_request"), "market-based carbon");
		double time = figure(r, "I", "accelerator_time_per_request");
		double embodied = time * 150 / (5 * YEAR);
		near(embodied, figure(r, "I", "embodied_carbon_per_request"), "embodied per request");
		double trainingCarbon = figure(r, "T", "lifecycle_carbon") / 1e9;
		near(trainingCarbon, figure(r, "I", "training_carbon_per_request"), "training carbon per request");
		near(energy * GRID + embodied + trainingCarbon, figure(r, "I", "lifecycle_carbon_per_request"),
				"lifecycle carbon");
		near(it / KWH, figure(r, "I", "onsite_water_per_request"), "on-site water");
		near(energy * 2 / KWH, figure(r, "I", "offsite_water_per_request"), "off-site water");
	}

	@Test
	void theWaterfallGrowsInItsFixedOrderToTheFullBoundary() {
		StudyResult r = analyse(WORLD);
		Waterfall w = Waterfall.energy((WorkloadResult) r.find("I").orElseThrow()).orElseThrow();
		assertEquals(List.of("accelerator_energy_per_request", "host_energy_per_request",
				"reserve_energy_per_request", "overhead_energy_per_request", "training_energy_per_request"),
				w.steps().stream().map(Waterfall.Step::key).toList());
		near(figure(r, "I", "energy_per_request"), w.steps().get(3).running(), "operational boundary");
		near(figure(r, "I", "lifecycle_energy_per_request"), w.total(), "full boundary");
		Waterfall t = Waterfall.energy((WorkloadResult) r.find("T").orElseThrow()).orElseThrow();
		near(figure(r, "T", "lifecycle_energy"), t.total(), "training's full boundary");
	}

	@Test
	void aComponentNotStatedIsNotCounted() {
		StudyResult r = analyse(WORLD.replace("host share 25 % reserve 10 % training T over 1B requests", "")
				.replace("datacenter DC {", "datacenter Bare { } datacenter DC {").replace("in DC prompt", "in Bare prompt"));
		AnalysisResult i = r.find("I").orElseThrow();
		for (String key : List.of("host_energy_per_request", "reserve_energy_per_request",
				"overhead_energy_per_request", "training_energy_per_request", "lifecycle_energy_per_request",
				"market_carbon_per_request", "lifecycle_carbon_per_request")) {
			assertEquals(Optional.empty(), i.figure(key).map(Figure::key), key + " is not counted");
		}
		Waterfall w = Waterfall.energy((WorkloadResult) r.find("I").orElseThrow()).orElseThrow();
		assertFalse(w.grows());
		assertEquals(List.of(true, false, false, false, false),
				w.steps().stream().map(Waterfall.Step::counted).toList());
		near(figure(r, "I", "energy_per_request"), w.total(), "accelerators only");
		assertTrue(i.figure("embodied_carbon_per_request").isPresent(), "the accelerator states its embodied carbon");
	}

	@Test
	void anAtBoundaryFigureCanBeExpected() {
		StudyResult r = analyse(WORLD + """
				expect I accelerator energy per request <= 50.001 J
				expect I lifecycle energy per request <= 1 J
				expect T lifecycle carbon <= 1 tCO2e
				""");
		assertTrue(r.expectations().get(0).passed());
		assertFalse(r.expectations().get(1).passed());
		assertFalse(r.expectations().get(2).passed());
	}

	@Test
	void pueOnBothNodeAndDatacenterIsAnErrorWhereTheNodeIsUsed() {
		String text = """
				accelerator Chip { power 400 W }
				node Box { accelerators 8 x Chip pue 1.1 }
				datacenter DC { pue 1.2 }
				model M { parameters 7B }
				training T { model M on 1 x Box in DC tokens 1T }
				""";
		Issue issue = assertIssue(issues(text), IssueCodes.BOUNDARY_DUPLICATE, Severity.ERROR);
		assertEquals("pue is stated twice: on node Box and on datacenter DC; state the facility overhead once (on the"
				+ " datacenter)", issue.getMessage());
		assertEquals(5, issue.getLineNumber());
		assertEquals(36, issue.getColumn());
	}

	@Test
	void hostShareBesideANodesHostIsAnError() {
		Issue issue = assertIssue(issues(WORLD.replace("accelerator-hours 1000 h", "accelerator-hours 1000 h host share 10 %")),
				IssueCodes.BOUNDARY_DUPLICATE, Severity.ERROR);
		assertEquals("host is stated twice: node Box states host power and T states host share; keep one of them",
				issue.getMessage());
		assertEquals(8, issue.getLineNumber());
	}

	@Test
	void aReserveOfAHundredPercentIsAnError() {
		Issue issue = assertIssue(issues(WORLD.replace("reserve 20 %", "reserve 100 %")), IssueCodes.BOUNDARY_SHARE,
				Severity.ERROR);
		assertEquals("reserve must be below 100 %: it is the component's share of the figure that includes it, so"
				+ " 100 % would make the figure infinite (not 100 %)", issue.getMessage());
		assertEquals(8, issue.getLineNumber());
		assertEquals(61, issue.getColumn());
		assertIssue(issues(WORLD.replace("development 82 %", "development 1.5")), IssueCodes.BOUNDARY_SHARE,
				Severity.ERROR, "development must be below 100 %");
	}

	@Test
	void aLifetimeOfZeroIsAnError() {
		Issue issue = assertIssue(issues(WORLD.replace("embodied 150 kgCO2e lifetime 5 years", "embodied 150 kgCO2e lifetime 0 years")),
				IssueCodes.VALUE_RANGE, Severity.ERROR);
		assertEquals("lifetime must be positive, not 0 years", issue.getMessage());
		assertEquals(2, issue.getLineNumber());
		assertEquals(32, issue.getColumn());
	}

	@Test
	void amortisationOverZeroRequestsIsAnError() {
		Issue issue = assertIssue(issues(WORLD.replace("over 1B requests", "over 0 requests")),
				IssueCodes.BOUNDARY_AMORTISATION, Severity.ERROR);
		assertEquals("a training cannot be amortised over 0 requests: spread it over a positive number of requests"
				+ " or a positive service life", issue.getMessage());
		assertEquals(12, issue.getLineNumber());
		assertEquals(48, issue.getColumn());
		assertIssue(issues(WORLD.replace("over 1B requests", "over 2 years")), IssueCodes.BOUNDARY_AMORTISATION,
				Severity.ERROR, "needs the inference's requests");
		assertIssue(issues(WORLD.replace("over 1B requests", "over 5 kWh")), IssueCodes.BOUNDARY_AMORTISATION,
				Severity.ERROR, "not 5 kWh");
		// an unknown unit is an error, not a training silently not counted
		Issue unknown = assertIssue(issues(WORLD.replace("over 1B requests", "over 18 moons")), IssueCodes.UNIT_UNKNOWN,
				Severity.ERROR);
		assertEquals("Unknown unit 'moons': a training is amortised over a number of requests (10B requests) or a"
				+ " service life (2 years)", unknown.getMessage());
		assertNoIssue(issues(WORLD.replace("over 1B requests", "over 18 months requests 1M /day")),
				IssueCodes.UNIT_UNKNOWN);
	}

	@Test
	void aServiceLifeSpreadsTheTrainingOverItsRequests() {
		StudyResult r = analyse(WORLD.replace("over 1B requests", "over 2 years requests 1M /day"));
		double requests = 1e6 / 86_400 * 2 * YEAR;
		near(figure(r, "T", "lifecycle_energy") / requests, figure(r, "I", "training_energy_per_request"),
				"training over two years of requests");
	}

	/** The published cases of examples/boundaries reproduce their published figures (each file's expects). */
	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.ValueSource(strings = { "gemini-median-prompt.energy", "bloom-lifecycle.energy",
			"olmo-development.energy", "mistral-response-lifecycle.energy" })
	void publishedCasesMeetTheirExpectations(String file) {
		java.nio.file.Path path = java.nio.file.Path.of("../../examples/boundaries", file);
		org.jevons.dsl.workspace.EnergyWorkspace workspace = org.jevons.dsl.workspace.EnergyWorkspace.load(List.of(path));
		assertEquals(List.of(), workspace.validate().stream().filter(p -> p.isError()).map(p -> p.format()).toList());
		StudyResult r = StudyAnalysis.analyze(StudyBuilder.build(workspace.files()), new Settings(0, 1));
		assertFalse(r.expectations().isEmpty());
		r.expectations().forEach(e -> assertTrue(e.passed(), file + ": " + e.name() + " = "
				+ e.actual().map(Figure::nominal).map(String::valueOf).orElse("n/a")));
	}

	@Test
	void bloomGrowsFromItsDynamicPowerToItsLifecycleFootprint() {
		java.nio.file.Path path = java.nio.file.Path.of("../../examples/boundaries/bloom-lifecycle.energy");
		org.jevons.dsl.workspace.EnergyWorkspace workspace = org.jevons.dsl.workspace.EnergyWorkspace.load(List.of(path));
		StudyResult r = StudyAnalysis.analyze(StudyBuilder.build(workspace.files()), new Settings(0, 1));
		double grid = 0.057 / KWH;
		assertEquals(24.69, figure(r, "BLOOM_training", "accelerator_energy") * grid / 1000, 0.01, "dynamic, t");
		assertEquals(14.6, figure(r, "BLOOM_training", "reserve_energy") * grid / 1000, 0.05, "idle, t");
		assertEquals(11.2, figure(r, "BLOOM_training", "embodied_carbon") / 1000, 0.05, "embodied, t");
		assertEquals(50.5, figure(r, "BLOOM_training", "lifecycle_carbon") / 1000, 0.1, "lifecycle, t");
	}

	@Test
	void compareAtABoundary() {
		String twice = WORLD + """
				inference J extends I { host share 0 % }
				compare I with J at accelerators
				compare I with J at lifecycle
				""";
		StudyResult r = analyse(twice);
		assertEquals(1.0, r.comparisons().get(0).figure("ratio").orElseThrow().nominal(), 1e-12,
				"the same accelerators");
		double lifecycle = figure(r, "I", "lifecycle_energy_per_request") / figure(r, "J", "lifecycle_energy_per_request");
		assertEquals(lifecycle, r.comparisons().get(1).figure("ratio").orElseThrow().nominal(), 1e-12);
		Issue issue = assertIssue(issues(WORLD + "compare I with I at host\n"), IssueCodes.COMPARE_BOUNDARY,
				Severity.ERROR);
		assertEquals("compare ... at host is not a boundary: write at accelerators, at facility (the default) or at"
				+ " lifecycle", issue.getMessage());
		assertEquals(14, issue.getLineNumber());
		assertIssue(issues(WORLD + "compare I with I per token at lifecycle\n"), IssueCodes.COMPARE_BOUNDARY,
				Severity.ERROR, "is per request: remove per token");
	}
}

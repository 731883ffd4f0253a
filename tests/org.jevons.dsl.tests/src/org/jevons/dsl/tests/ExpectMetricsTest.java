package org.jevons.dsl.tests;

import static org.jevons.dsl.tests.Energy.assertIssue;
import static org.jevons.dsl.tests.Energy.assertNoIssue;
import static org.jevons.dsl.tests.Energy.issues;
import static org.jevons.dsl.tests.Fixtures.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.jevons.analysis.Estimate;
import org.jevons.analysis.ExpectationResult;
import org.jevons.analysis.Settings;
import org.jevons.analysis.StudyAnalysis;
import org.jevons.analysis.StudyResult;
import org.jevons.analysis.expect.Metrics;
import org.jevons.dsl.study.StudyBuilder;
import org.jevons.dsl.validation.IssueCodes;
import org.jevons.model.energy.EnergyFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One list of {@code expect} metrics ({@link Metrics}): the metrics docs/language.md documents are exactly the
 * list, every listed metric is accepted by the validator and evaluated by the analysis, and a metric outside it is
 * rejected by both.
 */
class ExpectMetricsTest {

	/** The metric names in the backticks of the metrics column of the `expect` table of docs/language.md. */
	private static List<String> documented() throws IOException {
		Path docs = Energy.bundleDir().getParent().getParent().resolve("docs/language.md");
		String text = Files.readString(docs);
		String section = text.substring(text.indexOf("### `expect` (budgets)"));
		section = section.substring(0, section.indexOf("\n---"));
		List<String> names = new ArrayList<>();
		for (String line : section.split("\n")) {
			String[] cells = line.split("\\|");
			if (line.startsWith("|") && cells.length > 3 && !line.startsWith("|---") && !cells[2].contains("metrics")) {
				Matcher m = Pattern.compile("`([^`]+)`").matcher(cells[2]);
				while (m.find()) {
					names.add(m.group(1));
				}
			}
		}
		return names;
	}

	@Test
	void theDocumentedMetricsAreTheList() throws IOException {
		assertEquals(Metrics.all().stream().map(Metrics.Metric::written).sorted().toList(),
				documented().stream().sorted().toList());
	}

	static Stream<Arguments> everyMetric() {
		return Metrics.all().stream().map(m -> Arguments.of(m.written(), m));
	}

	/**
	 * A training and an inference that state every boundary component (host share, reserve, development, embodied
	 * devices, market-based supply, on- and off-site water, an amortised training), for the boundary metrics.
	 */
	private static final String BOUNDARIES = """
			accelerator HB { peak bf16 989 TFLOP/s  power 700 W  memory 80 GB  bandwidth 3.35 TB/s  embodied 1.5 tCO2e  lifetime 4 years }
			datacenter DB { pue 1.2  carbon 384 gCO2e/kWh  residual 500 gCO2e/kWh  clean share 50 %  wue 1 L/kWh  water 2 L/kWh }
			training TB { model M  on 8 x HB in DB  tokens 1T  mfu 0.4  host share 20 %  reserve 10 %  development 50 % }
			inference IB { model M  on 2 x HB in DB  prompt 150 tokens  answer 500 tokens  batch 8  requests 1M /day  host share 20 %  reserve 10 %  training TB over 1B requests }
			""";

	private static boolean boundary(Metrics.Metric m) {
		return Metrics.all().indexOf(m) >= Metrics.all().stream()
				.filter(x -> x.written().equals("accelerator energy")).findFirst().map(Metrics.all()::indexOf)
				.orElseThrow();
	}

	private static String expectation(Metrics.Metric m) {
		String target = switch (m.target()) {
		case TRAINING -> boundary(m) ? "TB" : "T";
		case INFERENCE -> boundary(m) ? "IB" : "I";
		case PROJECTION -> "P";
		};
		String limit = switch (m.dimension()) {
		case ENERGY -> "1 TWh";
		case MASS_CO2E -> "1 MtCO2e";
		case WATER -> "1 GL";
		case CURRENCY -> "1B USD";
		case TIME -> "1B h";
		default -> "1000";
		};
		return "expect " + target + " " + m.written().replace("YEAR", "2030") + " <= " + limit;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyMetric")
	void theValidatorAcceptsEveryListedMetric(String name, Metrics.Metric metric) {
		assertNoIssue(issues(with(BOUNDARIES + expectation(metric))), IssueCodes.EXPECT_METRIC);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyMetric")
	void theAnalysisEvaluatesEveryListedMetric(String name, Metrics.Metric metric) {
		ExpectationResult e = analyse(with(BOUNDARIES + expectation(metric))).expectations().get(0);
		assertFalse(e.problems().stream().anyMatch(p -> p.message().contains("is not a metric")), e.toString());
		// the fixture prices nothing and its datacenter DC states no water use: cost and water cannot be computed
		if (metric.dimension() != org.jevons.analysis.Dimension.CURRENCY
				&& (metric.dimension() != org.jevons.analysis.Dimension.WATER || boundary(metric))) {
			assertTrue(e.actual().isPresent(), e.toString());
			assertTrue(e.passed(), e.toString());
		}
	}

	@ParameterizedTest(name = "p95 {0}")
	@MethodSource("everyMetric")
	void everyListedMetricTakesAPercentile(String name, Metrics.Metric metric) {
		String p95 = expectation(metric).replace(" " + metric.written().replace("YEAR", "2030") + " <=",
				" p95 " + metric.written().replace("YEAR", "2030") + " <=");
		assertTrue(p95.contains(" p95 "), p95);
		assertNoIssue(issues(with(BOUNDARIES + p95)), IssueCodes.EXPECT_METRIC);
		assertTrue(issues(with(BOUNDARIES + p95)).stream().noneMatch(i -> i.getSeverity() == Severity.ERROR),
				p95 + ": " + issues(with(BOUNDARIES + p95)));
		ExpectationResult e = analyse(with(BOUNDARIES + p95)).expectations().get(0);
		assertEquals(Estimate.Statistic.P95, e.statistic(), e.toString());
		assertFalse(e.problems().stream().anyMatch(p -> p.message().contains("is not a metric")), e.toString());
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "expect I speed per request <= 5 Wh", "expect T energy per request <= 5 Wh",
			"expect I energy <= 5 Wh" })
	void aMetricOutsideTheListIsRejectedByBoth(String expect) {
		assertIssue(issues(with(expect)), IssueCodes.EXPECT_METRIC, Severity.ERROR, "is not a metric of");
		ExpectationResult e = analyse(with(expect)).expectations().get(0);
		assertFalse(e.passed());
		assertTrue(e.problems().get(0).message().contains("is not a metric of"), e.toString());
	}

	@Test
	void aPercentileIsTestedWhenNamed() {
		StudyResult r = analyse(with("expect P p95 energy in 2030 <= 1 TWh\nexpect P energy in 2030 <= 1 TWh"));
		ExpectationResult p95 = r.expectations().get(0);
		ExpectationResult nominal = r.expectations().get(1);
		assertEquals(Estimate.Statistic.P95, p95.statistic());
		assertEquals(Estimate.Statistic.NOMINAL, nominal.statistic());
		Estimate estimate = p95.actual().orElseThrow().estimate();
		assertEquals(estimate.percentiles().orElseThrow().p95(), p95.tested().orElseThrow());
		assertEquals(estimate.nominal(), nominal.tested().orElseThrow());
		assertNoIssue(issues(with("expect P p95 energy in 2030 <= 1 TWh")), IssueCodes.EXPECT_METRIC);
	}

	private static StudyResult analyse(String text) {
		XtextResourceSet set = Energy.newResourceSet();
		EnergyFile file = (EnergyFile) Energy.parse(set, "metrics.energy", text).getContents().get(0);
		org.eclipse.emf.ecore.util.EcoreUtil.resolveAll(set);
		return StudyAnalysis.analyze(StudyBuilder.build(List.of(file)), new Settings(500, 1));
	}
}

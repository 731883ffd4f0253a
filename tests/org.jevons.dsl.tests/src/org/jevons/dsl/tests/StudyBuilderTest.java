package org.jevons.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.jevons.analysis.Figure;
import org.jevons.analysis.Settings;
import org.jevons.analysis.StudyAnalysis;
import org.jevons.analysis.StudyResult;
import org.jevons.analysis.spec.Specs.Study;
import org.jevons.dsl.study.StudyBuilder;
import org.jevons.dsl.workspace.EnergyWorkspace;
import org.junit.jupiter.api.Test;

/**
 * The files of the acceptance suite, through parser, linker, {@link StudyBuilder} and the analyses: the figures
 * derived by hand in shared/acceptance/checks.py.
 */
class StudyBuilderTest {

	private static StudyResult analyse(String caseFile) {
		EnergyWorkspace workspace = EnergyWorkspace.load(List.of(Path.of("resources/acceptance", caseFile)));
		assertEquals(List.of(), workspace.validate().stream().filter(p -> p.isError()).map(p -> p.format()).toList());
		Study study = StudyBuilder.build(workspace.files());
		return StudyAnalysis.analyze(study, new Settings(2000, 1));
	}

	private static double figure(StudyResult result, String name, String key) {
		return result.find(name).orElseThrow().figures().stream().filter(f -> f.key().equals(key)).findFirst()
				.map(Figure::nominal).orElseThrow(() -> new AssertionError(name + " has no " + key));
	}

	@Test
	void seedCaseGivesTheNeuralwattRatio() {
		StudyResult r = analyse("seed_87_percent.energy");
		double wh = figure(r, "R1_chat", "energy_per_request") / 3600;
		assertTrue(wh >= 0.90 && wh <= 0.95, "R1 energy per request " + wh + " Wh");
		double ratio = r.comparisons().get(0).figures().stream().filter(f -> f.key().equals("ratio")).findFirst()
				.orElseThrow().nominal();
		assertTrue(ratio >= 1.83 && ratio <= 1.90, "ratio " + ratio);
		assertTrue(r.expectations().get(0).passed());
		assertEquals("R1_chat energy per request <= 1 Wh", r.expectations().get(0).name());
	}

	@Test
	void reportedTrainingsMatchPattersonAndTheLlamaCard() {
		StudyResult r = analyse("training_reported.energy");
		double gpt3Mwh = figure(r, "GPT3", "energy") / 3.6e9;
		assertTrue(gpt3Mwh >= 1274 && gpt3Mwh <= 1300, "GPT-3 " + gpt3Mwh + " MWh");
		double gpt3Hours = figure(r, "GPT3", "accelerator_hours") / 3600;
		assertTrue(gpt3Hours >= 3.54e6 && gpt3Hours <= 3.56e6, "GPT-3 hours " + gpt3Hours);
		double llamaT = figure(r, "Llama2_70B", "carbon") / 1000;
		assertTrue(llamaT >= 289 && llamaT <= 294, "Llama 2 carbon " + llamaT + " t");
	}

	@Test
	void predictedTrainingUsesSixNDAndTheBf16Peak() {
		StudyResult r = analyse("training_predicted.energy");
		double hours = figure(r, "V3_predicted", "accelerator_hours") / 3600;
		assertTrue(hours >= 2.61e6 && hours <= 2.66e6, "V3 hours " + hours);
		double mfu = figure(r, "V3_reported", "implied_mfu");
		assertTrue(mfu >= 0.325 && mfu <= 0.337, "implied MFU " + mfu);
	}

	@Test
	void projectionOfAnElasticDemandBackfires() {
		StudyResult r = analyse("projection_closed_form.energy");
		var backfire = r.projections().stream().filter(p -> p.name().equals("Backfire")).findFirst().orElseThrow();
		double growth = backfire.energy().get(backfire.energy().size() - 1).nominal() / backfire.energy().get(0).nominal();
		assertTrue(growth >= 41.6 && growth <= 42.5, "E(2035)/E(2025) = " + growth);
	}
}

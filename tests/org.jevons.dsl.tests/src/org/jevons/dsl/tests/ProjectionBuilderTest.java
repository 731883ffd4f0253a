package org.jevons.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jevons.analysis.ProjectionResult;
import org.jevons.analysis.Settings;
import org.jevons.analysis.StudyAnalysis;
import org.jevons.analysis.StudyResult;
import org.jevons.analysis.spec.Specs;
import org.jevons.dsl.study.StudyBuilder;
import org.jevons.dsl.workspace.EnergyWorkspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** From text to the analysis' projection: units to SI per year, services, price model, history. */
class ProjectionBuilderTest {
	@TempDir
	Path dir;

	private Specs.Study build(String text) throws IOException {
		Path file = dir.resolve("p.energy");
		Files.writeString(file, Fixtures.with(text));
		EnergyWorkspace workspace = EnergyWorkspace.load(List.of(file));
		assertEquals(List.of(), workspace.validate().stream().filter(p -> p.isError()).map(p -> p.format()).toList());
		return StudyBuilder.build(workspace.files());
	}

	@Test
	void everyPropertyReachesTheSpec() throws IOException {
		Specs.Projection p = build(ProjectionValidationTest.FULL).projections().stream()
				.filter(x -> x.name().equals("Full")).findFirst().orElseThrow();
		assertEquals(0.3, p.pricing().energyShare().nominal(), 1e-12);
		assertEquals(-0.3, p.pricing().otherCostTrend().nominal(), 1e-12);
		assertTrue(p.pricing().coupled());
		assertEquals(50e6 / 86_400, p.saturation().orElseThrow().nominal(), 1e-6);
		assertEquals(300 * 3.6e15, p.baseline().orElseThrow().energyPerYear().nominal(), 1e3);
		assertEquals(0.02, p.baseline().orElseThrow().growth().nominal(), 1e-12);
		assertEquals(-0.05, p.carbonTrend().orElseThrow().nominal(), 1e-12);
		assertEquals("IEA_2025_base", p.reference().orElseThrow());
		assertEquals("Agents", p.services().get(0).workload().name());
		assertEquals(0.6, p.services().get(0).growth().orElseThrow().nominal(), 1e-12);
		assertEquals("assumed", p.pricing().energyShare().source().orElseThrow());
	}

	@Test
	void historyIsFittedAndTheProjectionRuns() throws IOException {
		// D = 1M·1.5^τ·(P/60)^−1.2 at P = 60, 20, 10, 6 USD (2021–2024); the fit recovers 50 % and 1.2
		StringBuilder text = new StringBuilder("projection Fitted {\n workload I\n years 2025 to 2030\n"
				+ " efficiency gain 20 %/year\n");
		double[] prices = { 60, 20, 10, 6 };
		for (int t = 0; t < 4; t++) {
			double demand = 1e6 * Math.pow(1.5, t) * Math.pow(prices[t] / 60, -1.2);
			text.append(" history ").append(2021 + t).append(" demand ").append(demand).append(" /day price ")
					.append(prices[t]).append(" USD\n");
		}
		text.append("}\n");
		StudyResult result = StudyAnalysis.analyze(build(text.toString()), new Settings(0, 1));
		ProjectionResult p = result.projections().stream().filter(x -> x.name().equals("Fitted")).findFirst()
				.orElseThrow();
		assertEquals(1.2, p.figure("fitted_elasticity").orElseThrow().nominal(), 1e-9);
		assertEquals(0.5, p.figure("fitted_growth").orElseThrow().nominal(), 1e-9);
		assertEquals(6, p.energy().size());
	}
}

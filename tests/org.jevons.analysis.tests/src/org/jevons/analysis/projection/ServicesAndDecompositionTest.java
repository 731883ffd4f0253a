package org.jevons.analysis.projection;

import static org.jevons.analysis.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.jevons.analysis.Decomposition;
import org.jevons.analysis.Fixtures.InferenceBuilder;
import org.jevons.analysis.ProjectionResult;
import org.jevons.analysis.StudyResult;
import org.jevons.analysis.spec.Specs.Adoption;
import org.jevons.analysis.spec.Specs.Baseline;
import org.jevons.analysis.spec.Specs.Inference;
import org.jevons.analysis.spec.Specs.Precision;
import org.jevons.analysis.spec.Specs.Pricing;
import org.jevons.analysis.spec.Specs.Projection;
import org.jevons.analysis.spec.Specs.Service;
import org.jevons.analysis.spec.Value;
import org.junit.jupiter.api.Test;

/** Several services, a non-AI baseline, the grid's carbon trend, the LMDI decomposition and the reference. */
class ServicesAndDecompositionTest {
	static final Inference CHAT = ProjectionAcceptanceTest.CHAT;
	/** Same deployment, 2000 answer tokens at 1 J: e = 18.0344 + 2000 = 2018.0344 J; 1e8 requests a day. */
	static final Inference AGENTS = InferenceBuilder.of("Agents", dense("M", 70e9, Precision.BF16),
			on(1, h100(), datacenter("DC", 1.0, 400)), 100, 0, 2000, 8).energyPerToken(v(1.0)).requestsPerDay(1e8)
			.build();

	static Projection projection(List<Service> services, Optional<Baseline> baseline, Optional<Value> carbonTrend,
			Optional<String> reference, int from, int to, Optional<Adoption> share, Inference first) {
		return new Projection("Mixed", origin(20), first, from, to, Optional.of(v(0.30)), v(0.20),
				Optional.of(v(0.5)), share, Pricing.ENERGY_ONLY, services, Optional.empty(), baseline, carbonTrend,
				reference, List.of());
	}

	static ProjectionResult run(Projection p) {
		StudyResult result = analyze(study(List.of(), List.of(CHAT, AGENTS), List.of(), List.of(p), List.of(),
				List.of()));
		return result.projections().get(0);
	}

	static final ProjectionResult MIXED = run(projection(List.of(new Service(AGENTS, Optional.of(v(0.60)))),
			Optional.of(new Baseline(v(300 * 3.6e15), v(0.02))), Optional.of(v(-0.05)), Optional.empty(), 2025, 2035,
			Optional.empty(), CHAT));

	@Test
	void servicesAddUpWithTheirOwnGrowth() {
		// E(t) = Σ e_i·A_i·(1 + G_i)^t · η^(1−ε); chat 517.9373 J × 1e9/day, agents 2017.9373 J × 1e8/day at 60 %
		double days = MIXED.energy().get(0).nominal() / (517.93727 * 1e9 + 2017.93727 * 1e8);
		double chat = 517.93727 * 1e9 * days * Math.pow(1.3, 10) * Math.pow(0.8, 5);
		double agents = 2017.93727 * 1e8 * days * Math.pow(1.6, 10) * Math.pow(0.8, 5);
		assertEquals(chat + agents, MIXED.energy().get(10).nominal(), (chat + agents) * 1e-7); // e to 7 digits
		assertEquals(List.of("Chat", "Agents"), MIXED.services());
	}

	@Test
	void baselineIsAddedToTheDataCentreTotal() {
		// 300 TWh growing 2 %/year: 2035 adds 300·1.02¹⁰ = 365.698 TWh
		double expected = MIXED.energy().get(10).nominal() + 300 * 3.6e15 * Math.pow(1.02, 10);
		assertEquals(expected, MIXED.totalEnergy().get(10).nominal(), expected * 1e-12);
	}

	@Test
	void carbonFollowsTheGridTrajectory() {
		// 400 g/kWh falling 5 %/year: carbon(2035) = E(2035)/3.6e6 · 0.4 · 0.95¹⁰
		double expected = MIXED.energy().get(10).nominal() / 3.6e6 * 0.4 * Math.pow(0.95, 10);
		assertEquals(expected, MIXED.carbon().get(10).nominal(), expected * 1e-9);
	}

	@Test
	void decompositionEffectsSumExactlyToTheChange() {
		for (Decomposition d : MIXED.decompositions()) {
			double sum = d.effects().stream().mapToDouble(Decomposition.Effect::value).sum();
			assertEquals(d.end() - d.start(), sum, Math.abs(d.end() - d.start()) * 1e-12, d.quantity());
		}
		Decomposition energy = MIXED.decomposition("energy").orElseThrow();
		assertEquals(MIXED.energy().get(0).nominal(), energy.start(), energy.start() * 1e-12);
		assertEquals(MIXED.energy().get(10).nominal(), energy.end(), energy.end() * 1e-12);
		assertEquals(4, MIXED.decomposition("carbon").orElseThrow().effects().size());
	}

	@Test
	void singleServiceDecompositionHasNoMixEffect() {
		// one segment: activity = L·ln(D_T/D_0), intensity = L·ln η with L = (E_T − E_0)/ln(E_T/E_0);
		// D_T/D_0 = 1.3¹⁰·η^−0.5 and E_T/E_0 = 1.3¹⁰·η^0.5
		ProjectionResult p = run(projection(List.of(), Optional.empty(), Optional.empty(), Optional.empty(), 2025,
				2035, Optional.empty(), CHAT));
		Decomposition d = p.decomposition("energy").orElseThrow();
		double e0 = p.energy().get(0).nominal(), eT = p.energy().get(10).nominal();
		double eta = Math.pow(0.8, 10);
		double l = (eT - e0) / Math.log(eT / e0);
		assertEquals(l * Math.log(Math.pow(1.3, 10) / Math.sqrt(eta)), d.effects().get(0).value(), eT * 1e-12);
		assertEquals(0, d.effects().get(1).value(), eT * 1e-12);
		assertEquals(l * Math.log(eta), d.effects().get(2).value(), eT * 1e-12);
		assertEquals("activity", d.biggest().orElseThrow().key());
		assertEquals(l * Math.log(eta), nominal(p, "energy_intensity_effect"), eT * 1e-12);
	}

	@Test
	void reasoningShareShowsAsMixEffect() {
		// with no efficiency gain and no demand growth only the reasoning share changes: activity = intensity = 0
		Inference r1 = InferenceBuilder.of("R1", dense("L", 70.6e9, Precision.BF16),
				on(1, h100(), datacenter("DC", 1.0, 400)), 150, 1100, 550, 8).energyPerToken(v(2.0))
				.requestsPerDay(1e6).build();
		Projection mix = new Projection("Mix", origin(21), r1, 2025, 2035, Optional.of(v(0)), v(0),
				Optional.of(v(1)), Optional.of(new Adoption(v(0.10), v(0.60), Optional.of(v(2030)))),
				Pricing.ENERGY_ONLY, List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
				Optional.empty(), List.of());
		ProjectionResult p = analyze(study(List.of(), List.of(r1), List.of(), List.of(mix), List.of(), List.of()))
				.projections().get(0);
		Decomposition d = p.decomposition("energy").orElseThrow();
		assertEquals(0, d.effects().get(0).value(), d.end() * 1e-12);
		assertEquals(0, d.effects().get(2).value(), d.end() * 1e-12);
		assertEquals(d.end() - d.start(), d.effects().get(1).value(), d.end() * 1e-12);
		assertEquals("mix", d.biggest().orElseThrow().key());
	}

	@Test
	void deviationFromTheIeaBaseCase() {
		// 2024–2030 with a baseline: deviation = |total(2030) − 945 TWh| / 945 TWh (2024 is the anchor year
		// 415 TWh, compared too)
		ProjectionResult p = run(projection(List.of(), Optional.of(new Baseline(v(400 * 3.6e15), v(0.1))),
				Optional.empty(), Optional.of("IEA_2025_base"), 2024, 2030, Optional.empty(), CHAT));
		double twh = 3.6e15;
		double d2024 = Math.abs(p.totalEnergy().get(0).nominal() - 415 * twh) / (415 * twh);
		double d2030 = Math.abs(p.totalEnergy().get(6).nominal() - 945 * twh) / (945 * twh);
		assertEquals(Math.max(d2024, d2030), nominal(p, "deviation"), 1e-12);
		assertTrue(p.reference().orElseThrow().source().contains("IEA"));
	}

	@Test
	void referenceBandCountsAsNoDeviation() {
		var lbnl = ReferenceScenarios.find("LBNL_2024_US").orElseThrow();
		var point2028 = lbnl.points().get(1);
		assertEquals(0, point2028.deviation(400 * 3.6e15));
		assertEquals((325 - 300) / 325.0, point2028.deviation(300 * 3.6e15), 1e-12);
		assertEquals((600 - 580) / 580.0, point2028.deviation(600 * 3.6e15), 1e-12);
	}
}

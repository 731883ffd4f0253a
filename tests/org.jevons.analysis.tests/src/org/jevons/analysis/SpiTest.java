package org.jevons.analysis;

import static org.jevons.analysis.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.jevons.analysis.engine.Parameter;
import org.jevons.analysis.inference.InferenceAcceptanceTest;
import org.jevons.analysis.spec.Specs.Origin;
import org.jevons.analysis.spec.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The SPI: discovery, ordering, plugins adding figures, failures reported as problems. */
class SpiTest {
	/** A third-party plugin: energy per request in "smartphone charges" (~ 15 Wh), uncertain per phone. */
	static final class PhoneCharges implements EnergyAnalysis {
		private final String id;
		private final Predicate<String> workloads;
		private final Derivation.Formula formula;

		PhoneCharges() {
			this("phones", name -> true, (in, p, out, n) -> {
				for (int i = 0; i < n; i++) {
					out[i] = in[0][i] / p[0][i];
				}
			});
		}

		/** The same figure under another id and key, for some workloads, by another formula. */
		PhoneCharges(String id, Predicate<String> workloads, Derivation.Formula formula) {
			this.id = id;
			this.workloads = workloads;
			this.formula = formula;
		}

		@Override
		public String id() {
			return id;
		}

		@Override
		public int order() {
			return Order.WORKLOAD_PLUGINS;
		}

		@Override
		public void run(AnalysisContext context) {
			Parameter charge = Parameter.declared("phone", "charge", Value.uniform(10 * WH, 20 * WH));
			for (var inference : context.study().inferences()) {
				if (workloads.test(inference.name())) {
					context.derive(inference.name(), new Derivation(id.equals("phones") ? "phone_charges" : id,
							"Phone charges per request", Dimension.RATIO, List.of("energy_per_request"),
							List.of(charge), formula));
				}
			}
		}
	}

	@Test
	void serviceLoaderFindsTheCoreAnalyses() {
		AnalysisRegistry registry = AnalysisRegistry.discover();
		for (String id : List.of("training", "inference", "compare", "projection", "sweep", "expect")) {
			assertTrue(registry.contains(id), id);
		}
		List<EnergyAnalysis> ordered = registry.analyses();
		for (int i = 1; i < ordered.size(); i++) {
			assertTrue(ordered.get(i - 1).order() <= ordered.get(i).order());
		}
	}

	@Test
	void aPluginAddsAFigureToAnEarlierResult() {
		AnalysisRegistry registry = CoreAnalyses.registry().register(new PhoneCharges());
		StudyResult result = new StudyAnalysis(registry).run(study(List.of(), List.of(InferenceAcceptanceTest.r1Chat())),
				new Settings(4_000, 1, 2));
		Figure phones = result.inferences().get(0).figure("phone_charges").orElseThrow();
		// 3326.474 J / 15 Wh (nominal charge) = 0.0616014
		assertEquals(3326.474 / (15 * WH), phones.nominal(), 1e-6);
		// the charge is uncertain, so the figure has percentiles: 3326.474 J / 19.5 Wh .. / 10.5 Wh
		var p = phones.estimate().percentiles().orElseThrow();
		assertEquals(3326.474 / (19.5 * WH), p.p05(), 1e-3);
		assertEquals(3326.474 / (10.5 * WH), p.p95(), 2e-3);
	}

	@Test
	void aFailingAnalysisIsReportedAndOthersStillRun() {
		EnergyAnalysis broken = new EnergyAnalysis() {
			@Override
			public String id() {
				return "broken";
			}

			@Override
			public int order() {
				return 1;
			}

			@Override
			public void run(AnalysisContext context) {
				throw new IllegalStateException("defect");
			}
		};
		StudyResult result = new StudyAnalysis(CoreAnalyses.registry().register(broken))
				.run(study(List.of(), List.of(InferenceAcceptanceTest.r1Chat())), Settings.defaults());
		assertEquals(1, result.inferences().size());
		assertTrue(result.problems().get(0).message().contains("broken"));
		assertTrue(result.failed());
	}

	/**
	 * A plugin's formula that fails only for drawn samples (its nominal value is fine) fails when the percentiles
	 * are computed, after the plugins: reported once as a problem, and the other workload still gets its percentiles.
	 */
	@Test
	@Timeout(value = 2, unit = TimeUnit.MINUTES) // a guard against a completion that never ends, not a speed check
	void aFormulaFailingOnItsSamplesIsReportedOnce() {
		EnergyAnalysis failsOnSamples = new PhoneCharges("fragile", "R1_chat"::equals, (in, p, out, n) -> {
			for (int i = 0; i < n; i++) {
				if (p[0][i] != 15 * WH) {
					throw new IllegalStateException("drawn charge");
				}
				out[i] = in[0][i] / p[0][i];
			}
		});
		StudyResult result = new StudyAnalysis(CoreAnalyses.registry().register(failsOnSamples).register(
				new PhoneCharges())).run(study(List.of(), List.of(InferenceAcceptanceTest.r1Chat(),
						InferenceAcceptanceTest.llamaChat())), new Settings(4_000, 1, 2));
		assertEquals(1, result.problems().size(), result.problems().toString());
		String message = result.problems().get(0).message();
		assertTrue(message.startsWith("analysis 'percentiles' failed: IllegalStateException:")
				&& message.endsWith("drawn charge"), message);
		assertTrue(result.inferences().get(1).figure("phone_charges").orElseThrow().estimate().isUncertain(),
				"the other workload's percentiles");
	}

	@Test
	void registeringAnIdAgainReplacesIt() {
		AnalysisRegistry registry = new AnalysisRegistry().register(new PhoneCharges()).register(new PhoneCharges());
		assertEquals(1, registry.analyses().size());
		registry.unregister("phones");
		assertFalse(registry.contains("phones"));
	}

	@Test
	void problemsCarryTheirOrigin() {
		Problem p = Problem.error(new Origin("a.energy", 3, 5), "x");
		assertEquals(3, p.origin().line());
	}
}

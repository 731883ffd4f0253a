package org.jevons.analysis;

import static org.jevons.analysis.Fixtures.dense;
import static org.jevons.analysis.Fixtures.datacenter;
import static org.jevons.analysis.Fixtures.h100;
import static org.jevons.analysis.Fixtures.on;
import static org.jevons.analysis.Fixtures.study;
import static org.jevons.analysis.Fixtures.v;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.jevons.analysis.Fixtures.TrainingBuilder;
import org.jevons.analysis.engine.AdaptiveSampling;
import org.jevons.analysis.spec.Specs.Precision;
import org.jevons.analysis.spec.Specs.Training;
import org.jevons.analysis.spec.Value;
import org.junit.jupiter.api.Test;

/**
 * {@code --samples auto} on whole studies. Training energy is proportional to a stated average power, so with the
 * power uniform over [a, b] the energy's percentiles have the errors of U(a, b) (AdaptiveSamplingTest).
 */
class AutoSamplesTest {
	private static final Settings SETTINGS = new Settings(Settings.DEFAULT_SAMPLES, 20250129L, 2);

	static Training training(String name, Value watts) {
		return TrainingBuilder.of(name, dense("D", 70e9, Precision.BF16), on(1024, h100(), datacenter("DC", 1.1, 400)),
				Precision.BF16).acceleratorHours(1e6).averagePower(watts).build();
	}

	static AdaptiveSampling.Choice choose(Training... trainings) {
		return AutoSamples.choose(study(List.of(trainings), List.of()), SETTINGS, AdaptiveSampling.Rule.DEFAULT);
	}

	@Test
	void aDeterministicStudyStopsAtTheMinimum() {
		AdaptiveSampling.Choice choice = choose(training("Fixed", v(700)));
		assertEquals(10_000, choice.samples());
		assertEquals(Optional.empty(), choice.widest());
	}

	@Test
	void theWidestHeadlineDecides() {
		// U(500, 1000) W needs ≈ 17 000 samples for its median; U(10, 1000) W ≈ 2 M for its p05
		AdaptiveSampling.Choice narrow = choose(training("Narrow", Value.uniform(500, 1000)));
		// within half and four times those counts: the estimate of the error has 19 degrees of freedom
		assertTrue(narrow.samples() > 10_000 && narrow.samples() <= 4 * 17_074, narrow.describe());
		AdaptiveSampling.Choice both = choose(training("Narrow", Value.uniform(500, 1000)),
				training("Wide", Value.uniform(10, 1000)));
		assertTrue(both.samples() >= 2.02e6 / 2 && both.samples() <= 4 * 2.02e6, both.describe());
		assertEquals(Optional.of("Wide energy p05"), both.widest());
	}

	@Test
	void theAnalysisUsesTheChosenCountAndReportsItsPercentiles() {
		Training narrow = training("Narrow", Value.uniform(500, 1000));
		AdaptiveSampling.Choice choice = choose(narrow);
		Settings chosen = AutoSamples.apply(SETTINGS, choice);
		assertEquals(choice.samples(), chosen.samples());
		assertEquals(SETTINGS.seed(), chosen.seed());
		StudyResult result = Fixtures.analyze(study(List.of(narrow), List.of()), chosen);
		Estimate.Percentiles p = result.trainings().get(0).figure("energy").orElseThrow().estimate().percentiles()
				.orElseThrow();
		// energy = 1e6 h · 3600 s/h · P · 1.1 (PUE); the median of P is 750 W within the stated ±0.5 %
		double perWatt = 1e6 * 3600 * 1.1;
		assertEquals(750, p.p50() / perWatt, 750 * 0.005);
		assertEquals(525, p.p05() / perWatt, 525 * 0.005);
		assertEquals(975, p.p95() / perWatt, 975 * 0.005);
	}
}

package org.jevons.analysis;

import static org.jevons.analysis.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.jevons.analysis.Fixtures.InferenceBuilder;
import org.jevons.analysis.Fixtures.TrainingBuilder;
import org.jevons.analysis.inference.InferenceAcceptanceTest;
import org.jevons.analysis.spec.Specs.Accelerator;
import org.jevons.analysis.spec.Specs.Deployment;
import org.jevons.analysis.spec.Specs.Precision;
import org.junit.jupiter.api.Test;

/** Missing inputs are problems on the declaration, never exceptions or silent NaN. */
class MissingInputsTest {
	static final Accelerator NO_POWER = accelerator("TPU", Precision.BF16, 123, Optional.empty(), Optional.empty(), 0.9);

	static boolean hasError(WorkloadResult r, String text) {
		return r.problems().stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR && p.message().contains(text));
	}

	@Test
	void inferenceWithoutAnyPower() {
		var i = InferenceBuilder.of("NoPower", dense("D", 7e9, Precision.BF16), on(1, NO_POWER, datacenter("DC", 1.1, 400)),
				100, 0, 100, 8).build();
		StudyResult result = analyze(study(List.of(), List.of(i)));
		WorkloadResult r = result.inferences().get(0);
		assertTrue(hasError(r, "no `average power`"), r.problems().toString());
		assertFalse(r.figure("energy_per_request").isPresent());
		assertTrue(r.figure("tokens_per_request").isPresent());
		assertTrue(result.failed());
	}

	@Test
	void trainingWithoutAnyPowerStillReportsTime() {
		var t = TrainingBuilder.of("NoPower", dense("D", 7e9, Precision.BF16), on(64, NO_POWER, datacenter("DC", 1.1, 400)),
				Precision.BF16).duration(10 * DAY).build();
		WorkloadResult r = analyze(study(List.of(t), List.of())).trainings().get(0);
		assertTrue(hasError(r, "no `average power`"));
		assertFalse(r.figure("energy").isPresent());
		assertTrue(r.figure("accelerator_hours").isPresent());
	}

	@Test
	void trainingWithoutTime() {
		var t = TrainingBuilder.of("NoTime", dense("D", 7e9, Precision.BF16), on(64, h100(), datacenter("DC", 1.1, 400)),
				Precision.BF16).tokens(v(1e12)).build();
		WorkloadResult r = analyze(study(List.of(t), List.of())).trainings().get(0);
		assertTrue(hasError(r, "needs `duration` or `accelerator-hours`"));
		assertFalse(r.figure("energy").isPresent());
		assertTrue(r.figure("flops").isPresent());
	}

	@Test
	void noDatacenterMeansItBoundaryAndNoCarbon() {
		var i = InferenceBuilder.of("Bare", dense("D", 7e9, Precision.BF16),
				new Deployment(v(1), h100(), Optional.empty(), Optional.empty()), 100, 0, 100, 8).build();
		WorkloadResult r = analyze(study(List.of(), List.of(i))).inferences().get(0);
		assertFalse(r.boundary().facility());
		assertFalse(r.boundary().host());
		assertTrue(r.figure("energy_per_request").isPresent());
		assertFalse(r.figure("carbon_per_request").isPresent());
		assertTrue(r.problems().stream().anyMatch(p -> p.message().contains("no datacenter")));
		assertTrue(r.boundary().description().contains("accelerators only"));
	}

	@Test
	void missingPeakAtThePrecisionIsReported() {
		var i = InferenceBuilder.of("Fp8", dense("D", 7e9, Precision.FP8), on(1, InferenceAcceptanceTest.H100_WITH_IDLE, datacenter("DC", 1.1, 400)),
				100, 0, 100, 8).build();
		WorkloadResult r = analyze(study(List.of(), List.of(i))).inferences().get(0);
		assertTrue(hasError(r, "no fp8 peak"), r.problems().toString());
	}
}

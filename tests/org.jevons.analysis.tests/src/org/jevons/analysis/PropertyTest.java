package org.jevons.analysis;

import static org.jevons.analysis.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.jevons.analysis.Fixtures.InferenceBuilder;
import org.jevons.analysis.Fixtures.TrainingBuilder;
import org.jevons.analysis.spec.Specs.Inference;
import org.jevons.analysis.spec.Specs.Precision;
import org.jevons.analysis.spec.Specs.Training;
import org.jevons.analysis.spec.Value;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Properties that must hold for any inputs, not just the acceptance cases. */
class PropertyTest {
	static Inference roofline(double prompt, double reasoning, double answer, double batch, double mfu) {
		return InferenceBuilder.of("I", moe("M", 671e9, 37e9, Precision.FP8), on(8, h100(), datacenter("DC", 1.2, 400)),
				prompt, reasoning, answer, batch).mfu(v(mfu)).requestsPerDay(1e6).build();
	}

	static double energy(Inference inference) {
		WorkloadResult result = analyze(study(List.of(), List.of(inference))).inferences().get(0);
		return nominal(result, "energy_per_request");
	}

	static Stream<Arguments> workloads() {
		return Stream.of(Arguments.of(0, 1, 1), Arguments.of(150, 8, 0.1), Arguments.of(1000, 64, 0.3),
				Arguments.of(4000, 512, 0.5), Arguments.of(100, 2048, 0.05));
	}

	@ParameterizedTest
	@MethodSource("workloads")
	void energyGrowsWithTokens(double prompt, double batch, double mfu) {
		double previous = energy(roofline(prompt, 0, 100, batch, mfu));
		for (double reasoning : new double[] { 10, 100, 1000, 10_000 }) {
			double next = energy(roofline(prompt, reasoning, 100, batch, mfu));
			assertTrue(next > previous, "reasoning " + reasoning + ": " + next + " <= " + previous);
			previous = next;
		}
		assertTrue(energy(roofline(prompt + 1000, 0, 100, batch, mfu)) > energy(roofline(prompt, 0, 100, batch, mfu)));
	}

	@ParameterizedTest
	@MethodSource("workloads")
	void energyNeverRisesWithMfu(double prompt, double batch, double ignored) {
		double previous = Double.POSITIVE_INFINITY;
		for (double mfu : new double[] { 0.05, 0.1, 0.2, 0.4, 0.8 }) {
			double next = energy(roofline(prompt, 500, 500, batch, mfu));
			assertTrue(next <= previous * (1 + 1e-12), "mfu " + mfu);
			previous = next;
		}
	}

	@ParameterizedTest
	@ValueSource(doubles = { 0.1, 0.2, 0.35, 0.5, 0.9 })
	void trainingEnergyFallsWithMfu(double mfu) {
		// predicted mode: E ∝ 1 / MFU exactly
		Training t = TrainingBuilder.of("T", dense("D", 70e9, Precision.BF16), on(1024, h100(), datacenter("DC", 1.1, 400)),
				Precision.BF16).tokens(v(2e12)).mfu(v(mfu)).build();
		Training half = TrainingBuilder.of("T", dense("D", 70e9, Precision.BF16),
				on(1024, h100(), datacenter("DC", 1.1, 400)), Precision.BF16).tokens(v(2e12)).mfu(v(mfu / 2)).build();
		double e = nominal(analyze(study(List.of(t), List.of())).trainings().get(0), "energy");
		double eHalf = nominal(analyze(study(List.of(half), List.of())).trainings().get(0), "energy");
		assertEquals(2 * e, eHalf, e * 1e-12);
	}

	static Workloads uncertainStudy() {
		Inference i = InferenceBuilder.of("U", moe("M", 671e9, 37e9, Precision.FP8), on(8, h100(), datacenter("DC", 1.2, 400)),
				150, 0, 500, 16).with(v(150), Value.triangular(600, 1100, 3000), Value.uniform(300, 700),
						Value.triangular(4, 16, 64)).mfu(Value.uniform(0.2, 0.5)).requestsPerDay(1e6).build();
		Training t = TrainingBuilder.of("T", moe("V3", 671e9, 37e9, Precision.FP8),
				on(2048, h100(), datacenter("DC", 1.1, 400)), Precision.BF16).tokens(Value.uniform(13e12, 15e12))
				.mfu(Value.triangular(0.25, 0.35, 0.45)).build();
		return new Workloads(List.of(t), List.of(i));
	}

	private record Workloads(List<Training> trainings, List<Inference> inferences) {
	}

	private static StudyResult run(Settings settings) {
		Workloads s = uncertainStudy();
		return analyze(study(s.trainings(), s.inferences()), settings);
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 42, 20250129 })
	void percentilesAreOrderedForEveryFigure(long seed) {
		StudyResult result = run(new Settings(5_000, seed, 2));
		for (AnalysisResult r : result.results()) {
			for (Figure f : r.figures()) {
				f.estimate().percentiles().ifPresent(p -> assertTrue(p.p05() <= p.p50() && p.p50() <= p.p95(),
						r.name() + "." + f.key()));
			}
		}
		assertTrue(result.inferences().get(0).figure("energy_per_request").orElseThrow().estimate().isUncertain());
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 4 })
	void sameSeedSameResultOnAnyNumberOfThreads(int threads) {
		StudyResult reference = run(new Settings(10_000, 99, 1));
		StudyResult again = run(new Settings(10_000, 99, threads));
		assertEquals(reference.results(), again.results());
	}

	@ParameterizedTest
	@ValueSource(longs = { 3, 4 })
	void anotherSeedMovesThePercentilesSlightly(long seed) {
		var a = run(new Settings(10_000, 99, 2)).trainings().get(0).figure("energy").orElseThrow().estimate();
		var b = run(new Settings(10_000, seed, 2)).trainings().get(0).figure("energy").orElseThrow().estimate();
		assertTrue(a.percentiles().orElseThrow().p95() != b.percentiles().orElseThrow().p95());
		assertEquals(a.percentiles().orElseThrow().p95(), b.percentiles().orElseThrow().p95(),
				a.percentiles().orElseThrow().p95() * 0.02);
	}
}

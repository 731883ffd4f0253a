package org.jevons.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jevons.analysis.Estimate;
import org.jevons.analysis.engine.MonteCarlo;
import org.jevons.analysis.engine.Quantiles;
import org.jevons.analysis.inference.InferenceModel;
import org.jevons.attribution.InputProblems.Kind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Per-request figures from the inference kernel, checks of bad rows, aggregates and their percentiles. */
class AttributionTest {
	@TempDir
	Path dir;
	private Usage usage;
	private final List<Double> energies = new ArrayList<>();
	private final List<Double> carbon = new ArrayList<>();
	private final List<Double> water = new ArrayList<>();
	private final List<String> workloads = new ArrayList<>();

	@BeforeEach
	void load() throws Exception {
		usage = Fixtures.usage(dir);
	}

	private Attribution attribution(int samples, String... by) {
		return new Attribution(Fixtures.plan(usage, samples, by), r -> {
			for (int i = 0; i < r.size(); i++) {
				energies.add(r.energyWh[i]);
				carbon.add(r.carbonG[i]);
				water.add(r.waterMl[i]);
				workloads.add(r.workload[i]);
			}
		});
	}

	@Test
	void perRequestFiguresAreTheHandDerivedOnes() throws Exception {
		Attribution a = attribution(0, "workload");
		a.accept(Fixtures.row(1, "chat-small", 100, 0, 400));
		a.finish();
		// 1.2 · (0.196 J · 100 + 2 J · 400) = 983.52 J
		assertEquals(983.52 / 3600, energies.get(0), 1e-12);
		assertEquals(983.52 / 3.6e6 * 0.4 * 1e3, carbon.get(0), 1e-12); // 0.4 kg/kWh, in g
		assertEquals(983.52 / 1.2 / 3.6e6 * 0.5 * 1e3, water.get(0), 1e-12); // on-site water of IT energy, in mL
		assertEquals(List.of("Chat"), workloads);
	}

	@Test
	void perRequestEnergyIsTheKernelsBitForBit() throws Exception {
		InferenceModel model = new InferenceModel(usage.rules().get(0).workload());
		double[] nominal = model.space().nominal();
		double[] out = new double[model.kernel().figures().size()];
		model.kernel().evaluate(nominal, out);
		Attribution a = attribution(0, "workload");
		a.accept(Fixtures.row(1, "chat-x", 100, 0, 400)); // the inference's own tokens
		a.finish();
		assertEquals(out[model.kernel().indexOf("energy_per_request")] / 3600, energies.get(0), 0.0);
	}

	@Test
	void aggregatePercentilesAreAnalyzesMonteCarlo() throws Exception {
		int samples = 300;
		Attribution a = attribution(samples, "workload");
		a.accept(Fixtures.row(1, "fuzzy", 100, 0, 400)); // exactly Fuzzy's declared request
		a.finish();
		InferenceModel model = new InferenceModel(usage.rules().get(1).workload());
		int energy = model.kernel().indexOf("energy_per_request");
		double[][] columns = MonteCarlo.sample(model.space(), model.kernel(), new int[] { energy }, samples, 42, false);
		Estimate.Percentiles expected = Quantiles.of(columns[0]).orElseThrow();
		Estimate.Percentiles actual = a.groups().get(0).percentiles(0).orElseThrow();
		assertEquals(expected.p05(), actual.p05(), 1e-9 * expected.p05());
		assertEquals(expected.p50(), actual.p50(), 1e-9 * expected.p50());
		assertEquals(expected.p95(), actual.p95(), 1e-9 * expected.p95());
		assertTrue(actual.p05() < actual.p95());
	}

	@Test
	void aggregatesAddRequestsOfTheirKey() throws Exception {
		Attribution a = attribution(50, "day", "workload");
		for (int i = 1; i <= 1000; i++) {
			a.accept(Fixtures.row(i, i % 2 == 0 ? "chat-a" : "fuzzy", 100, 0, 400));
		}
		a.finish();
		assertEquals(2, a.groups().size());
		Group chat = a.groups().stream().filter(g -> g.key().get(1).equals("Chat")).findFirst().orElseThrow();
		assertEquals(List.of("2026-01-01", "Chat"), chat.key());
		assertEquals(500, chat.requests());
		assertEquals(500 * 983.52, chat.nominal(0), 1e-6);
		// Chat has no uncertain input: every sample total is the nominal total
		assertEquals(500 * 983.52, chat.percentiles(0).orElseThrow().p05(), 1e-6);
		assertEquals(1000, a.attributed());
	}

	@Test
	void badRowsAreCountedPerKindWithTheirRowNumbers() throws Exception {
		Attribution a = attribution(0, "workload");
		a.accept(Fixtures.row(1, "chat-a", 100, 0, 400));
		a.accept(Fixtures.row(2, "gpt-9", 100, 0, 400));
		a.accept(Fixtures.row(3, "chat-a", -1, 0, 400));
		a.accept(Fixtures.row(4, "chat-a", Double.NaN, 0, 400));
		LogRow late = Fixtures.row(5, "chat-a", 1, 0, 4);
		late.time = Plan.defaultTo() + 1;
		a.accept(late);
		LogRow untimed = Fixtures.row(6, "chat-a", 1, 0, 4);
		untimed.time = LogRow.NO_TIME;
		a.accept(untimed);
		a.finish();
		InputProblems p = a.problems();
		assertEquals(1, p.count(Kind.UNKNOWN_MODEL));
		assertEquals(1, p.count(Kind.NEGATIVE_TOKENS));
		assertEquals(2, p.count(Kind.MALFORMED));
		assertEquals(1, p.count(Kind.TIME_OUT_OF_RANGE));
		assertEquals(5, p.total());
		assertTrue(p.examples(Kind.UNKNOWN_MODEL).get(0)
				.matches("log\\.csv:2: no rule of usage Logs \\(.*study\\.energy:7\\) maps model 'gpt-9'"),
				p.examples(Kind.UNKNOWN_MODEL).toString());
		assertTrue(p.examples(Kind.NEGATIVE_TOKENS).get(0).startsWith("log.csv:3: negative token count"));
		assertEquals(1, a.attributed());
	}

	@Test
	void globsMatchWholeValuesIgnoringCase() {
		assertTrue(Matcher.glob("chat-*").matcher("Chat-Large").matches());
		assertTrue(Matcher.glob("*-r1*").matcher("deepseek-r1-distill").matches());
		assertTrue(!Matcher.glob("chat").matcher("chat-x").matches());
		assertTrue(Matcher.glob("a.b").matcher("a.b").matches() && !Matcher.glob("a.b").matcher("axb").matches());
	}
}

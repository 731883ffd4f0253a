package org.jevons.analysis.compare;

import static org.jevons.analysis.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jevons.analysis.ComparisonResult;
import org.jevons.analysis.ExpectationResult;
import org.jevons.analysis.StudyResult;
import org.jevons.analysis.inference.InferenceAcceptanceTest;
import org.jevons.analysis.spec.Specs.Inference;
import org.jevons.analysis.spec.Specs.Operator;
import org.jevons.analysis.spec.Specs.Per;
import org.junit.jupiter.api.Test;

/** seed_87_percent.energy: the comparison and its expectation. */
class SeedComparisonTest {
	static final Inference R1 = InferenceAcceptanceTest.r1Chat();
	static final Inference LLAMA = InferenceAcceptanceTest.llamaChat();
	static final StudyResult RESULT = analyze(study(List.of(), List.of(LLAMA, R1),
			List.of(compare(R1, LLAMA, Per.REQUEST), compare(R1, LLAMA, Per.TOKEN)), List.of(), List.of(),
			List.of(expect("R1_chat energy per request <= 1 Wh", "R1_chat", "energy per request", Operator.LE,
					1 * WH))));

	static ComparisonResult perRequest() {
		return RESULT.comparisons().get(0);
	}

	@Test
	void ratioIsAbout87PercentMore() {
		// R1: 26.4739 J prefill (at 70 + 630 · 0.87 = 618.1 W) + 1650 × 2 J = 3326.474 J; Llama: 26.4739 + 880 × 2
		// = 1786.474 J; ratio 3326.474 / 1786.474 = 1.862033; checks.py 1.83 .. 1.90
		ComparisonResult c = perRequest();
		assertEquals("R1_chat vs Llama_chat", c.name());
		assertEquals(1.862033, nominal(c, "ratio"), 1e-6);
		assertEquals(1540.0, nominal(c, "difference"), 1e-9);
	}

	@Test
	void ratioDecomposesIntoTokensTimesEnergyPerToken() {
		// tokens 1650 / 880 = 1.875; per token (3326.474/1650) / (1786.474/880) = 2.016045 / 2.030084 = 0.993084
		ComparisonResult c = perRequest();
		assertEquals(1.875, nominal(c, "token_ratio"), 1e-12);
		assertEquals(0.993084, nominal(c, "per_token_ratio"), 1e-6);
		assertEquals(nominal(c, "ratio"), nominal(c, "token_ratio") * nominal(c, "per_token_ratio"), 1e-12);
		assertEquals(nominal(c, "difference"), nominal(c, "tokens_effect") + nominal(c, "per_token_effect"), 1e-9);
	}

	@Test
	void perTokenComparison() {
		assertEquals(0.993084, nominal(RESULT.comparisons().get(1), "ratio"), 1e-6);
	}

	@Test
	void expectationPasses() {
		// 0.924021 Wh <= 1 Wh
		ExpectationResult e = RESULT.expectations().get(0);
		assertTrue(e.passed(), e.problems().toString());
		assertEquals(3326.4739, e.actual().orElseThrow().nominal(), 1e-3);
		assertEquals(1 * WH, e.limit());
	}
}

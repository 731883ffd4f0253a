package org.jevons.dsl.tests;

import static org.jevons.dsl.tests.Energy.assertIssue;
import static org.jevons.dsl.tests.Energy.assertNoErrors;
import static org.jevons.dsl.tests.Energy.issues;
import static org.jevons.dsl.tests.Fixtures.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.jevons.dsl.validation.IssueCodes;
import org.junit.jupiter.api.Test;

/** {@code usage} mappings of request logs to workloads ({@code jevons attribute}). */
class UsageValidationTest {
	private static final String COLUMNS = """
			column time "timestamp"  column model "gen_ai.request.model"
			column prompt "gen_ai.usage.input_tokens"  column answer "gen_ai.usage.output_tokens"
			""";

	@Test
	void aCompleteMappingIsValid() {
		assertNoErrors(issues(with("usage Logs { " + COLUMNS + " column region \"cloud.region\"\n"
				+ " map model \"llama*\" region \"eu-*\" -> I  map model \"*\" -> I }")));
	}

	@Test
	void unknownAndDuplicateRoles() {
		List<Issue> issues = issues(with("usage Logs { " + COLUMNS + " column tokens \"t\"  column model \"m2\" "
				+ "map model \"a\" -> I }"));
		assertIssue(issues, IssueCodes.USAGE_ROLE, Severity.ERROR, "Unknown column role 'tokens': use time, model, "
				+ "provider, region, prompt, reasoning, answer, carbon");
		assertIssue(issues, IssueCodes.USAGE_ROLE_DUPLICATE, Severity.ERROR,
				"Role 'model' has a column already in usage Logs");
	}

	@Test
	void requiredColumnsAndRules() {
		List<Issue> issues = issues(with("usage Logs { column model \"m\" }"));
		assertIssue(issues, IssueCodes.USAGE_COLUMN_MISSING, Severity.ERROR,
				"usage Logs needs the column of 'prompt' (column prompt \"...\")");
		assertIssue(issues, IssueCodes.USAGE_COLUMN_MISSING, Severity.ERROR, "'answer'");
		assertIssue(issues, IssueCodes.USAGE_NO_RULES, Severity.WARNING,
				"usage Logs has no map rule: no row would be attributed");
	}

	@Test
	void rulesMatchOnDeclaredModelProviderOrRegion() {
		List<Issue> issues = issues(with("usage Logs { " + COLUMNS + " map prompt \"1\" -> I  map region \"eu\" -> I }"));
		assertIssue(issues, IssueCodes.USAGE_RULE_KEY, Severity.ERROR,
				"A rule matches on model, provider or region, not 'prompt'");
		Issue region = assertIssue(issues, IssueCodes.USAGE_RULE_KEY, Severity.ERROR,
				"usage Logs has no column for 'region' (column region \"...\")");
		assertEquals(11, region.getLineNumber()); // the WORLD has 8 lines; the rules are on the usage's third
	}

	@Test
	void aRuleMustPointToAnInference() {
		assertIssue(issues(with("usage Logs { " + COLUMNS + " map model \"a\" -> Nope }")),
				IssueCodes.NAME_UNRESOLVED, Severity.ERROR, "Nope");
	}
}

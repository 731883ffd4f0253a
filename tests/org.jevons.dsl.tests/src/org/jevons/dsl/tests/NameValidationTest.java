package org.jevons.dsl.tests;

import static org.jevons.dsl.tests.Energy.assertIssue;
import static org.jevons.dsl.tests.Energy.assertNoIssue;
import static org.jevons.dsl.tests.Energy.issues;
import static org.jevons.dsl.tests.Energy.withCode;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.jevons.dsl.validation.IssueCodes;
import org.junit.jupiter.api.Test;

/** Names: unresolved and ambiguous references, duplicate declarations, extends cycles, repeated properties. */
class NameValidationTest {

	@Test
	void unresolvedReference() {
		List<Issue> issues = issues("inference I { model Nope }");
		assertIssue(issues, IssueCodes.NAME_UNRESOLVED, Severity.ERROR, "Unresolved model 'Nope'");
	}

	@Test
	void unresolvedLibraryNameSuggestsTheImport() {
		List<Issue> issues = issues("node N { accelerators 8 x H100_SXM }");
		assertIssue(issues, IssueCodes.NAME_UNRESOLVED, Severity.ERROR, "Unresolved accelerator 'H100_SXM'",
				"import jevons.library.hardware.*");
	}

	@Test
	void unresolvedWorkspaceNameSuggestsTheImport() {
		List<Issue> issues = issues("package p\nnode N { accelerators 8 x Mine }", "package q.r\naccelerator Mine { }");
		assertIssue(issues, IssueCodes.NAME_UNRESOLVED, Severity.ERROR, "import q.r.*");
	}

	@Test
	void importedLibraryNameResolves() {
		List<Issue> issues = issues("import jevons.library.hardware.*\nnode N { accelerators 8 x H100_SXM }");
		assertNoIssue(issues, IssueCodes.NAME_UNRESOLVED);
	}

	@Test
	void nameImportedFromTwoNamespacesIsAmbiguous() {
		List<Issue> issues = issues("package main\nimport a.*\nimport b.*\nnode N { accelerators 8 x Dup }",
				"package a\naccelerator Dup { }", "package b\naccelerator Dup { }");
		assertIssue(issues, IssueCodes.NAME_AMBIGUOUS, Severity.ERROR, "a.Dup", "b.Dup", "qualified name");
		assertNoIssue(issues(
				"package main\nimport a.*\nimport b.*\nnode N { accelerators 8 x a.Dup }",
				"package a\naccelerator Dup { }", "package b\naccelerator Dup { }"), IssueCodes.NAME_AMBIGUOUS);
	}

	@Test
	void duplicateInOneFile() {
		List<Issue> issues = issues("model A { } model A { }");
		assertEquals(2, withCode(issues, IssueCodes.NAME_DUPLICATE).size(), Energy.show(issues)::toString);
		assertIssue(issues, IssueCodes.NAME_DUPLICATE, Severity.ERROR, "Duplicate name 'A'");
	}

	@Test
	void duplicateAcrossFiles() {
		List<Issue> issues = issues("package p\nmodel A { }", "package p\nmodel A { }");
		assertIssue(issues, IssueCodes.NAME_DUPLICATE, Severity.ERROR, "'p.A'", "also declared in");
		assertNoIssue(issues("package p\nmodel A { }", "package q\nmodel A { }"), IssueCodes.NAME_DUPLICATE);
	}

	@Test
	void hardwareAndAnalysesShareANamespaceOtherKindsDoNot() {
		assertEquals(2, withCode(issues("accelerator X { } node X { }"), IssueCodes.NAME_DUPLICATE).size());
		assertEquals(2, withCode(issues("training X { } projection X { }"), IssueCodes.NAME_DUPLICATE).size());
		assertNoIssue(issues("model energy { } accelerator energy { } grid energy { } inference energy { }"),
				IssueCodes.NAME_DUPLICATE);
	}

	@Test
	void extendsCycle() {
		List<Issue> issues = issues("grid A extends B { } grid B extends A { }");
		assertEquals(2, withCode(issues, IssueCodes.EXTENDS_CYCLE).size());
		assertIssue(issues, IssueCodes.EXTENDS_CYCLE, Severity.ERROR, "Cycle in extends: A extends B extends A");
		assertIssue(issues("model M extends M { }"), IssueCodes.EXTENDS_CYCLE, Severity.ERROR, "M extends M");
		assertNoIssue(issues("grid A { } grid B extends A { } grid C extends B { }"), IssueCodes.EXTENDS_CYCLE);
	}

	@Test
	void repeatedPropertyWarnsThatTheLaterWins() {
		List<Issue> issues = issues("accelerator A {\n power 700 W\n memory 80 GB\n power 800 W\n}");
		Issue i = assertIssue(issues, IssueCodes.PROPERTY_DUPLICATE, Severity.WARNING, "'power'", "line 4",
				"the later value wins");
		assertEquals(2, i.getLineNumber());
		assertEquals(1, withCode(issues, IssueCodes.PROPERTY_DUPLICATE).size());
		assertIssue(issues("accelerator A { peak bf16 1 TFLOP/s peak bf16 2 TFLOP/s }"), IssueCodes.PROPERTY_DUPLICATE,
				Severity.WARNING, "'peak bf16'");
		assertNoIssue(issues("accelerator A { peak bf16 1 TFLOP/s peak fp8 2 TFLOP/s }"),
				IssueCodes.PROPERTY_DUPLICATE);
	}
}

package org.jevons.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.jevons.model.energy.EnergyFile;

import com.google.inject.Injector;

/**
 * Parse and validation helpers of the language tests, the equivalent of Xtext's ParseHelper and
 * ValidationTestHelper (org.eclipse.xtext.testing needs JUnit 4 as OSGi bundle {@code org.junit}, which Maven
 * Central does not publish, so it is not in the Central-only target platform).
 */
final class Energy {

	private static final AtomicInteger COUNTER = new AtomicInteger();

	private Energy() {
	}

	static Injector injector() {
		return EnergyInjector.get();
	}

	/** This bundle's directory: Tycho runs tests in target/work, an IDE in the bundle itself. */
	static Path bundleDir() {
		for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
			if (java.nio.file.Files.isDirectory(p.resolve("resources/acceptance"))) {
				return p;
			}
		}
		throw new IllegalStateException("resources/acceptance not found above " + Path.of("").toAbsolutePath());
	}

	/** The test resources folder: copies of the contract and the acceptance cases. */
	static Path resources() {
		return bundleDir().resolve("resources");
	}

	static XtextResourceSet newResourceSet() {
		return injector().getInstance(XtextResourceSet.class);
	}

	static XtextResource parse(XtextResourceSet set, String name, String text) {
		XtextResource resource = (XtextResource) set.createResource(URI.createURI("test:/" + name));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return resource;
	}

	static XtextResource parse(String text) {
		return parse(newResourceSet(), "t" + COUNTER.incrementAndGet() + ".energy", text);
	}

	/** Syntax (and, after resolving, linking) errors of a resource. */
	static List<String> errors(Resource r) {
		return r.getErrors().stream().map(d -> "line " + d.getLine() + ": " + d.getMessage())
				.collect(Collectors.toList());
	}

	/** Parses text that must have no syntax error. */
	static EnergyFile file(String text) {
		XtextResource r = parse(text);
		List<String> errors = errors(r);
		assertTrue(errors.isEmpty(), () -> "syntax errors " + errors + "\n--- input ---\n" + text);
		return (EnergyFile) r.getContents().get(0);
	}

	/** Every issue (syntax, linking, validation) of the first of several files loaded together. */
	static List<Issue> issues(String text, String... otherFiles) {
		XtextResourceSet set = newResourceSet();
		XtextResource main = parse(set, "main" + COUNTER.incrementAndGet() + ".energy", text);
		for (String other : otherFiles) {
			parse(set, "other" + COUNTER.incrementAndGet() + ".energy", other);
		}
		EcoreUtil2.resolveAll(set);
		return validate(main);
	}

	static List<Issue> validate(Resource r) {
		return injector().getInstance(IResourceValidator.class).validate(r, CheckMode.ALL, CancelIndicator.NullImpl);
	}

	static List<Issue> withCode(List<Issue> issues, String code) {
		return issues.stream().filter(i -> code.equals(i.getCode())).toList();
	}

	/** Asserts one issue of this code and severity whose message contains every part. */
	static Issue assertIssue(List<Issue> issues, String code, Severity severity, String... messageParts) {
		List<Issue> matching = withCode(issues, code);
		if (matching.isEmpty()) {
			fail("no issue " + code + " in " + show(issues));
		}
		for (Issue i : matching) {
			if (i.getSeverity() == severity
					&& Arrays.stream(messageParts).allMatch(part -> i.getMessage().contains(part))) {
				return i;
			}
		}
		fail("issue " + code + " (" + severity + ") with " + Arrays.toString(messageParts) + " not in " + show(issues));
		throw new AssertionError();
	}

	static void assertNoIssue(List<Issue> issues, String code) {
		assertEquals(List.of(), show(withCode(issues, code)), "unexpected " + code);
	}

	static void assertNoErrors(List<Issue> issues) {
		assertEquals(List.of(), show(issues.stream().filter(i -> i.getSeverity() == Severity.ERROR).toList()));
	}

	static List<String> show(List<Issue> issues) {
		List<String> out = new ArrayList<>();
		for (Issue i : issues) {
			out.add(i.getSeverity() + " " + i.getCode() + " line " + i.getLineNumber() + ": " + i.getMessage());
		}
		return out;
	}
}

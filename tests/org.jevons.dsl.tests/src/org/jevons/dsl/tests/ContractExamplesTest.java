package org.jevons.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every example of the language contract (a copy of shared/design/language.md in resources/) and every acceptance
 * case (resources/acceptance/) parses; the acceptance cases also link and validate without errors.
 */
class ContractExamplesTest {

	static Stream<String> acceptanceCases() throws IOException {
		try (Stream<Path> s = Files.list(Energy.resources().resolve("acceptance"))) {
			List<String> names = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".energy")).sorted()
					.toList();
			assertEquals(5, names.size(), "acceptance cases copied into resources/acceptance");
			return names.stream();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("acceptanceCases")
	void acceptanceCaseParsesLinksAndValidates(String name) throws IOException {
		String text = Files.readString(Energy.resources().resolve("acceptance").resolve(name));
		XtextResourceSet set = Energy.newResourceSet();
		XtextResource r = Energy.parse(set, name, text);
		assertEquals(List.of(), Energy.errors(r), name + ": syntax errors");
		List<Issue> issues = Energy.validate(r);
		assertEquals(List.of(), Energy.errors(r), name + ": linking errors");
		Energy.assertNoErrors(issues);
	}

	/** Fenced blocks of language.md with the heading they belong to. */
	static Stream<Arguments> languageMdBlocks() throws IOException {
		String md = Files.readString(Energy.resources().resolve("language-contract.md"));
		Matcher m = Pattern.compile("(?ms)^```[^\\n]*\\n(.*?)^```").matcher(md);
		List<Arguments> out = new ArrayList<>();
		while (m.find()) {
			String block = m.group(1);
			String before = md.substring(0, m.start());
			Matcher h = Pattern.compile("(?m)^#+ (.*)$").matcher(before);
			String heading = "";
			while (h.find()) {
				heading = h.group(1);
			}
			// the `File structure` block is a template: its placeholder line is not syntax
			block = block.replace("... declarations ...", "// ... declarations ...");
			int line = before.split("\n", -1).length + 1;
			out.add(Arguments.of("language.md:" + line + " [" + heading + "]", block));
		}
		assertEquals(11, out.size(), "number of fenced blocks in language.md changed: update this test");
		return out.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("languageMdBlocks")
	void languageMdExampleParses(String label, String block) {
		XtextResource r = Energy.parse(block);
		assertEquals(List.of(), Energy.errors(r), label);
	}

	/** Inline `code` spans of language.md that are numbers or quantities ({@code 671B}, {@code 989 TFLOP/s}). */
	static Stream<String> languageMdInlineQuantities() throws IOException {
		String md = Files.readString(Energy.resources().resolve("language-contract.md"));
		Matcher m = Pattern.compile("`([^`\\n]+)`").matcher(md);
		TreeSet<String> out = new TreeSet<>();
		while (m.find()) {
			String span = m.group(1);
			// `2 · N_a · P_avg / (F · MFU)` is a formula; `1e309`, `1e-400`, `1eV` are the documented errors
			if (span.matches("-?[0-9].*") && !span.contains("\u00b7") && !span.matches("1e(309|-400|V)")) {
				out.add(span);
			}
		}
		assertTrue(out.size() >= 30, "expected the unit/number examples of language.md, got " + out);
		return out.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("languageMdInlineQuantities")
	void languageMdInlineQuantityParses(String span) {
		assertEquals(List.of(), Energy.errors(Energy.parse("expect X e <= " + span)), span);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "1e309", "1e-400", "1eV" })
	void languageMdDocumentedNumberErrorsAreSyntaxErrors(String span) {
		assertFalse(Energy.errors(Energy.parse("expect X e <= " + span)).isEmpty(), span);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "accelerator A { power 989 TFLOP/s }", "sweep S { vary mfu from 0.2 to 0.5 step 0.05 }",
			"inference I { average power 892 W }", "training T { accelerator-hours 3.552M h }",
			"grid G { carbon 560 gCO2e/kWh source \"...\" }", "import jevons.library.hardware.H100_SXM",
			"node N { accelerators 8 x jevons.library.hardware.H100_SXM }",
			"accelerator A { peak fp32 1 TFLOP/s peak tf32 1 TFLOP/s peak bf16 1 TFLOP/s peak fp16 1 TFLOP/s"
					+ " peak fp8 1 TFLOP/s peak int8 1 TFLOP/s peak fp4 1 TFLOP/s }",
			"training T { model M on 8 x A precision fp4 }", "model M { architecture dense } model N { architecture moe }",
			"datacenter D { carbon 400 gCO2e/kWh }", "sweep S { vary model.active from 10B to 100B step 10B }",
			"compare R1_chat with Llama33_chat per year", "expect X rebound < 1" })
	void languageMdInlineFragmentParses(String text) {
		assertEquals(List.of(), Energy.errors(Energy.parse(text)), text);
	}
}

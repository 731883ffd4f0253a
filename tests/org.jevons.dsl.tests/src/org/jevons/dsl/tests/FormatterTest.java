package org.jevons.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.util.ExceptionAcceptor;
import org.jevons.model.energy.Accelerator;
import org.jevons.model.energy.EnergyFile;
import org.jevons.model.energy.QuantityProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The canonical layout: exact output, round trip to the same model, idempotence, comments kept, serialization. */
class FormatterTest {

	static String format(String text) {
		XtextResource r = Energy.parse(text);
		assertEquals(List.of(), Energy.errors(r), "input must parse");
		ITextRegionAccess access = Energy.injector().getInstance(TextRegionAccessBuilder.class).forNodeModel(r)
				.create();
		FormatterRequest request = Energy.injector().getInstance(FormatterRequest.class);
		request.setTextRegionAccess(access);
		request.setExceptionHandler(ExceptionAcceptor.THROWING);
		List<ITextReplacement> replacements = Energy.injector().getInstance(IFormatter2.class).format(request);
		return access.getRewriter().renderToString(replacements);
	}

	@Test
	void canonicalLayout() {
		String messy = """
				package   demo.p
				import jevons.library.hardware.*   import jevons.library.grids.*
				accelerator   A extends   B{peak bf16 989   TFLOP/s source   "x" power 700W
				memory 80GB}
				accelerator B { }
				inference I { model M on 8 x A in D reasoning 600..1100 ..3000 tokens requests 10M/day }
				sweep S { workload I vary batch in 1 ,8,32 vary model.active from 10B to 100B step 10B }
				expect I energy per request<=5 Wh
				""";
		String expected = """
				package demo.p

				import jevons.library.hardware.*
				import jevons.library.grids.*

				accelerator A extends B {
				    peak bf16 989 TFLOP/s source "x"
				    power 700 W
				    memory 80 GB
				}

				accelerator B { }

				inference I {
				    model M
				    on 8 x A in D
				    reasoning 600 .. 1100 .. 3000 tokens
				    requests 10M /day
				}

				sweep S {
				    workload I
				    vary batch in 1, 8, 32
				    vary model.active from 10B to 100B step 10B
				}

				expect I energy per request <= 5 Wh
				""";
		assertEquals(expected, format(messy));
	}

	@Test
	void commentsArePreserved() {
		String text = """
				// header comment
				accelerator A { // after the brace
				    power 700 W   // board power
				    /* block */ memory 80 GB
				}
				/* between */
				grid G { carbon 1 gCO2e/kWh }
				""";
		String formatted = format(text);
		for (String comment : List.of("// header comment", "// after the brace", "// board power", "/* block */",
				"/* between */")) {
			assertTrue(formatted.contains(comment), () -> comment + " lost in\n" + formatted);
		}
		assertEquals(formatted, format(formatted), "idempotent with comments");
	}

	@Test
	void projectionPropertiesOneALine() {
		String messy = """
				projection P { workload I service A growth 60 %/year years 2025 to 2035 energy share 30 %  coupled
				other cost trend -33 .. -20 %/year saturation 80B /day baseline 350 TWh/year growth 5 %/year
				carbon trend -4 %/year reference IEA_2025_base history 2023 demand 1M /day price 10 USD }
				""";
		String expected = """
				projection P {
				    workload I
				    service A growth 60 %/year
				    years 2025 to 2035
				    energy share 30 %
				    coupled
				    other cost trend -33 .. -20 %/year
				    saturation 80B /day
				    baseline 350 TWh/year growth 5 %/year
				    carbon trend -4 %/year
				    reference IEA_2025_base
				    history 2023 demand 1M /day price 10 USD
				}
				""";
		assertEquals(expected, format(messy));
	}

	static Stream<Path> samples() throws IOException {
		List<Path> out = new java.util.ArrayList<>();
		try (Stream<Path> s = Files.list(Energy.resources().resolve("acceptance"))) {
			s.sorted().forEach(out::add);
		}
		Path library = Energy.bundleDir().resolve("../../bundles/org.jevons.dsl/library/jevons/library");
		try (Stream<Path> s = Files.list(library)) {
			s.sorted().forEach(out::add);
		}
		return out.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("samples")
	void formatKeepsTheModelAndIsIdempotent(Path file) throws IOException {
		String text = Files.readString(file);
		String once = format(text);
		assertEquals(once, format(once), "formatting twice changes nothing");
		XtextResource before = Energy.parse(text);
		XtextResource after = Energy.parse(once);
		EcoreUtil2.resolveAll(before);
		EcoreUtil2.resolveAll(after);
		assertTrue(EcoreUtil.equals(before.getContents().get(0), after.getContents().get(0)),
				() -> "formatted model differs:\n" + once);
	}

	@Test
	void serializingAChangedModel() {
		XtextResource r = Energy.parse("accelerator A { power 700 W source \"TDP\" memory 80 GB }\n");
		EnergyFile file = (EnergyFile) r.getContents().get(0);
		Accelerator a = (Accelerator) file.getDeclarations().get(0);
		QuantityProperty power = (QuantityProperty) a.getProperties().get(0);
		power.getValue().setFirst(800.0);
		power.getValue().setSecond(900.0);
		power.getValue().setUnit("kW");
		ISerializer serializer = Energy.injector().getInstance(ISerializer.class);
		String plain = serializer.serialize(file);
		assertTrue(plain.contains("power 800 .. 900 kW source \"TDP\""), plain);
		String formatted = serializer.serialize(file, SaveOptions.newBuilder().format().getOptions());
		assertEquals("accelerator A {\n    power 800 .. 900 kW source \"TDP\"\n    memory 80 GB\n}\n", formatted);
		EnergyFile again = Energy.file(formatted);
		assertTrue(EcoreUtil.equals(file, again));
	}
}

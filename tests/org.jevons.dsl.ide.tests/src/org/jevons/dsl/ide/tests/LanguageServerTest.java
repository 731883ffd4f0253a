package org.jevons.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.jevons.dsl.validation.IssueCodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

/** The language server driven in process through LSP4J, as the workbench editor drives it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LanguageServerTest {

	static final String ACCELERATOR = "accelerator G {\n    peak bf16 989 TFLOP/s\n    power 700 W source \"datasheet\"\n}\n";

	static final String STUDY = """
			import jevons.library.hardware.*
			import jevons.library.models.*
			import jevons.library.grids.*

			training T {
			    model DeepSeek_V3
			    on 2048 x H800 in Hyperscale
			    tokens 14.8T
			    mfu 0.30 .. 0.40
			}
			inference I {
			    model Llama_3_3_70B
			    on 2 x H100_SXM in Hyperscale
			    prompt 150 tokens
			    answer 500 tokens
			    requests 1M /day
			}
			inference J extends I {
			    answer 1000 tokens
			}
			compare J with I
			""";

	/** Static: JUnit injects instance temp dirs only after @BeforeAll. */
	@TempDir
	static Path workspace;

	TestServer server;

	@BeforeAll
	void start() throws Exception {
		server = new TestServer(workspace);
	}

	@AfterAll
	void stop() {
		server.close();
	}

	@Test
	void diagnosticsAfterDidOpen() throws Exception {
		String bad = server.open("bad.energy", "accelerator X { power }\n");
		assertFalse(server.diagnostics(bad).getDiagnostics().isEmpty(), "a syntax error is reported");
		String good = server.open("good.energy", ACCELERATOR);
		assertEquals(List.of(), server.diagnostics(good).getDiagnostics());
	}

	@Test
	void unitsOfThePropertysDimensionComeFirst() throws Exception {
		String uri = server.open("units.energy", "accelerator G {\n    power 700 \n}\n");
		List<String> labels = server.labels(uri, 1, 14);
		assertTrue(labels.contains("W") && labels.contains("kW"), labels.toString());
		assertTrue(labels.indexOf("kW") < labels.indexOf("J"), "power units before energy units: " + labels);
		assertFalse(labels.contains("accelerator"), "no names or declaration keywords after a number: " + labels);
	}

	@Test
	void unitsAfterAPrefix() throws Exception {
		String uri = server.open("prefix.energy", "accelerator G {\n    bandwidth 3.35 T\n}\n");
		List<String> labels = server.labels(uri, 1, 20);
		assertTrue(labels.contains("TB/s"), labels.toString());
	}

	@Test
	void hardwareNamesIncludeTheBuiltInLibrary() throws Exception {
		String uri = server.open("names.energy", "import jevons.library.hardware.*\ninference I {\n    on 8 x \n}\n");
		List<String> labels = server.labels(uri, 2, 11);
		assertTrue(labels.contains("H100_SXM"), labels.toString());
		assertTrue(labels.contains("HGX_H100"), "nodes are hardware too: " + labels);
		assertFalse(labels.contains("GPT3_175B"), "models are not hardware: " + labels);
	}

	@Test
	void propertyKeysPrecisionsAndArchitectures() throws Exception {
		String training = server.open("keys.energy", "training T {\n    \n}\n");
		List<String> keys = server.labels(training, 1, 4);
		assertTrue(keys.contains("average power") && keys.contains("model") && keys.contains("on"), keys.toString());
		assertFalse(keys.contains("average"), "a key is proposed whole: " + keys);
		String peak = server.open("peak.energy", "accelerator G {\n    peak \n}\n");
		assertTrue(server.labels(peak, 1, 9).containsAll(List.of("bf16", "fp8", "fp32")));
		String model = server.open("arch.energy", "model M {\n    architecture \n}\n");
		assertTrue(server.labels(model, 1, 17).containsAll(List.of("dense", "moe")));
	}

	@Test
	void hoverOnAPropertyShowsItsDimension() throws Exception {
		String uri = server.open("hover.energy", ACCELERATOR);
		String key = server.hover(uri, 2, 6);
		assertTrue(key.contains("power") && key.contains("J/s") && key.contains("`kW`"), key);
		assertTrue(key.contains("datasheet"), "the source is shown: " + key);
		String value = server.hover(uri, 2, 11);
		assertTrue(value.contains("`700 W` = 700 J/s"), value);
		String peak = server.hover(uri, 1, 16);
		assertTrue(peak.contains("9.89e14 FLOP/s"), peak);
		String braces = server.hover(uri, 3, 0);
		assertTrue(braces.contains("**accelerator** `G`"), braces);
	}

	@Test
	void hoverOnAReferenceIntoTheLibrary() throws Exception {
		String uri = server.open("ref.energy", "import jevons.library.hardware.*\ntraining T {\n    on 8 x H100_SXM\n}\n");
		String hover = server.hover(uri, 2, 14);
		assertTrue(hover.contains("accelerator") && hover.contains("H100_SXM") && hover.contains("built-in library"),
				hover);
		assertTrue(hover.contains("power 700 W"), "the target's properties: " + hover);
	}

	@Test
	void hoverOnAReferenceInsideAnExpectShowsTheReferencedDeclaration() throws Exception {
		String uri = server.open("expect.energy", STUDY + "expect T energy <= 10 GWh\n");
		String hover = server.hover(uri, 21, 7);
		assertTrue(hover.contains("**training** `T`"), hover);
		assertFalse(hover.contains("**expect**"), hover);
		String onKeyword = server.hover(uri, 21, 2);
		assertTrue(onKeyword.startsWith("**expect** `T energy <= 10 GWh`"), "the keyword once: " + onKeyword);
	}

	@Test
	void libraryReferenceHoverListsOnePropertyALineWithItsSourceBelow() throws Exception {
		String uri = server.open("lines.energy", "import jevons.library.hardware.*\ntraining T {\n    on 8 x H100_SXM\n}\n");
		String hover = server.hover(uri, 2, 14);
		assertTrue(hover.lines().anyMatch(l -> l.startsWith("- `power 700 W`")), hover);
		assertTrue(hover.lines().anyMatch(l -> l.startsWith("  _source: ")), "sources on a line of their own: " + hover);
		assertFalse(hover.contains(" · "), hover);
	}

	@Test
	void definitionIntoTheLibrary() throws Exception {
		String uri = server.open("definition.energy",
				"import jevons.library.hardware.*\ntraining T {\n    on 8 x H100_SXM\n}\n");
		List<? extends Location> locations = server.definition(uri, 2, 14);
		assertEquals(1, locations.size(), locations.toString());
		assertTrue(locations.get(0).getUri().endsWith("jevons/library/hardware.energy"), locations.toString());
		List<String> library;
		try (java.io.InputStream in = java.net.URI.create(locations.get(0).getUri()).toURL().openStream()) {
			library = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
		}
		assertEquals(library.indexOf("accelerator H100_SXM {"), locations.get(0).getRange().getStart().getLine(),
				"the line of 'accelerator H100_SXM'");
	}

	@Test
	void hoverAndCodeLensOfAnalyses() throws Exception {
		String uri = server.open("study.energy", STUDY);
		assertEquals(List.of(), server.diagnostics(uri).getDiagnostics(), "the study is valid");
		String hover = server.hover(uri, 4, 9);
		assertTrue(hover.contains("**training** `T`") && hover.contains("Energy: ") && hover.contains("MWh"), hover);
		List<? extends CodeLens> lenses = server.codeLenses(uri);
		assertEquals(4, lenses.size(), "T, I, J and the comparison: " + lenses);
		assertEquals(4, lenses.get(0).getRange().getStart().getLine());
		List<String> titles = lenses.stream().map(l -> l.getCommand().getTitle()).toList();
		assertTrue(titles.get(0).startsWith("≈ ") && titles.get(0).contains("Wh"), titles.toString());
		assertTrue(titles.get(1).contains("Wh per request") && titles.get(1).contains("/year"), titles.toString());
		assertTrue(titles.get(3).matches("[0-9.]+× energy per request"), titles.toString());
		String reference = server.hover(uri, 20, 8);
		assertTrue(reference.contains("**inference** `J`") && reference.contains("per request"), reference);
	}

	@Test
	void documentSymbols() throws Exception {
		String uri = server.open("symbols.energy", STUDY);
		List<String> names = server.symbolNames(uri);
		assertTrue(names.containsAll(List.of("T", "I", "J")), names.toString());
	}

	@Test
	void formattingAnswers() throws Exception {
		String uri = server.open("format.energy", ACCELERATOR);
		assertNotNull(server.format(uri));
		assertNotNull(server.lsp.initializeResult().getCapabilities().getDocumentFormattingProvider());
	}

	@Test
	void analyzeRequestAnswersJson() throws Exception {
		String uri = server.open("analyze.energy", STUDY);
		JsonObject json = server.analyze(uri);
		assertEquals("T", json.getAsJsonArray("trainings").get(0).getAsJsonObject().get("name").getAsString(),
				json.toString());
		assertEquals("Wh", json.getAsJsonArray("inferences").get(0).getAsJsonObject()
				.getAsJsonObject("energy_per_request").get("unit").getAsString(), json.toString());
		JsonObject unknown = server.analyze(workspace.resolve("nowhere/unknown.energy").toUri().toString());
		assertTrue(unknown.has("error"), unknown.toString());
		JsonObject malformed = server.analyze("::not a uri::");
		assertTrue(malformed.has("error"), malformed.toString());
	}

	/** A file is validated again when a file it refers to changes, though no name changed. */
	@Test
	void aChangedModelRevalidatesTheFilesServingIt() throws Exception {
		String model = server.open("served.energy", "package dep\nmodel Big {\n    architecture dense\n    parameters 7B\n}\n");
		String serving = server.open("serving.energy", "package dep\nimport jevons.library.hardware.*\n"
				+ "inference I {\n    model Big\n    on 1 x H100_SXM\n    answer 500 tokens\n}\n");
		assertEquals(List.of(), server.diagnostics(serving).getDiagnostics(), "7B parameters fit in 80 GB");
		long changed = System.nanoTime();
		server.change(model, 2, new Range(new Position(3, 15), new Position(3, 17)), "700B");
		var warned = server.client.await(serving, changed, p -> !p.getDiagnostics().isEmpty(), 30_000);
		assertTrue(warned.isPresent(), "the serving file is validated again after the model changed");
		Diagnostic memory = warned.get().params().getDiagnostics().get(0);
		assertEquals(IssueCodes.INFERENCE_MEMORY, memory.getCode().getLeft(), memory.toString());
		assertEquals(List.of(), server.diagnostics(model).getDiagnostics());
	}

	@Test
	void halfTypedTextNeverFailsARequest() throws Exception {
		String text = "import jevons.library.\ntraining T extends {\n    on 8 x H100_SXM in\n    mfu 0.3 ..\ncompare T with\n";
		String uri = server.open("broken.energy", text);
		String[] lines = text.split("\n");
		for (int line = 0; line < lines.length; line++) {
			for (int character = 0; character <= lines[line].length(); character += 3) {
				server.complete(uri, line, character);
				server.hover(uri, line, character);
				server.definition(uri, line, character);
			}
		}
		server.codeLenses(uri);
		server.symbolNames(uri);
		server.format(uri);
		assertNotNull(server.analyze(uri));
	}
}

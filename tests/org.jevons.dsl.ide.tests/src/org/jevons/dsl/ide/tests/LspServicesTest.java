package org.jevons.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.jevons.dsl.ide.symbols.LibraryFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Completion, symbols, code actions and library files as any LSP editor gets them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LspServicesTest {

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
	void completionNeverOffersTheClosingBraceAndListsEachNameOnce() throws Exception {
		String uri = server.open("complete.energy", "import jevons.library.hardware.*\ninference I {\n    on 8 x \n}\n");
		List<String> labels = server.labels(uri, 2, 11);
		assertFalse(labels.contains("}"), labels.toString());
		assertEquals(new HashSet<>(labels).size(), labels.size(), "each label once: " + labels);
		assertTrue(labels.contains("H100_SXM"), labels.toString());
		assertFalse(labels.contains("jevons.library.hardware.H100_SXM"), "the short name of an imported one: " + labels);
		List<String> inBlock = server.labels(uri, 1, 13);
		assertFalse(inBlock.contains("}"), inBlock.toString());
	}

	@Test
	void symbolsHaveKindsAndDetails() throws Exception {
		String uri = server.open("kinds.energy", """
				accelerator A { peak bf16 989 TFLOP/s  power 700 W }
				model M { architecture dense  parameters 7B  precision bf16 }
				inference I { model M  on 1 x A  prompt 10 tokens  answer 10 tokens }
				""");
		Map<String, SymbolKind> kinds = new java.util.HashMap<>();
		Map<String, String> details = new java.util.HashMap<>();
		for (Either<SymbolInformation, DocumentSymbol> e : server.symbols(uri)) {
			if (e.isRight()) {
				collect(e.getRight(), kinds, details);
			} else {
				kinds.put(e.getLeft().getName(), e.getLeft().getKind());
			}
		}
		assertEquals(SymbolKind.Class, kinds.get("A"), kinds.toString());
		assertEquals(SymbolKind.Object, kinds.get("M"), kinds.toString());
		assertEquals(SymbolKind.Function, kinds.get("I"), kinds.toString());
		if (!details.isEmpty()) {
			assertTrue(details.get("A").startsWith("accelerator · peak bf16 989 TFLOP/s"), details.toString());
		}
	}

	private static void collect(DocumentSymbol s, Map<String, SymbolKind> kinds, Map<String, String> details) {
		kinds.put(s.getName(), s.getKind());
		if (s.getDetail() != null) {
			details.put(s.getName(), s.getDetail());
		}
		if (s.getChildren() != null) {
			s.getChildren().forEach(c -> collect(c, kinds, details));
		}
	}

	@Test
	void workspaceSymbolsIncludeTheLibrary() throws Exception {
		List<String> names = server.workspaceSymbols("H100_S").stream().map(WorkspaceSymbol::getName).toList();
		assertTrue(names.contains("jevons.library.hardware.H100_SXM"), names.toString());
	}

	@Test
	void codeActionsFixUnits() throws Exception {
		String uri = server.open("unit.energy", "accelerator X {\n    power 989 TFLOP/s\n}\n");
		List<CodeAction> actions = server.codeActions(uri, 1);
		assertEquals(List.of("Change the unit to 'W'", "Change the unit to 'kW'", "Change the unit to 'MW'"),
				actions.stream().map(CodeAction::getTitle).toList());
		TextEdit edit = actions.get(0).getEdit().getChanges().get(uri).get(0);
		assertEquals("W", edit.getNewText());
		assertEquals(1, edit.getRange().getStart().getLine());
		assertEquals(14, edit.getRange().getStart().getCharacter());
	}

	@Test
	void codeActionsForAnUnresolvedName() throws Exception {
		String uri = server.open("names.energy", "import jevons.library.hardware.*\ninference I {\n    on 1 x H100\n}\n");
		List<String> titles = server.codeActions(uri, 2).stream().map(CodeAction::getTitle).toList();
		assertTrue(titles.contains("Change to 'H100_SXM'"), titles.toString());
		assertTrue(titles.contains("Create accelerator 'H100'"), titles.toString());
		String other = server.open("imports.energy", "inference I {\n    on 1 x H100_SXM\n}\n");
		List<CodeAction> imports = server.codeActions(other, 1);
		CodeAction add = imports.stream().filter(a -> a.getTitle().equals("Import 'jevons.library.hardware.H100_SXM'"))
				.findFirst().orElseThrow(() -> new AssertionError(imports.toString()));
		assertEquals("import jevons.library.hardware.H100_SXM\n\n", add.getEdit().getChanges().get(other).get(0).getNewText());
		// a near miss in a package not imported: its simple name, and the import
		String typo = server.open("typo.energy", "inference I {\n    on 1 x H100_SX\n}\n");
		List<CodeAction> fixes = server.codeActions(typo, 1);
		CodeAction change = fixes.stream().filter(a -> a.getTitle().equals("Change to 'H100_SXM'")).findFirst()
				.orElseThrow(() -> new AssertionError(fixes.stream().map(CodeAction::getTitle).toList().toString()));
		assertEquals(List.of("H100_SXM", "import jevons.library.hardware.H100_SXM\n\n"),
				change.getEdit().getChanges().get(typo).stream().map(TextEdit::getNewText).toList());
	}

	@Test
	void definitionsIntoTheLibraryAreFileUrisForOtherEditors() throws Exception {
		Path cache = Files.createDirectory(workspace.resolve("cache"));
		System.setProperty(LibraryFiles.CACHE, cache.toString());
		System.setProperty(LibraryFiles.ENABLED, "true");
		try {
			String uri = server.open("files.energy", "import jevons.library.hardware.*\ntraining T {\n    on 8 x H100_SXM\n}\n");
			List<? extends Location> locations = server.definition(uri, 2, 14);
			assertEquals(1, locations.size(), locations.toString());
			String target = locations.get(0).getUri();
			assertTrue(target.startsWith("file:/") && target.endsWith("jevons/library/hardware.energy"), target);
			Path file = Path.of(java.net.URI.create(target));
			assertTrue(file.startsWith(cache), file.toString());
			assertFalse(Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_WRITE),
					"the library is read-only");
			int line = locations.get(0).getRange().getStart().getLine();
			assertTrue(Files.readAllLines(file).get(line).contains("accelerator H100_SXM"), "line " + line);
			// the editor opens the copy: no problems in it, and hover explains its lines as in the user's files
			String library = server.open(file.toString(), Files.readString(file));
			assertEquals(List.of(), server.diagnostics(library).getDiagnostics());
			String hover = server.hover(library, line + 1, 6);
			assertTrue(hover.contains("**peak**") && hover.contains("Source: \"NVIDIA H100 datasheet"), hover);
		} finally {
			System.clearProperty(LibraryFiles.ENABLED);
			System.clearProperty(LibraryFiles.CACHE);
		}
	}
}

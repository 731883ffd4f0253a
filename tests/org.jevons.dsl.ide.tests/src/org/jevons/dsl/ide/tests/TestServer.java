package org.jevons.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.jevons.dsl.ide.server.DiagnosticsCollector;
import org.jevons.dsl.ide.server.InProcessLanguageServer;

import com.google.gson.JsonObject;

/** The in-process server of a test class, with blocking helpers (reads retried when an edit cancels them). */
final class TestServer implements AutoCloseable {

	final DiagnosticsCollector client = new DiagnosticsCollector();
	final InProcessLanguageServer lsp;
	private final Path workspace;

	TestServer(Path workspace) throws Exception {
		this.workspace = workspace;
		this.lsp = InProcessLanguageServer.start(List.of(workspace.toUri()), client, Duration.ofSeconds(60));
	}

	TextDocumentService docs() {
		return lsp.server().getTextDocumentService();
	}

	/** Opens a document (not on disk) and waits for its first diagnostics. */
	String open(String name, String text) throws InterruptedException {
		String uri = workspace.resolve(name).toUri().toString();
		long t = System.nanoTime();
		docs().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "energy", 1, text)));
		assertTrue(client.await(uri, t, p -> true, 30_000).isPresent(), "no diagnostics for " + name);
		return uri;
	}

	/** Replaces a range of an open document, as an editor sends a keystroke (incremental sync). */
	void change(String uri, int version, Range range, String text) {
		docs().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version),
				List.of(new TextDocumentContentChangeEvent(range, text))));
	}

	PublishDiagnosticsParams diagnostics(String uri) {
		return client.latest(uri).orElseThrow().params();
	}

	List<CompletionItem> complete(String uri, int line, int character) throws Exception {
		Either<List<CompletionItem>, ?> result = read(() -> docs()
				.completion(new CompletionParams(new TextDocumentIdentifier(uri), new Position(line, character)))
				.thenApply(e -> e.isLeft() ? Either.forLeft(e.getLeft()) : Either.forLeft(e.getRight().getItems())));
		return result.getLeft();
	}

	List<String> labels(String uri, int line, int character) throws Exception {
		return complete(uri, line, character).stream().map(CompletionItem::getLabel).toList();
	}

	String hover(String uri, int line, int character) throws Exception {
		Hover hover = read(() -> docs().hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(line, character))));
		if (hover == null || hover.getContents() == null) {
			return "";
		}
		return hover.getContents().isRight() ? hover.getContents().getRight().getValue()
				: String.valueOf(hover.getContents().getLeft());
	}

	List<? extends CodeLens> codeLenses(String uri) throws Exception {
		return read(() -> docs().codeLens(new CodeLensParams(new TextDocumentIdentifier(uri))));
	}

	List<String> symbolNames(String uri) throws Exception {
		List<Either<SymbolInformation, DocumentSymbol>> symbols = read(
				() -> docs().documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri))));
		return symbols.stream().map(e -> e.isLeft() ? e.getLeft().getName() : e.getRight().getName()).toList();
	}

	List<? extends Location> definition(String uri, int line, int character) throws Exception {
		var result = read(() -> docs()
				.definition(new DefinitionParams(new TextDocumentIdentifier(uri), new Position(line, character))));
		return result.isLeft() ? result.getLeft() : List.of();
	}

	/** The code actions for the diagnostics of a line, as an editor asks for them. */
	List<CodeAction> codeActions(String uri, int line) throws Exception {
		List<Diagnostic> diagnostics = diagnostics(uri).getDiagnostics().stream()
				.filter(d -> d.getRange().getStart().getLine() == line).toList();
		Range range = new Range(new Position(line, 0), new Position(line, 0));
		List<Either<Command, CodeAction>> actions = read(() -> docs().codeAction(new CodeActionParams(
				new TextDocumentIdentifier(uri), range, new CodeActionContext(diagnostics))));
		return actions.stream().filter(Either::isRight).map(Either::getRight).toList();
	}

	/** Document symbols as the server sends them to a client without hierarchical symbols. */
	List<Either<SymbolInformation, DocumentSymbol>> symbols(String uri) throws Exception {
		return read(() -> docs().documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri))));
	}

	List<? extends WorkspaceSymbol> workspaceSymbols(String query) throws Exception {
		var result = read(() -> lsp.server().getWorkspaceService().symbol(new WorkspaceSymbolParams(query)));
		return result.isRight() ? result.getRight() : List.of();
	}

	List<? extends TextEdit> format(String uri) throws Exception {
		return read(() -> docs()
				.formatting(new DocumentFormattingParams(new TextDocumentIdentifier(uri), new FormattingOptions(4, true))));
	}

	JsonObject analyze(String uri) throws Exception {
		return read(() -> lsp.analyze(uri));
	}

	/** A read, retried when an edit cancels it (as the editor does). */
	private static <T> T read(Supplier<CompletableFuture<T>> request) throws Exception {
		for (int attempt = 0;; attempt++) {
			try {
				return request.get().get(60, TimeUnit.SECONDS);
			} catch (CancellationException | ExecutionException e) {
				boolean cancelled = e instanceof CancellationException || e.getCause() instanceof CancellationException;
				if (!cancelled || attempt >= 3) {
					throw e;
				}
			}
		}
	}

	@Override
	public void close() {
		lsp.close();
	}
}

package org.jevons.dsl.ide.server;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.xtext.ide.ExecutorServiceProvider;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.concurrent.IRequestManager;
import org.jevons.dsl.ide.analyze.AnalyzeExtension;
import org.jevons.dsl.ide.analyze.AnalyzeParams;

import com.google.gson.JsonObject;
import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * The Xtext language server running in this JVM, used through LSP4J's Java interfaces only (no JSON-RPC, no
 * sockets). The workbench editor and the tests are its clients; {@code jevons lsp} serves the same services on stdio.
 * <p>
 * Rules (see the lsp-editor-spike): {@code initialized()} must follow {@code initialize()} (diagnostics wait for
 * it); the server calls the client on its own threads; every didChange cancels running reads, so clients retry a
 * read on CancellationException.
 */
public final class InProcessLanguageServer implements AutoCloseable {

	private static final Logger LOG = Logger.getLogger(InProcessLanguageServer.class);

	private final Injector serverInjector;
	private final LanguageServerImpl server;
	private final InitializeResult initializeResult;

	private InProcessLanguageServer(Injector serverInjector, LanguageServerImpl server,
			InitializeResult initializeResult) {
		this.serverInjector = serverInjector;
		this.server = server;
		this.initializeResult = initializeResult;
	}

	/**
	 * Starts a server whose workspace is the given folders (project locations, not the Eclipse workspace root, which
	 * holds .metadata). Blocks until the initial build of those folders is done.
	 */
	public static InProcessLanguageServer start(List<URI> workspaceFolders, LanguageClient client, Duration timeout)
			throws InterruptedException, ExecutionException, TimeoutException {
		ensureLog4jOutput();
		Injector injector = Guice.createInjector(new InProcessServerModule());
		LanguageServerImpl server = injector.getInstance(LanguageServerImpl.class);
		// Over stdio the launcher asks for the supported methods, which registers the language server extensions
		// (jevons/analyze); in process nobody does unless we do.
		server.supportedMethods();
		server.connect(client);

		InitializeParams params = new InitializeParams();
		params.setProcessId((int) ProcessHandle.current().pid());
		params.setWorkspaceFolders(
				workspaceFolders.stream().map(u -> new WorkspaceFolder(u.toString(), nameOf(u))).toList());
		WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
		workspace.setWorkspaceFolders(true); // else Xtext falls back to the deprecated rootUri/rootPath
		ClientCapabilities capabilities = new ClientCapabilities();
		capabilities.setWorkspace(workspace);
		params.setCapabilities(capabilities);

		InitializeResult result = server.initialize(params).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		server.initialized(new InitializedParams());
		return new InProcessLanguageServer(injector, server, result);
	}

	/**
	 * Xtext logs through log4j 1.2; without an appender its errors (an exception inside a request) vanish. The
	 * workbench adds an appender to the Eclipse log before starting the server; otherwise they go to stderr.
	 */
	private static void ensureLog4jOutput() {
		Logger root = Logger.getRootLogger();
		if (!root.getAllAppenders().hasMoreElements()) {
			root.addAppender(new ConsoleAppender(new PatternLayout("[jevons-ls] %-5p %c{1} - %m%n"),
					ConsoleAppender.SYSTEM_ERR));
			root.setLevel(Level.WARN);
		}
	}

	private static String nameOf(URI folder) {
		String path = folder.getPath();
		if (path.endsWith("/")) {
			path = path.substring(0, path.length() - 1);
		}
		return path.substring(path.lastIndexOf('/') + 1);
	}

	/** The LSP4J view of the server: all a client (the editor) should use. */
	public LanguageServer server() {
		return server;
	}

	/** The custom request {@code jevons/analyze} of a document, as a client over JSON-RPC would send it. */
	@SuppressWarnings("unchecked")
	public CompletableFuture<JsonObject> analyze(String documentUri) {
		return (CompletableFuture<JsonObject>) server.request(AnalyzeExtension.METHOD, new AnalyzeParams(documentUri));
	}

	public InitializeResult initializeResult() {
		return initializeResult;
	}

	/** The server's write queue and read pool; for tests and diagnostics. */
	public IRequestManager requestManager() {
		return server.getRequestManager();
	}

	/**
	 * {@code shutdown()} stops no threads by itself: the request manager's queue and the executor pool are stopped
	 * here too.
	 */
	@Override
	public void close() {
		try {
			server.shutdown().get(5, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			LOG.warn("interrupted while shutting the language server down", e);
		} catch (ExecutionException | TimeoutException e) {
			LOG.warn("the language server did not shut down cleanly; stopping its threads anyway", e);
		}
		server.getRequestManager().shutdown();
		serverInjector.getInstance(ExecutorServiceProvider.class).dispose();
	}
}

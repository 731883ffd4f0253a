package org.jevons.ui.lsp;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;
import org.jevons.dsl.ide.server.DiagnosticsCollector;
import org.jevons.dsl.ide.server.InProcessLanguageServer;
import org.jevons.ui.JevonsUi;
import org.jevons.ui.markers.DiagnosticMarkers;
import org.jevons.ui.analyses.ContributedAnalyses;

/**
 * The one in-process Jevons language server of this workbench; its workspace folders are the locations of the open
 * projects (not the workspace root, which holds .metadata).
 * <p>
 * Threading (see the lsp-editor-spike):
 * <ul>
 * <li>The server starts in the background (its initial build must not run on the UI thread). Notifications are
 * queued on a CompletableFuture chain ({@code tail = tail.thenRun(..)}), which keeps them in order, also before the
 * server is up.</li>
 * <li>Notifications never block: the server only enqueues a write request, so they may be sent from the UI
 * thread.</li>
 * <li>Requests return futures completed on the server's read pool; a later didChange cancels them, callers retry
 * on CancellationException ({@link Requests}).</li>
 * <li>publishDiagnostics arrives on the server's build thread: it goes to the open editor of that document (which
 * only does Display.asyncExec) or to {@link DiagnosticMarkers} (a WorkspaceJob). Nothing blocks the server.</li>
 * </ul>
 */
public final class JevonsLanguageServer {

	public static final String LANGUAGE_ID = "energy";
	public static final String EXTENSION = "energy";

	private static @Nullable JevonsLanguageServer instance;

	public static synchronized JevonsLanguageServer getDefault() {
		JevonsLanguageServer result = instance;
		if (result == null) {
			result = new JevonsLanguageServer();
			instance = result;
		}
		return result;
	}

	/** Closes the server if it was started (bundle stop / workbench shutdown). */
	public static synchronized void shutdown() {
		JevonsLanguageServer current = instance;
		instance = null;
		if (current != null) {
			current.started.thenAccept(InProcessLanguageServer::close).exceptionally(t -> {
				JevonsUi.warning("the language server did not close cleanly", t);
				return null;
			});
		}
	}

	private final DiagnosticsCollector client = new DiagnosticsCollector();
	private final CompletableFuture<InProcessLanguageServer> started;
	private CompletableFuture<@Nullable Void> tail;
	private final Map<String, Consumer<List<Diagnostic>>> openDocuments = new ConcurrentHashMap<>();

	private JevonsLanguageServer() {
		Log4jToEclipseLog.install();
		ContributedAnalyses.load(); // before the server's first analysis (hover, code lens)
		client.addListener(this::dispatch);
		List<URI> folders = openProjectLocations();
		started = CompletableFuture.supplyAsync(() -> {
			try {
				return InProcessLanguageServer.start(folders, client, Duration.ofMinutes(3));
			} catch (Exception e) {
				JevonsUi.error("Could not start the Jevons language server", e);
				throw new IllegalStateException("could not start the in-process Jevons language server", e);
			}
		});
		tail = started.thenApply(s -> null);
	}

	public static List<URI> openProjectLocations() {
		return java.util.Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProjects())
				.filter(IProject::isOpen)
				.map(IProject::getLocationURI)
				.filter(java.util.Objects::nonNull)
				.toList();
	}

	public CompletableFuture<InProcessLanguageServer> started() {
		return started;
	}

	public DiagnosticsCollector client() {
		return client;
	}

	private void dispatch(DiagnosticsCollector.Received r) {
		String uri = DiagnosticsCollector.normalize(r.params().getUri());
		Consumer<List<Diagnostic>> editor = openDocuments.get(uri);
		if (editor != null) {
			editor.accept(r.params().getDiagnostics());
		} else if (uri.startsWith("file:")) {
			DiagnosticMarkers.updateFromDisk(URI.create(uri), r.params().getDiagnostics());
		}
	}

	private synchronized void enqueue(Runnable notification, String what) {
		tail = tail.thenRun(notification).exceptionally(t -> {
			JevonsUi.error("Language server notification failed: " + what, t);
			return null;
		});
	}

	private TextDocumentService documents() {
		return started.join().server().getTextDocumentService();
	}

	/** A workspace notification (didChangeWatchedFiles, didChangeWorkspaceFolders), after all earlier ones. */
	public void notifyWorkspace(Consumer<WorkspaceService> notification) {
		enqueue(() -> notification.accept(started.join().server().getWorkspaceService()), "workspace");
	}

	/** A request, sent after all earlier notifications; it does not delay later notifications. */
	public synchronized <T> CompletableFuture<T> request(Function<TextDocumentService, CompletableFuture<T>> request) {
		return tail.thenCompose(v -> request.apply(documents()));
	}

	/** A request on the server itself (custom requests such as jevons/analyze), after all earlier notifications. */
	public synchronized <T> CompletableFuture<T> requestServer(Function<InProcessLanguageServer, CompletableFuture<T>> request) {
		return tail.thenCompose(v -> request.apply(started.join()));
	}

	public void didOpen(String uri, int version, String text, Consumer<List<Diagnostic>> diagnostics) {
		openDocuments.put(DiagnosticsCollector.normalize(uri), diagnostics);
		enqueue(() -> documents().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, LANGUAGE_ID, version, text))),
				"didOpen " + uri);
	}

	/** Full-document sync: simplest with debouncing. */
	public void didChange(String uri, int version, String text) {
		enqueue(() -> documents().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version),
				List.of(new TextDocumentContentChangeEvent(text)))), "didChange " + uri);
	}

	public void didSave(String uri) {
		enqueue(() -> documents().didSave(new DidSaveTextDocumentParams(new TextDocumentIdentifier(uri))), "didSave " + uri);
	}

	public void didClose(String uri) {
		openDocuments.remove(DiagnosticsCollector.normalize(uri));
		enqueue(() -> documents().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri))), "didClose " + uri);
	}
}

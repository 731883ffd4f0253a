package org.jevons.dsl.ide.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.apache.log4j.Logger;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * An in-process {@link LanguageClient}: keeps the latest diagnostics per document and forwards them to listeners.
 * <p>
 * The server calls {@link #publishDiagnostics} on its build thread: listeners must not block it (no
 * Display.syncExec, no waiting on server futures, no workspace lock); they hand work off (asyncExec, a Job).
 */
public class DiagnosticsCollector implements LanguageClient {

	private static final Logger LOG = Logger.getLogger(DiagnosticsCollector.class);

	/** One publishDiagnostics call and when it arrived ({@link System#nanoTime()}). */
	public record Received(PublishDiagnosticsParams params, long nanoTime, String threadName) {
	}

	private final Map<String, Received> latest = new ConcurrentHashMap<>();
	private final List<Received> history = new CopyOnWriteArrayList<>();
	private final List<Consumer<Received>> listeners = new CopyOnWriteArrayList<>();
	private final List<MessageParams> messages = new CopyOnWriteArrayList<>();

	/** Xtext publishes "file:///x" (empty authority), java.io.File gives "file:/x": compare normalised. */
	public static String normalize(String uri) {
		return uri.startsWith("file:///") ? "file:/" + uri.substring("file:///".length()) : uri;
	}

	public void addListener(Consumer<Received> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<Received> listener) {
		listeners.remove(listener);
	}

	@Override
	public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
		Received received = new Received(diagnostics, System.nanoTime(), Thread.currentThread().getName());
		latest.put(normalize(diagnostics.getUri()), received);
		history.add(received);
		synchronized (this) {
			notifyAll();
		}
		for (Consumer<Received> listener : listeners) {
			try {
				listener.accept(received);
			} catch (RuntimeException e) {
				// one faulty listener must not keep the others (or the server's build thread) from going on
				LOG.error("a diagnostics listener failed", e);
			}
		}
	}

	public Optional<Received> latest(String uri) {
		return Optional.ofNullable(latest.get(normalize(uri)));
	}

	public List<Received> history() {
		return new ArrayList<>(history);
	}

	/** showMessage and logMessage calls of the server, in order. */
	public List<MessageParams> messages() {
		return List.copyOf(messages);
	}

	/**
	 * Waits (never on the UI thread) until the latest diagnostics for the document that arrived after
	 * {@code sinceNanos} satisfy the condition; empty on time-out.
	 */
	public synchronized Optional<Received> await(String uri, long sinceNanos,
			Predicate<PublishDiagnosticsParams> condition, long timeoutMillis) throws InterruptedException {
		long deadline = System.currentTimeMillis() + timeoutMillis;
		while (true) {
			Optional<Received> r = latest(uri);
			if (r.isPresent() && r.get().nanoTime() >= sinceNanos && condition.test(r.get().params())) {
				return r;
			}
			long left = deadline - System.currentTimeMillis();
			if (left <= 0) {
				return Optional.empty();
			}
			wait(left);
		}
	}

	@Override
	public void telemetryEvent(Object object) {
		// no telemetry in process
	}

	@Override
	public void showMessage(MessageParams messageParams) {
		messages.add(messageParams);
	}

	@Override
	public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
		return CompletableFuture.completedFuture(new MessageActionItem());
	}

	@Override
	public void logMessage(MessageParams message) {
		messages.add(message);
	}
}

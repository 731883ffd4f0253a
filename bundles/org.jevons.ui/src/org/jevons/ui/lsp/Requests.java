package org.jevons.ui.lsp;

import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import org.eclipse.lsp4j.services.TextDocumentService;
import org.jevons.ui.JevonsUi;

/**
 * Synchronous requests with a bounded wait, for callers that must answer now (content assist, hover, hyperlinks).
 * A didChange cancels a running read: such a request is retried. Never call this while the server may be waiting for
 * the UI thread (it never does: the server only asyncExecs).
 */
public final class Requests {

	public static final long TIMEOUT_MS = 3000;

	private Requests() {
	}

	public static <T> Optional<T> await(Function<TextDocumentService, CompletableFuture<T>> request, String what) {
		JevonsLanguageServer server = JevonsLanguageServer.getDefault();
		for (int attempt = 1; attempt <= 3; attempt++) {
			try {
				return Optional.ofNullable(server.request(request).get(TIMEOUT_MS, TimeUnit.MILLISECONDS));
			} catch (CancellationException e) {
				// a didChange cancelled the read: retry
			} catch (ExecutionException e) {
				if (!(e.getCause() instanceof CancellationException)) {
					JevonsUi.error("Language server request failed: " + what, e.getCause());
					return Optional.empty();
				}
			} catch (TimeoutException e) {
				JevonsUi.warning("Language server request timed out: " + what);
				return Optional.empty();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return Optional.empty();
			}
		}
		JevonsUi.warning("Language server request cancelled three times: " + what);
		return Optional.empty();
	}
}

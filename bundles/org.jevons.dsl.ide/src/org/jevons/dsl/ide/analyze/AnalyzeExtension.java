package org.jevons.dsl.ide.analyze;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.apache.log4j.Logger;
import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.jsonrpc.services.JsonRequest;
import org.eclipse.lsp4j.jsonrpc.services.JsonSegment;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.ILanguageServerExtension;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.jevons.analysis.Settings;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.inject.Inject;

/**
 * The custom request {@code jevons/analyze}: the full analysis (default Monte Carlo settings) of a document's
 * resource set as a JSON object. Errors are answered as {@code {"error": "..."}}, never as a failed request, so that
 * half-typed documents cost a client nothing.
 */
@JsonSegment("jevons")
public class AnalyzeExtension implements ILanguageServerExtension {

	public static final String METHOD = "jevons/analyze";

	/** An explicit request may take its time; a sweep of a million points is still bounded. */
	private static final Duration WAIT = Duration.ofMinutes(2);

	private static final Logger LOG = Logger.getLogger(AnalyzeExtension.class);

	@Inject
	private DocumentAnalysis analysis;

	@Inject
	private AnalysisJson json;

	@Inject
	private OperationCanceledManager cancellations;

	@Inject
	private UriExtensions uris;

	private Optional<ILanguageServerAccess> access = Optional.empty();

	@Override
	public void initialize(ILanguageServerAccess languageServerAccess) {
		this.access = Optional.of(languageServerAccess);
	}

	@JsonRequest
	public CompletableFuture<JsonObject> analyze(AnalyzeParams params) {
		Optional<String> uri = params == null ? Optional.empty() : params.uri();
		if (uri.isEmpty()) {
			return CompletableFuture.completedFuture(error("missing parameter \"uri\""));
		}
		if (access.isEmpty()) {
			return CompletableFuture.completedFuture(error("the language server is not initialised"));
		}
		try {
			URI resourceUri = uris.toUri(uri.get());
			// only documents the server knows (open, or indexed from the workspace folders): a read of any other URI
			// would add a broken resource to the project's resource set
			return access.get().doReadIndex(index -> index.getIndex().getResourceDescription(resourceUri) != null)
					.thenCompose(known -> known ? analyze(uri.get()) : CompletableFuture.completedFuture(
							error("not a document of this workspace: " + uri.get())))
					.exceptionally(t -> answer(t, uri.get()));
		} catch (RuntimeException e) {
			// e.g. a malformed URI, thrown before the read is even scheduled
			return CompletableFuture.completedFuture(answer(e, uri.get()));
		}
	}

	private CompletableFuture<JsonObject> analyze(String uri) {
		return access.orElseThrow().doRead(uri, context -> {
			if (context.getResource() == null) {
				return error("not a document of this workspace: " + uri);
			}
			AnalysisOutcome outcome = analysis.analyze(context.getResource(), Settings.defaults(), WAIT);
			if (outcome instanceof AnalysisOutcome.Ready ready) {
				return JsonParser.parseString(json.render(ready.result(), ready.files())).getAsJsonObject();
			}
			return error(outcome.explanation());
		});
	}

	private JsonObject answer(Throwable t, String uri) {
		Throwable cause = t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
		if (cause instanceof CancellationException || cancellations.isOperationCanceledException(cause)) {
			// superseded by an edit: the client retries, as for any read
			throw cause instanceof RuntimeException r ? r : new CompletionException(cause);
		}
		LOG.warn("jevons/analyze failed for " + uri, cause);
		return error(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
	}

	private static JsonObject error(String message) {
		JsonObject o = new JsonObject();
		o.addProperty("error", message);
		return o;
	}
}

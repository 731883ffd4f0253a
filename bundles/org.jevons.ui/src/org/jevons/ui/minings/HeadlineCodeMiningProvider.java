package org.jevons.ui.minings;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.codemining.AbstractCodeMiningProvider;
import org.eclipse.jface.text.codemining.ICodeMining;
import org.eclipse.jface.text.codemining.LineHeaderCodeMining;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.jevons.ui.JevonsUi;
import org.jevons.ui.editor.EnergyEditor;
import org.jevons.ui.editor.ServerConnection;
import org.jevons.ui.lsp.JevonsLanguageServer;

/** A line above each declaration with its headline figure (textDocument/codeLens: energy, carbon, ...). */
public class HeadlineCodeMiningProvider extends AbstractCodeMiningProvider {

	private static final boolean ENABLED = !Boolean.getBoolean("jevons.noCodeMinings");

	private final EnergyEditor editor;

	public HeadlineCodeMiningProvider(EnergyEditor editor) {
		this.editor = editor;
	}

	@Override
	public CompletableFuture<List<? extends ICodeMining>> provideCodeMinings(ITextViewer viewer, IProgressMonitor monitor) {
		ServerConnection connection = editor.connection().orElse(null);
		IDocument document = viewer.getDocument();
		if (!ENABLED || connection == null || document == null) {
			return CompletableFuture.completedFuture(List.of());
		}
		CodeLensParams params = new CodeLensParams(new TextDocumentIdentifier(connection.uri()));
		JevonsLanguageServer server = JevonsLanguageServer.getDefault();
		CompletableFuture<List<ICodeMining>> minings = server.request(docs -> docs.codeLens(params)).thenCompose(lenses -> {
			List<CompletableFuture<CodeLens>> resolved = new ArrayList<>();
			for (CodeLens lens : lenses == null ? List.<CodeLens>of() : lenses) {
				resolved.add(lens.getCommand() != null ? CompletableFuture.completedFuture(lens)
						: server.request(docs -> docs.resolveCodeLens(lens)));
			}
			return CompletableFuture.allOf(resolved.toArray(CompletableFuture[]::new))
					.thenApply(v -> minings(document, resolved.stream().map(CompletableFuture::join).toList()));
		}).exceptionally(t -> {
			Throwable cause = t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
			if (!(cause instanceof CancellationException)) {
				JevonsUi.error("The headline figures could not be computed", cause);
			}
			return List.<ICodeMining>of();
		});
		return minings.thenApply(list -> list);
	}

	private List<ICodeMining> minings(IDocument document, List<CodeLens> lenses) {
		List<ICodeMining> minings = new ArrayList<>();
		for (CodeLens lens : lenses) {
			if (lens == null || lens.getCommand() == null || lens.getCommand().getTitle() == null
					|| lens.getCommand().getTitle().isBlank()) {
				continue;
			}
			int line = lens.getRange().getStart().getLine();
			if (line >= document.getNumberOfLines()) {
				continue;
			}
			try {
				LineHeaderCodeMining mining = new LineHeaderCodeMining(line, document, this) {
				};
				mining.setLabel(lens.getCommand().getTitle());
				minings.add(mining);
			} catch (BadLocationException e) {
				JevonsUi.warning("A headline figure outside the document", e);
			}
		}
		return minings;
	}
}

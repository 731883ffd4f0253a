package org.jevons.ui.assist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.jevons.ui.editor.EnergyEditor;
import org.jevons.ui.editor.ServerConnection;
import org.jevons.ui.lsp.LspText;
import org.jevons.ui.lsp.Requests;

/** Content assist backed by textDocument/completion: keywords, units, names (also those of the library). */
public class EnergyCompletionProcessor implements IContentAssistProcessor {

	private final EnergyEditor editor;
	private @Nullable String errorMessage;

	public EnergyCompletionProcessor(EnergyEditor editor) {
		this.editor = editor;
	}

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		errorMessage = null;
		ServerConnection connection = editor.connection().orElse(null);
		if (connection == null) {
			return new ICompletionProposal[0];
		}
		connection.flush(); // the server must see the current text: the pending change is queued before the request
		IDocument document = viewer.getDocument();
		CompletionParams params = new CompletionParams(new TextDocumentIdentifier(connection.uri()), LspText.position(document, offset));
		Either<List<CompletionItem>, CompletionList> result = Requests.await(docs -> docs.completion(params), "completion")
				.orElse(null);
		if (result == null) {
			errorMessage = "No proposals (the language server did not answer)";
			return new ICompletionProposal[0];
		}
		List<CompletionItem> items = result.isLeft() ? result.getLeft() : result.getRight().getItems();
		return toProposals(document, offset, ProposalFilter.filter(items));
	}

	static ICompletionProposal[] toProposals(IDocument document, int offset, List<CompletionItem> items) {
		Map<String, ICompletionProposal> proposals = new LinkedHashMap<>();
		for (CompletionItem item : items) {
			String text = item.getInsertText() != null ? item.getInsertText() : item.getLabel();
			int replaceOffset = offset;
			int replaceLength = 0;
			if (item.getTextEdit() != null) {
				TextEdit edit = item.getTextEdit().isLeft() ? item.getTextEdit().getLeft() : null;
				IRegion region = edit != null ? LspText.region(document, edit.getRange())
						: LspText.region(document, item.getTextEdit().getRight().getReplace());
				text = edit != null ? edit.getNewText() : item.getTextEdit().getRight().getNewText();
				replaceOffset = region.getOffset();
				replaceLength = region.getLength();
			}
			String display = item.getLabel() + (item.getDetail() != null && !item.getDetail().isBlank() ? " - " + item.getDetail() : "");
			String documentation = item.getDocumentation() == null ? null
					: item.getDocumentation().isLeft() ? item.getDocumentation().getLeft() : item.getDocumentation().getRight().getValue();
			proposals.putIfAbsent(display, new CompletionProposal(text, replaceOffset, replaceLength, text.length(), null, display,
					null, documentation));
		}
		return new ArrayList<>(proposals.values()).toArray(ICompletionProposal[]::new);
	}

	@Override
	public IContextInformation @Nullable [] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return new char[] { '.' };
	}

	@Override
	public char @Nullable [] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public @Nullable String getErrorMessage() {
		return errorMessage;
	}

	@Override
	public @Nullable IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}

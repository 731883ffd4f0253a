package org.jevons.ui.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.IAutoEditStrategy;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.codemining.ICodeMiningProvider;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.quickassist.QuickAssistAssistant;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;
import org.jevons.ui.assist.EnergyCompletionProcessor;
import org.jevons.ui.highlighting.EnergyPartitions;
import org.jevons.ui.highlighting.EnergyPresentation;
import org.jevons.ui.hover.EnergyTextHover;
import org.jevons.ui.hyperlink.DefinitionHyperlinkDetector;
import org.jevons.ui.minings.HeadlineCodeMiningProvider;
import org.jevons.ui.quickfix.EnergyQuickAssistProcessor;
import org.jevons.ui.typing.EnergyAutoEdit;

/** Wires the editor features (one package each) into the source viewer. */
public class EnergySourceViewerConfiguration extends TextSourceViewerConfiguration {

	private final EnergyEditor editor;
	private @Nullable EnergyCompletionProcessor completionProcessor;

	public EnergySourceViewerConfiguration(EnergyEditor editor, IPreferenceStore store) {
		super(store);
		this.editor = editor;
	}

	@Override
	public String getConfiguredDocumentPartitioning(ISourceViewer sourceViewer) {
		return EnergyPartitions.PARTITIONING;
	}

	@Override
	public String[] getConfiguredContentTypes(ISourceViewer sourceViewer) {
		return EnergyPartitions.CONTENT_TYPES;
	}

	@Override
	public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
		return EnergyPresentation.reconciler();
	}

	/** No spelling reconciler: diagnostics come from the language server. */
	@Override
	public @Nullable IReconciler getReconciler(ISourceViewer sourceViewer) {
		return null;
	}

	@Override
	public IContentAssistant getContentAssistant(ISourceViewer sourceViewer) {
		// synchronous: the processor runs on the UI thread and waits (bounded) for the server's answer
		ContentAssistant assistant = new ContentAssistant();
		assistant.setDocumentPartitioning(EnergyPartitions.PARTITIONING);
		assistant.setContentAssistProcessor(completionProcessor(), IDocument.DEFAULT_CONTENT_TYPE);
		assistant.enableAutoActivation(true);
		assistant.setAutoActivationDelay(300);
		assistant.enableAutoInsert(false);
		assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
		return assistant;
	}

	public synchronized EnergyCompletionProcessor completionProcessor() {
		EnergyCompletionProcessor p = completionProcessor;
		if (p == null) {
			p = new EnergyCompletionProcessor(editor);
			completionProcessor = p;
		}
		return p;
	}

	@Override
	public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
		return new EnergyTextHover(editor, sourceViewer);
	}

	@Override
	public IHyperlinkDetector[] getHyperlinkDetectors(ISourceViewer sourceViewer) {
		List<IHyperlinkDetector> detectors = new ArrayList<>();
		detectors.add(new DefinitionHyperlinkDetector(editor));
		IHyperlinkDetector[] inherited = super.getHyperlinkDetectors(sourceViewer);
		if (inherited != null) {
			detectors.addAll(Arrays.asList(inherited));
		}
		return detectors.toArray(IHyperlinkDetector[]::new);
	}

	/** Closing brackets and quotes, indentation (not inside comments, where the default keeps the indent). */
	@Override
	public IAutoEditStrategy[] getAutoEditStrategies(ISourceViewer sourceViewer, String contentType) {
		if (EnergyPartitions.COMMENT.equals(contentType)) {
			return super.getAutoEditStrategies(sourceViewer, contentType);
		}
		return new IAutoEditStrategy[] { new EnergyAutoEdit() };
	}

	@Override
	public String[] getDefaultPrefixes(ISourceViewer sourceViewer, String contentType) {
		return new String[] { "//", "" };
	}

	@Override
	public IQuickAssistAssistant getQuickAssistAssistant(ISourceViewer sourceViewer) {
		QuickAssistAssistant assistant = new QuickAssistAssistant();
		assistant.setQuickAssistProcessor(new EnergyQuickAssistProcessor(editor));
		assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
		return assistant;
	}

	@Override
	public ICodeMiningProvider[] getCodeMiningProviders(ISourceViewer sourceViewer) {
		HeadlineCodeMiningProvider provider = new HeadlineCodeMiningProvider(editor);
		provider.setContext(editor);
		return new ICodeMiningProvider[] { provider };
	}
}

package org.jevons.ui.highlighting;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.RuleBasedScanner;

/** The presentation reconciler of the .energy editor: one damager/repairer per partition. */
public final class EnergyPresentation {

	private EnergyPresentation() {
	}

	public static IPresentationReconciler reconciler() {
		PresentationReconciler reconciler = new PresentationReconciler();
		reconciler.setDocumentPartitioning(EnergyPartitions.PARTITIONING);
		DefaultDamagerRepairer code = new DefaultDamagerRepairer(new EnergyScanner());
		reconciler.setDamager(code, IDocument.DEFAULT_CONTENT_TYPE);
		reconciler.setRepairer(code, IDocument.DEFAULT_CONTENT_TYPE);
		DefaultDamagerRepairer comment = new DefaultDamagerRepairer(single(EnergyColors.COMMENT));
		reconciler.setDamager(comment, EnergyPartitions.COMMENT);
		reconciler.setRepairer(comment, EnergyPartitions.COMMENT);
		DefaultDamagerRepairer string = new DefaultDamagerRepairer(single(EnergyColors.STRING));
		reconciler.setDamager(string, EnergyPartitions.STRING);
		reconciler.setRepairer(string, EnergyPartitions.STRING);
		return reconciler;
	}

	private static RuleBasedScanner single(IToken token) {
		RuleBasedScanner scanner = new RuleBasedScanner();
		scanner.setDefaultReturnToken(token);
		return scanner;
	}
}

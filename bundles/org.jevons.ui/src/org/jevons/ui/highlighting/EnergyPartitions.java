package org.jevons.ui.highlighting;

import org.eclipse.core.filebuffers.IDocumentSetupParticipant;
import org.eclipse.core.filebuffers.IDocumentSetupParticipantExtension;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension3;
import org.eclipse.jface.text.IDocumentPartitioner;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.FastPartitioner;
import org.eclipse.jface.text.rules.IPredicateRule;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedPartitionScanner;
import org.eclipse.jface.text.rules.SingleLineRule;
import org.eclipse.jface.text.rules.Token;

/**
 * The partitioning of .energy documents: block and line comments, strings, and code. Installed on every .energy
 * document by the file buffers (extension point org.eclipse.core.filebuffers.documentSetup), so partitions also
 * exist for documents opened before any editor configured its viewer.
 */
public class EnergyPartitions implements IDocumentSetupParticipant, IDocumentSetupParticipantExtension {

	public static final String PARTITIONING = "__energy_partitioning";
	public static final String COMMENT = "__energy_comment";
	public static final String STRING = "__energy_string";
	public static final String[] CONTENT_TYPES = { IDocument.DEFAULT_CONTENT_TYPE, COMMENT, STRING };

	@Override
	public void setup(IDocument document) {
		install(document);
	}

	@Override
	public void setup(IDocument document, IPath location, LocationKind locationKind) {
		install(document);
	}

	public static void install(IDocument document) {
		if (document instanceof IDocumentExtension3 ext && ext.getDocumentPartitioner(PARTITIONING) == null) {
			IDocumentPartitioner partitioner = new FastPartitioner(scanner(), new String[] { COMMENT, STRING });
			ext.setDocumentPartitioner(PARTITIONING, partitioner);
			partitioner.connect(document);
		}
	}

	private static RuleBasedPartitionScanner scanner() {
		RuleBasedPartitionScanner scanner = new RuleBasedPartitionScanner();
		Token comment = new Token(COMMENT);
		Token string = new Token(STRING);
		scanner.setPredicateRules(new IPredicateRule[] { new MultiLineRule("/*", "*/", comment, (char) 0, true),
				new EndOfLineRule("//", comment), new SingleLineRule("\"", "\"", string, '\\', true) });
		return scanner;
	}
}

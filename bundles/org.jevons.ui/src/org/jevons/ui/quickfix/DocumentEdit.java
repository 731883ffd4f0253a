package org.jevons.ui.quickfix;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.jevons.ui.JevonsUi;

/**
 * Edits a file through its shared text file buffer: if an editor has it open, the editor's document changes (and
 * stays dirty, undoable); otherwise the change is saved at once.
 */
final class DocumentEdit {

	interface Change {
		void apply(IDocument document) throws BadLocationException;
	}

	private DocumentEdit() {
	}

	static void apply(IFile file, Change change) {
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		try {
			manager.connect(file.getFullPath(), LocationKind.IFILE, null);
			try {
				ITextFileBuffer buffer = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
				change.apply(buffer.getDocument());
				if (!buffer.isShared()) {
					buffer.commit(null, true);
				}
			} finally {
				manager.disconnect(file.getFullPath(), LocationKind.IFILE, null);
			}
		} catch (CoreException | BadLocationException e) {
			JevonsUi.error("The quick fix could not change " + file.getFullPath(), e);
		}
	}
}

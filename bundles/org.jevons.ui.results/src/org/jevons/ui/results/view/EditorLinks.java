package org.jevons.ui.results.view;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.Path;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.jevons.ui.results.model.ResultRow;

/** Linking rows and editors: a row reveals its declaration's line; a line in an editor finds its row. */
public final class EditorLinks {
	/** The .energy editor of org.jevons.ui. */
	public static final String EDITOR_ID = "org.jevons.ui.editor";

	private EditorLinks() {
	}

	/** Opens the row's file (without taking the focus from the view) and selects the declaration's line. */
	public static Optional<ITextEditor> reveal(IWorkbenchPage page, ResultRow row) throws PartInitException {
		Optional<IFile> file = file(row);
		if (file.isEmpty() || row.line() < 1) {
			return Optional.empty();
		}
		IEditorPart part = IDE.openEditor(page, file.get(), EDITOR_ID, false);
		ITextEditor editor = Adapters.adapt(part, ITextEditor.class);
		if (editor == null) {
			return Optional.empty();
		}
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		try {
			IRegion line = document.getLineInformation(Math.min(row.line(), document.getNumberOfLines()) - 1);
			editor.selectAndReveal(line.getOffset(), line.getLength());
		} catch (BadLocationException e) {
			// the file changed since the analysis: open it at the top, the next analysis moves the rows
			editor.selectAndReveal(0, 0);
		}
		return Optional.of(editor);
	}

	public static Optional<IFile> file(ResultRow row) {
		if (row.file().isEmpty() || !row.file().startsWith("/")) {
			return Optional.empty();
		}
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(row.file()));
		return file.exists() ? Optional.of(file) : Optional.empty();
	}

	/** The row of the declaration around a line: the last declaration of the file that starts at or above it. */
	public static Optional<ResultRow> rowAt(List<ResultRow> rows, IFile file, int line) {
		String name = file.getFullPath().toString();
		ResultRow best = null;
		for (ResultRow r : rows) {
			if (r.file().equals(name) && r.line() <= line && !r.kind().equals("problem")
					&& (best == null || r.line() > best.line())) {
				best = r;
			}
		}
		return Optional.ofNullable(best);
	}
}

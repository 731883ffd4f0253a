package org.jevons.ui.editor;

import java.net.URI;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.ISourceViewerExtension5;
import org.eclipse.jface.text.source.IVerticalRuler;
import org.eclipse.jface.text.source.projection.ProjectionSupport;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.texteditor.SourceViewerDecorationSupport;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.jevons.ui.builder.WorkspaceWatcher;
import org.jevons.ui.folding.FoldingUpdater;
import org.jevons.ui.highlighting.EnergyPartitions;
import org.jevons.ui.hyperlink.LibraryStorage;
import org.jevons.ui.outline.EnergyOutlinePage;

/**
 * The .energy editor: a TextEditor whose language features come from the in-process language server (see
 * {@link ServerConnection}); colouring, folding and bracket matching are computed locally.
 */
public class EnergyEditor extends TextEditor {

	public static final String ID = "org.jevons.ui.editor";
	public static final String CONTEXT_ID = "org.jevons.ui.editorScope";
	public static final String MATCHING_BRACKETS = "org.jevons.ui.matchingBrackets";
	public static final String MATCHING_BRACKETS_COLOR = "org.jevons.ui.matchingBracketsColor";

	private @Nullable ServerConnection connection;
	private @Nullable EnergyOutlinePage outline;
	private @Nullable FoldingUpdater folding;

	@Override
	protected void initializeEditor() {
		super.initializeEditor();
		setSourceViewerConfiguration(new EnergySourceViewerConfiguration(this, getPreferenceStore()));
		setKeyBindingScopes(new String[] { CONTEXT_ID });
		getPreferenceStore().setDefault(MATCHING_BRACKETS, true);
		getPreferenceStore().setDefault(MATCHING_BRACKETS_COLOR, "128,128,128");
	}

	@Override
	protected ISourceViewer createSourceViewer(Composite parent, IVerticalRuler ruler, int styles) {
		ProjectionViewer viewer = new ProjectionViewer(parent, ruler, getOverviewRuler(), isOverviewRulerVisible(), styles);
		getSourceViewerDecorationSupport(viewer);
		return viewer;
	}

	@Override
	public void createPartControl(Composite parent) {
		super.createPartControl(parent);
		ProjectionViewer viewer = (ProjectionViewer) getSourceViewer();
		ProjectionSupport projection = new ProjectionSupport(viewer, getAnnotationAccess(), getSharedColors());
		projection.install();
		viewer.doOperation(ProjectionViewer.TOGGLE);
		FoldingUpdater updater = new FoldingUpdater(viewer);
		folding = updater;
		updater.update();
		ServerConnection c = connection;
		if (c != null) {
			c.addReconciledListener(updater::update);
		}
	}

	/**
	 * The text editor would replace the configuration's code mining providers with those of the extension point
	 * (none): keep ours (the headline figures).
	 */
	@Override
	protected void installCodeMiningProviders() {
		if (getSourceViewer() instanceof ISourceViewerExtension5 minings) {
			minings.setCodeMiningProviders(getSourceViewerConfiguration().getCodeMiningProviders(getSourceViewer()));
		}
	}

	@Override
	protected void configureSourceViewerDecorationSupport(SourceViewerDecorationSupport support) {
		super.configureSourceViewerDecorationSupport(support);
		support.setCharacterPairMatcher(new DefaultCharacterPairMatcher(new char[] { '{', '}', '(', ')' },
				EnergyPartitions.PARTITIONING, true));
		support.setMatchingCharacterPainterPreferenceKeys(MATCHING_BRACKETS, MATCHING_BRACKETS_COLOR);
	}

	@Override
	protected void doSetInput(IEditorInput input) throws CoreException {
		disconnect();
		super.doSetInput(input);
		connect(input);
	}

	private void connect(IEditorInput input) {
		IDocument document = getDocumentProvider() == null ? null : getDocumentProvider().getDocument(input);
		if (document == null) {
			return;
		}
		EnergyPartitions.install(document); // storage inputs (the library) do not go through file buffers
		URI location = null;
		IFile file = null;
		if (input instanceof IFileEditorInput fileInput) {
			file = fileInput.getFile();
			location = file.getLocationURI();
		} else if (input instanceof IURIEditorInput uriInput && "file".equals(uriInput.getURI().getScheme())) {
			location = uriInput.getURI();
		}
		IAnnotationModel model = getDocumentProvider().getAnnotationModel(input);
		if (location == null || model == null) {
			return; // the library (read only, inside a bundle): colouring and folding only
		}
		WorkspaceWatcher.install(); // markers for the other files too, even before the early start-up ran
		ServerConnection c = new ServerConnection(getSite().getShell().getDisplay(), document, location.toString(), model, file);
		connection = c;
		c.addReconciledListener(this::reconciled);
		FoldingUpdater f = folding;
		if (f != null) {
			c.addReconciledListener(f::update);
		}
	}

	private void reconciled() {
		EnergyOutlinePage page = outline;
		if (page != null) {
			page.refresh();
		}
		if (getSourceViewer() instanceof ISourceViewerExtension5 minings) {
			minings.updateCodeMinings();
		}
	}

	private void disconnect() {
		ServerConnection c = connection;
		connection = null;
		if (c != null) {
			c.close();
		}
	}

	/** The document's connection to the language server; empty for read-only library files. */
	public Optional<ServerConnection> connection() {
		return Optional.ofNullable(connection);
	}

	/**
	 * The URI under which the language server knows the document: the connected file's, or a library file's (read
	 * only and never opened on the server, which reads the library itself): hover and F3 work in both.
	 */
	public Optional<String> documentUri() {
		ServerConnection c = connection;
		if (c != null) {
			return Optional.of(c.uri());
		}
		return getEditorInput() instanceof LibraryStorage.Input library ? Optional.of(library.storage().uri().toString())
				: Optional.empty();
	}

	/** Sends the pending edit now, so that a request sees the current text. UI thread. */
	public void flushPendingChange() {
		ServerConnection c = connection;
		if (c != null) {
			c.flush();
		}
	}

	public org.eclipse.jface.text.source.SourceViewerConfiguration sourceViewerConfiguration() {
		return getSourceViewerConfiguration();
	}

	public @Nullable ISourceViewer viewer() {
		return getSourceViewer();
	}

	public @Nullable IDocument document() {
		return getDocumentProvider() == null ? null : getDocumentProvider().getDocument(getEditorInput());
	}

	/** Selects and reveals a range (outline, hyperlinks, markers). */
	public void reveal(int offset, int length) {
		selectAndReveal(offset, length);
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (IContentOutlinePage.class.equals(adapter)) {
			EnergyOutlinePage page = outline;
			if (page == null || page.getControl() == null || page.getControl().isDisposed()) {
				page = new EnergyOutlinePage(this);
				outline = page;
			}
			return adapter.cast(page);
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void dispose() {
		disconnect();
		super.dispose();
	}
}

package org.jevons.dsl.ide.server;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.Pair;
import org.eclipse.xtext.util.Tuples;
import org.jevons.dsl.library.BuiltInLibrary;

import com.google.inject.Inject;

/**
 * Xtext's workspace, which also reads the built-in library's files. Xtext reads only documents inside a workspace
 * folder; the library's files are class path resources, so a client showing one (the workbench opens them read only
 * on F3) got no hover, no definition and no symbols inside it. They are parsed once, into one resource set of their
 * own (their references to each other resolve there, as in {@link BuiltInLibrary}), and served read only.
 */
public class LibraryWorkspaceManager extends WorkspaceManager {

	@Inject
	private IResourceServiceProvider.Registry languages;

	private @Nullable Map<URI, Pair<Document, XtextResource>> libraryFiles;

	@Override
	public @Nullable Pair<? super Document, ? super XtextResource> read(URI uri) {
		Pair<? super Document, ? super XtextResource> found = super.read(uri);
		return found != null ? found : libraryFile(uri.trimFragment());
	}

	private synchronized @Nullable Pair<Document, XtextResource> libraryFile(URI uri) {
		IResourceServiceProvider language = languages.getResourceServiceProvider(uri);
		if (language == null) {
			return null;
		}
		BuiltInLibrary library = language.get(BuiltInLibrary.class);
		if (library == null || !library.isLibrary(uri)) {
			return null;
		}
		Map<URI, Pair<Document, XtextResource>> files = libraryFiles;
		if (files == null) {
			files = load(library, language.get(XtextResourceSet.class));
			libraryFiles = files;
		}
		return files.get(uri);
	}

	private static Map<URI, Pair<Document, XtextResource>> load(BuiltInLibrary library, XtextResourceSet set) {
		for (URI file : library.uris()) {
			set.getResource(file, true);
		}
		EcoreUtil2.resolveAll(set); // resolved once here: requests read them concurrently afterwards
		Map<URI, Pair<Document, XtextResource>> files = new HashMap<>();
		for (Resource resource : set.getResources()) {
			if (resource instanceof XtextResource xtext && xtext.getParseResult() != null) {
				String text = xtext.getParseResult().getRootNode().getText();
				files.put(resource.getURI(), Tuples.create(new Document(1, text), xtext));
			}
		}
		return Map.copyOf(files);
	}
}

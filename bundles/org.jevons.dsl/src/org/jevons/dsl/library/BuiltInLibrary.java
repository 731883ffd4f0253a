package org.jevons.dsl.library;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.Singleton;

/**
 * The {@code .energy} files of the built-in library ({@code jevons.library.hardware}, {@code .grids},
 * {@code .models}), parsed once per injector and offered to scoping as an outermost scope. They are read from the
 * bundle's class path, so the same library serves the CLI, the language server and the workbench.
 */
@Singleton
public class BuiltInLibrary {

	/** The library files, relative to the bundle root. */
	public static final List<String> FILES = List.of("library/jevons/library/hardware.energy",
			"library/jevons/library/grids.energy", "library/jevons/library/models.energy");

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceDescription.Manager descriptions;

	private volatile List<IEObjectDescription> exported = List.of();
	private volatile List<URI> uris = List.of();
	private volatile boolean loaded;

	/** The URIs of the library files. */
	public List<URI> uris() {
		ensureLoaded();
		return uris;
	}

	/** Whether a resource is one of the library's files (they do not see the library scope twice). */
	public boolean isLibrary(URI uri) {
		return uri.toString().contains("/library/jevons/library/") && uris().contains(uri);
	}

	/** Every named declaration the library exports. */
	public List<IEObjectDescription> exportedObjects() {
		ensureLoaded();
		return exported;
	}

	private void ensureLoaded() {
		if (loaded) {
			return;
		}
		synchronized (this) {
			if (loaded) {
				return;
			}
			List<URI> found = new ArrayList<>();
			for (String file : FILES) {
				URL url = BuiltInLibrary.class.getClassLoader().getResource(file);
				if (url == null) {
					throw new IllegalStateException("built-in library file missing from the bundle: " + file);
				}
				found.add(URI.createURI(url.toString()));
			}
			uris = List.copyOf(found);
			XtextResourceSet set = resourceSets.get();
			List<IEObjectDescription> objects = new ArrayList<>();
			for (URI uri : uris) {
				Resource resource = set.createResource(uri);
				try (InputStream in = set.getURIConverter().createInputStream(uri)) {
					resource.load(in, Map.of());
				} catch (IOException e) {
					throw new IllegalStateException("cannot read the built-in library file " + uri, e);
				}
			}
			for (Resource resource : set.getResources()) {
				descriptions.getResourceDescription(resource).getExportedObjects().forEach(objects::add);
			}
			exported = List.copyOf(objects);
			loaded = true;
		}
	}
}

package org.jevons.dsl.ide.symbols;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.findReferences.IReferenceFinder;
import org.eclipse.xtext.ide.server.DocumentExtensions;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.jevons.dsl.library.BuiltInLibrary;

import com.google.inject.Inject;

/**
 * Go to definition into the built-in library. Xtext reads a definition's target through the workspace, which knows
 * only the project folders; the library's files are class path resources (jar: or bundleresource: URLs), so their
 * locations are computed from the already resolved target instead, as {@code file:} URIs of {@link LibraryFiles}
 * when the server runs for other editors.
 */
public class EnergyDocumentSymbolService extends DocumentSymbolService {

	@Inject
	private EObjectAtOffsetHelper offsets;

	@Inject
	private DocumentExtensions documents;

	@Inject
	private BuiltInLibrary library;

	@Override
	public List<? extends Location> getDefinitions(XtextResource resource, int offset,
			IReferenceFinder.IResourceAccess resourceAccess, CancelIndicator cancelIndicator) {
		List<? extends Location> found = super.getDefinitions(resource, offset, resourceAccess, cancelIndicator);
		if (!found.isEmpty()) {
			for (Location l : found) {
				LibraryFiles.fileUri(URI.createURI(l.getUri())).ifPresent(l::setUri);
			}
			return found;
		}
		EObject target = offsets.resolveCrossReferencedElementAt(resource, offset);
		if (target == null || target.eIsProxy() || target.eResource() == null
				|| !library.isLibrary(target.eResource().getURI())) {
			return found;
		}
		Location location = documents.newLocation(target);
		if (location == null) {
			return found;
		}
		LibraryFiles.fileUri(target.eResource().getURI()).ifPresent(location::setUri);
		return List.of(location);
	}

	/** Flat document symbols and workspace symbols: the same kinds as the outline. */
	@Override
	protected SymbolKind getSymbolKind(EClass type) {
		return SymbolKinds.of(type);
	}

	/**
	 * The library's declarations whose qualified name contains the query (case ignored), for workspace symbol
	 * searches: the index Xtext searches holds only the workspace's files.
	 */
	public List<WorkspaceSymbol> librarySymbols(String query) {
		String q = query.toLowerCase(Locale.ROOT);
		List<WorkspaceSymbol> symbols = new ArrayList<>();
		for (IEObjectDescription d : library.exportedObjects()) {
			EObject object = d.getEObjectOrProxy();
			if (!d.getQualifiedName().toLowerCase().toString().contains(q) || object.eIsProxy()) {
				continue;
			}
			Location location = documents.newLocation(object);
			if (location != null) {
				LibraryFiles.fileUri(object.eResource().getURI()).ifPresent(location::setUri);
				WorkspaceSymbol symbol = new WorkspaceSymbol(d.getQualifiedName().toString(),
						SymbolKinds.of(object.eClass()), Either.forLeft(location));
				symbol.setContainerName(d.getQualifiedName().skipLast(1).toString());
				symbols.add(symbol);
			}
		}
		return symbols;
	}
}

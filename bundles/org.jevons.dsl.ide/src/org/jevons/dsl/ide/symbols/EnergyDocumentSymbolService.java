package org.jevons.dsl.ide.symbols;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Location;
import org.eclipse.xtext.findReferences.IReferenceFinder;
import org.eclipse.xtext.ide.server.DocumentExtensions;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.jevons.dsl.library.BuiltInLibrary;

import com.google.inject.Inject;

/**
 * Go to definition into the built-in library. Xtext reads a definition's target through the workspace, which knows
 * only the project folders; the library's files are class path resources (jar: or bundleresource: URLs), so their
 * locations are computed from the already resolved target instead.
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
			return found;
		}
		EObject target = offsets.resolveCrossReferencedElementAt(resource, offset);
		if (target == null || target.eIsProxy() || target.eResource() == null
				|| !library.isLibrary(target.eResource().getURI())) {
			return found;
		}
		Location location = documents.newLocation(target);
		return location == null ? found : List.of(location);
	}
}

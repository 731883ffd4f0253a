package org.jevons.dsl.ide.server;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.xtext.findReferences.IReferenceFinder;
import org.eclipse.xtext.ide.server.symbol.WorkspaceSymbolService;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.util.CancelIndicator;
import org.jevons.dsl.ide.symbols.EnergyDocumentSymbolService;

import com.google.inject.Inject;

/**
 * Workspace symbols of the workspace's files (Xtext's) and of the built-in library, which is not in the index:
 * searching {@code H100} finds {@code jevons.library.hardware.H100_SXM}.
 */
public class EnergyWorkspaceSymbolService extends WorkspaceSymbolService {

	@Inject
	private IResourceServiceProvider.Registry registry;

	@Override
	public List<? extends WorkspaceSymbol> getSymbols(String query, IReferenceFinder.IResourceAccess resourceAccess,
			IResourceDescriptions indexData, CancelIndicator cancelIndicator) {
		List<WorkspaceSymbol> symbols = new ArrayList<>(super.getSymbols(query, resourceAccess, indexData,
				cancelIndicator));
		if (registry.getExtensionToFactoryMap().get("energy") instanceof IResourceServiceProvider energy
				&& energy.get(org.eclipse.xtext.ide.server.symbol.DocumentSymbolService.class)
						instanceof EnergyDocumentSymbolService service) {
			symbols.addAll(service.librarySymbols(query));
		}
		return symbols;
	}
}

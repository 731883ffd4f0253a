package org.jevons.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;
import org.jevons.model.energy.EnergyFile;

import com.google.inject.Inject;

/**
 * Imports plus the file's own package: declarations of the same package in other files are visible by their
 * simple name, as in Java. (Xtext's provider only resolves package-relative names inside the same file.) The
 * file's list is kept in the resource's cache, as Xtext keeps its own: every reference of the file asks for it.
 */
public class PackageAwareScopeProvider extends ImportedNamespaceAwareLocalScopeProvider {

	@Inject
	private IResourceScopeCache cache;

	@Override
	protected List<ImportNormalizer> getImportedNamespaceResolvers(EObject context, boolean ignoreCase) {
		if (!(context instanceof EnergyFile) || context.eResource() == null) {
			return withPackage(context, ignoreCase);
		}
		return cache.get(Tuples.create(PackageAwareScopeProvider.class, context, ignoreCase), context.eResource(),
				() -> withPackage(context, ignoreCase));
	}

	private List<ImportNormalizer> withPackage(EObject context, boolean ignoreCase) {
		List<ImportNormalizer> resolvers = super.getImportedNamespaceResolvers(context, ignoreCase);
		if (!(context instanceof EnergyFile)) {
			return resolvers;
		}
		QualifiedName pkg = getQualifiedNameProvider().getFullyQualifiedName(context);
		if (pkg == null || pkg.isEmpty()) {
			return resolvers;
		}
		List<ImportNormalizer> all = new ArrayList<>(resolvers);
		all.add(doCreateImportNormalizer(pkg, true, ignoreCase));
		return all;
	}
}

package org.jevons.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.ISelectable;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;
import org.eclipse.xtext.scoping.impl.MultimapBasedSelectable;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;
import org.jevons.model.energy.EnergyFile;

import com.google.inject.Inject;

/**
 * Imports plus the file's own package: declarations of the same package in other files are visible by their
 * simple name, as in Java. (Xtext's provider only resolves package-relative names inside the same file.) The
 * file's list is kept in the resource's cache, as Xtext keeps its own: every reference of the file asks for it.
 * <p>
 * A reference inside a declaration sees what the file sees: Xtext adds a scope per enclosing object for the names
 * and imports nested in it, but no declaration can hold a named object of a type a reference points to, nor an
 * import (a usage's columns are named, and nothing refers to them; {@link ContentShape} checks it from the
 * metamodel, so a grammar that nests such names gets Xtext's scopes back). So the file's scope of each reference
 * type is built once per resource and kept in its cache — rebuilding it per reference was 8 % of the language
 * server's work per change.
 */
public class PackageAwareScopeProvider extends ImportedNamespaceAwareLocalScopeProvider {

	@Inject
	private IResourceScopeCache cache;

	@Override
	public IScope getScope(EObject context, EReference reference) {
		EObject file = EcoreUtil.getRootContainer(context);
		Resource resource = file.eResource();
		if (file == context || !(file instanceof EnergyFile) || resource == null) {
			return super.getScope(context, reference);
		}
		EObject declaration = context;
		while (declaration.eContainer() != file) {
			declaration = declaration.eContainer();
		}
		if (ContentShape.mayHoldScopeFor(declaration.eClass(), reference.getEReferenceType())) {
			return super.getScope(context, reference); // a nested name or import could be seen: Xtext's way
		}
		return cache.get(Tuples.create(PackageAwareScopeProvider.class, reference), resource,
				() -> super.getScope(file, reference));
	}

	@Override
	protected List<ImportNormalizer> getImportedNamespaceResolvers(EObject context, boolean ignoreCase) {
		if (!(context instanceof EnergyFile) || context.eResource() == null) {
			return withPackage(context, ignoreCase);
		}
		return cache.get(Tuples.create(PackageAwareScopeProvider.class, context, ignoreCase), context.eResource(),
				() -> withPackage(context, ignoreCase));
	}

	/** The file's named objects, found without walking into objects that cannot hold one ({@link ContentShape}). */
	@Override
	protected ISelectable internalGetAllDescriptions(Resource resource) {
		List<EObject> candidates = new ArrayList<>();
		for (TreeIterator<EObject> all = EcoreUtil.getAllContents(resource, false); all.hasNext();) {
			EObject object = all.next();
			candidates.add(object);
			if (!ContentShape.mayHoldNamed(object.eClass())) {
				all.prune();
			}
		}
		return new MultimapBasedSelectable(Scopes.scopedElementsFor(candidates, getQualifiedNameProvider()));
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

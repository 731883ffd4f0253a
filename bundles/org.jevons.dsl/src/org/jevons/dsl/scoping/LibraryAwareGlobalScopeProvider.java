package org.jevons.dsl.scoping;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IContainer;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.DefaultGlobalScopeProvider;
import org.eclipse.xtext.scoping.impl.SimpleScope;
import org.jevons.dsl.library.BuiltInLibrary;

import com.google.common.base.Predicate;
import com.google.inject.Inject;

/**
 * The workspace's declarations, with the built-in library as the outermost scope: a workspace declaration of the
 * same qualified name shadows the library's.
 */
public class LibraryAwareGlobalScopeProvider extends DefaultGlobalScopeProvider {

	@Inject
	private BuiltInLibrary library;

	@Override
	protected IScope getScope(Resource resource, boolean ignoreCase, EClass type,
			Predicate<IEObjectDescription> filter) {
		IScope scope = super.getScope(resource, ignoreCase, type, filter);
		return scope == IScope.NULLSCOPE ? libraryScope(resource, ignoreCase, type, filter) : scope;
	}

	@Override
	protected IScope createContainerScopeWithContext(Resource eResource, IScope parent, IContainer container,
			Predicate<IEObjectDescription> filter, EClass type, boolean ignoreCase) {
		IScope outer = parent == IScope.NULLSCOPE ? libraryScope(eResource, ignoreCase, type, filter) : parent;
		return super.createContainerScopeWithContext(eResource, outer, container, filter, type, ignoreCase);
	}

	private IScope libraryScope(Resource resource, boolean ignoreCase, EClass type,
			Predicate<IEObjectDescription> filter) {
		if (library.isLibrary(resource.getURI())) {
			return IScope.NULLSCOPE;
		}
		List<IEObjectDescription> matching = library.exportedObjects().stream()
				.filter(d -> type.isSuperTypeOf(d.getEClass()) && (filter == null || filter.apply(d))).toList();
		return new SimpleScope(IScope.NULLSCOPE, matching, ignoreCase);
	}
}

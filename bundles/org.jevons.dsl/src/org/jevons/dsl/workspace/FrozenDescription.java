package org.jevons.dsl.workspace;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.AbstractResourceDescription;

/**
 * A file's entry in a workspace's index, with its exported names computed once, before the files are linked on
 * several threads. Xtext's own description looks its names up through a cache attached to the resource, so a thread
 * resolving a reference into a file read that file's adapter list while the thread linking the file added to it —
 * a race that corrupted the list (an {@code ArrayIndexOutOfBoundsException} inside EMF, seen in a long-lived
 * process). Reading this one never touches the resource.
 */
final class FrozenDescription extends AbstractResourceDescription {
	private final URI uri;
	private final List<IEObjectDescription> exported;
	private final IResourceDescription original;

	FrozenDescription(IResourceDescription original) {
		this.uri = original.getURI();
		List<IEObjectDescription> objects = new ArrayList<>();
		original.getExportedObjects().forEach(objects::add);
		this.exported = List.copyOf(objects);
		this.original = original;
		// builds the lookup's name map now, on this thread: the linking threads only read it
		getLookUp().getExportedObjects(EcorePackage.Literals.EOBJECT, QualifiedName.EMPTY, false);
	}

	@Override
	protected List<IEObjectDescription> computeExportedObjects() {
		return exported;
	}

	/** Read by nothing that runs while files are linked in parallel. */
	@Override
	public Iterable<QualifiedName> getImportedNames() {
		return original.getImportedNames();
	}

	/** Read by nothing that runs while files are linked in parallel. */
	@Override
	public Iterable<IReferenceDescription> getReferenceDescriptions() {
		return original.getReferenceDescriptions();
	}

	@Override
	public URI getURI() {
		return uri;
	}
}

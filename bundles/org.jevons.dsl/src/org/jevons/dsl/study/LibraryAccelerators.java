package org.jevons.dsl.study;

import java.util.Optional;

import org.eclipse.xtext.resource.IEObjectDescription;
import org.jevons.analysis.spec.Specs;
import org.jevons.dsl.library.BuiltInLibrary;
import org.jevons.dsl.workspace.EnergyWorkspace;
import org.jevons.model.energy.Accelerator;

/** Accelerators of the built-in library as the analyses' specs, by name (e.g. for measurements files). */
public final class LibraryAccelerators {
	private LibraryAccelerators() {
	}

	/** The library accelerator of this simple name ({@code H100_SXM}), as any {@code on 1 x H100_SXM} sees it. */
	public static Optional<Specs.Accelerator> named(String name) {
		BuiltInLibrary library = EnergyWorkspace.injector().getInstance(BuiltInLibrary.class);
		for (IEObjectDescription d : library.exportedObjects()) {
			if (d.getEObjectOrProxy() instanceof Accelerator a && !a.eIsProxy()
					&& d.getQualifiedName().getLastSegment().equals(name)) {
				return Optional.of(HardwareBuilder.accelerator(a));
			}
		}
		return Optional.empty();
	}
}

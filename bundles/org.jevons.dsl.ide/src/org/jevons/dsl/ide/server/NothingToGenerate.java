package org.jevons.dsl.ide.server;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.generator.IShouldGenerate;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * The language generates no files, so the builder need not ask. Xtext's default ({@code OnlyWithoutErrors})
 * validated every built resource a second time, right after the build had validated it and published its
 * diagnostics: a sixth of the language server's work after each change of a large document.
 */
public class NothingToGenerate implements IShouldGenerate {

	@Override
	public boolean shouldGenerate(Resource resource, CancelIndicator cancelIndicator) {
		return false;
	}
}

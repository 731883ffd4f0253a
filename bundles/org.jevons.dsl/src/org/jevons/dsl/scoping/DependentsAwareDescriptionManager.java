package org.jevons.dsl.scoping;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionManager;

/**
 * Which files a builder validates again after others changed: a file that refers to a changed file, whatever the
 * change, and, as in Xtext, a file that may see a name added, removed or changed. Xtext's default only counts
 * changed names, but the checks of a file read the values of what it refers to (an inference's memory warning reads
 * its model's parameters), so a file's diagnostics went stale when a model it serves got more parameters. The
 * language server still re-validates only the changed document and the files that refer to it, not the workspace.
 */
public class DependentsAwareDescriptionManager extends DefaultResourceDescriptionManager
		implements IResourceDescription.Manager.AllChangeAware {

	@Override
	public boolean isAffectedByAny(Collection<IResourceDescription.Delta> deltas, IResourceDescription candidate,
			IResourceDescriptions context) {
		Set<URI> referenced = getDescriptionUtils().collectOutgoingReferences(candidate);
		for (IResourceDescription.Delta delta : deltas) {
			if (referenced.contains(delta.getUri())) {
				return true;
			}
		}
		List<IResourceDescription.Delta> renamed = deltas.stream()
				.filter(IResourceDescription.Delta::haveEObjectDescriptionsChanged).toList();
		return !renamed.isEmpty() && isAffected(renamed, candidate, context);
	}
}

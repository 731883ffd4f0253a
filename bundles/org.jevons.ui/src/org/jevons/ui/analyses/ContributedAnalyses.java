package org.jevons.ui.analyses;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.jevons.analysis.AnalysisRegistry;
import org.jevons.analysis.EnergyAnalysis;

/**
 * Brings the analyses other bundles declare at {@code org.jevons.analysis.analyses} into every
 * {@link AnalysisRegistry#discover()} of this workbench: the OSGi counterpart of the CLI's ServiceLoader, so that
 * a plugin such as cost adds its figures to hovers, code lenses and the results views with no change to ours.
 */
public final class ContributedAnalyses {

	public static final String EXTENSION_POINT = "org.jevons.analysis.analyses";

	private static volatile boolean loaded;

	private ContributedAnalyses() {
	}

	/** Reads the extension point once per workbench; later calls return at once. */
	public static void load() {
		if (loaded) {
			return;
		}
		synchronized (ContributedAnalyses.class) {
			if (loaded) {
				return;
			}
			for (IConfigurationElement element : Platform.getExtensionRegistry()
					.getConfigurationElementsFor(EXTENSION_POINT)) {
				try {
					if (element.createExecutableExtension("class") instanceof EnergyAnalysis analysis) {
						AnalysisRegistry.contribute(analysis);
					} else {
						ILog.of(ContributedAnalyses.class).error(element.getContributor().getName() + ": "
								+ element.getAttribute("class") + " is not an EnergyAnalysis");
					}
				} catch (CoreException e) {
					ILog.of(ContributedAnalyses.class).log(e.getStatus());
				}
			}
			loaded = true;
		}
	}
}

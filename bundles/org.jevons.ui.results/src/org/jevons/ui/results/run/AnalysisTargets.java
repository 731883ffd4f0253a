package org.jevons.ui.results.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;

/**
 * The .energy files of a selection. A selected file is analysed with the other files of its folder: a folder is
 * one package whose files refer to each other (examples/deepseek). Folders and projects give every .energy file
 * below them.
 */
public final class AnalysisTargets {
	public static final String EXTENSION = "energy";

	private AnalysisTargets() {
	}

	public static List<IFile> energyFiles(List<? extends IResource> scope) throws CoreException {
		Set<IFile> files = new LinkedHashSet<>();
		for (IResource r : scope) {
			if (r instanceof IFile f) {
				if (f.getParent() != null && f.getParent().isAccessible()) {
					collect(f.getParent(), files, false);
				}
				if (isEnergy(f)) {
					files.add(f);
				}
			} else if (r instanceof IContainer c && c.isAccessible()) {
				collect(c, files, true);
			}
		}
		List<IFile> sorted = new ArrayList<>(files);
		sorted.sort(Comparator.comparing(f -> f.getFullPath().toString()));
		return sorted;
	}

	public static boolean isEnergy(IResource resource) {
		return resource instanceof IFile && EXTENSION.equals(resource.getFileExtension());
	}

	private static void collect(IContainer container, Set<IFile> files, boolean deep) throws CoreException {
		for (IResource member : container.members()) {
			if (isEnergy(member) && member.getLocation() != null) {
				files.add((IFile) member);
			} else if (deep && member instanceof IContainer c && !member.isDerived() && !member.getName().startsWith(".")
					&& !member.getName().equals("target") && !member.getName().equals("bin")) {
				collect(c, files, true);
			}
		}
	}
}

package org.jevons.rcp;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The first start creates a project "Examples" with the flagship models (examples/ of the repository, copied into
 * this bundle at build time). Only once per workspace: deleting the project is respected.
 */
public final class ExamplesProject {

	public static final String NAME = "Examples";
	public static final String FIRST_FILE = "deepseek/r1-vs-llama.energy";
	private static final String CREATED = "examplesCreated";
	private static final String PLUGIN_ID = "org.jevons.rcp";

	private ExamplesProject() {
	}

	/** Creates the project unless this workspace already had it; returns the file to open first. */
	public static Optional<IFile> createOnFirstStart() throws CoreException {
		IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(PLUGIN_ID);
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		if (prefs.getBoolean(CREATED, false) || root.getProject(NAME).exists() || Boolean.getBoolean("jevons.noExamples")) {
			return Optional.empty();
		}
		IFile first = create(root.getProject(NAME));
		prefs.putBoolean(CREATED, true);
		try {
			prefs.flush();
		} catch (org.osgi.service.prefs.BackingStoreException e) {
			ILog.of(ExamplesProject.class).log(new Status(IStatus.WARNING, PLUGIN_ID, "Cannot save the preferences", e));
		}
		return Optional.of(first);
	}

	/** Creates (or completes) the project from the bundle's examples/ folder. */
	public static IFile create(IProject project) throws CoreException {
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		Bundle bundle = FrameworkUtil.getBundle(ExamplesProject.class);
		List<URL> entries = bundle == null || bundle.findEntries("examples", "*.energy", true) == null ? List.of()
				: Collections.list(bundle.findEntries("examples", "*.energy", true));
		for (URL url : entries) {
			IPath path = IPath.fromOSString(url.getPath()).removeFirstSegments(1); // strip "examples/"
			IFile file = project.getFile(path);
			mkdirs(file.getParent());
			if (!file.exists()) {
				try (InputStream in = url.openStream()) {
					file.create(in, true, null);
				} catch (IOException e) {
					throw new CoreException(new Status(IStatus.ERROR, PLUGIN_ID, "Cannot copy the example " + path, e));
				}
			}
		}
		return project.getFile(FIRST_FILE);
	}

	private static void mkdirs(IContainer container) throws CoreException {
		if (container instanceof IFolder folder && !folder.exists()) {
			mkdirs(folder.getParent());
			folder.create(true, true, null);
		}
	}
}

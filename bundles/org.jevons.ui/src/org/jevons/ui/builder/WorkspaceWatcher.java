package org.jevons.ui.builder;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersChangeEvent;
import org.jevons.ui.JevonsUi;
import org.jevons.ui.lsp.JevonsLanguageServer;

/**
 * Keeps the language server's view of the workspace current, so that every .energy file of the open projects is
 * validated and its Problems-view markers stay in sync, also for files never opened and files changed outside the
 * editors (other tools, git, a refresh): projects opened, created, closed or deleted become
 * workspace/didChangeWorkspaceFolders, .energy files created, changed or deleted become
 * workspace/didChangeWatchedFiles. The server's diagnostics then become markers ({@code DiagnosticMarkers}).
 */
public final class WorkspaceWatcher implements IResourceChangeListener {

	private static @Nullable WorkspaceWatcher instance;

	/** Starts the language server (its initial build validates every open project) and watches the workspace. */
	public static synchronized void install() {
		if (instance == null) {
			WorkspaceWatcher watcher = new WorkspaceWatcher();
			JevonsLanguageServer.getDefault();
			ResourcesPlugin.getWorkspace().addResourceChangeListener(watcher, IResourceChangeEvent.POST_CHANGE);
			instance = watcher;
		}
	}

	public static synchronized void uninstall() {
		WorkspaceWatcher watcher = instance;
		instance = null;
		if (watcher != null) {
			ResourcesPlugin.getWorkspace().removeResourceChangeListener(watcher);
		}
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		IResourceDelta root = event.getDelta();
		if (root == null) {
			return;
		}
		List<WorkspaceFolder> added = new ArrayList<>();
		List<WorkspaceFolder> removed = new ArrayList<>();
		List<FileEvent> files = new ArrayList<>();
		try {
			root.accept(delta -> visit(delta, added, removed, files));
		} catch (CoreException e) {
			JevonsUi.error("Cannot read the workspace changes for validation", e);
		}
		JevonsLanguageServer server = JevonsLanguageServer.getDefault();
		if (!added.isEmpty() || !removed.isEmpty()) {
			server.notifyWorkspace(ws -> ws.didChangeWorkspaceFolders(
					new DidChangeWorkspaceFoldersParams(new WorkspaceFoldersChangeEvent(added, removed))));
		}
		if (!files.isEmpty()) {
			server.notifyWorkspace(ws -> ws.didChangeWatchedFiles(new DidChangeWatchedFilesParams(files)));
		}
	}

	private static boolean visit(IResourceDelta delta, List<WorkspaceFolder> added, List<WorkspaceFolder> removed,
			List<FileEvent> files) {
		IResource resource = delta.getResource();
		if (resource instanceof IProject project) {
			URI location = project.getLocationURI();
			if (location == null) {
				return false;
			}
			WorkspaceFolder folder = new WorkspaceFolder(location.toString(), project.getName());
			boolean openChanged = (delta.getFlags() & IResourceDelta.OPEN) != 0;
			if (delta.getKind() == IResourceDelta.ADDED && project.isOpen() || openChanged && project.isOpen()) {
				added.add(folder);
				return false; // the server builds the whole new folder
			}
			if (delta.getKind() == IResourceDelta.REMOVED || openChanged && !project.isOpen()) {
				removed.add(folder);
				return false;
			}
			return project.isOpen();
		}
		if (resource.getType() == IResource.FILE && JevonsLanguageServer.EXTENSION.equals(resource.getFileExtension())
				&& resource.getLocationURI() != null) {
			FileChangeType type = switch (delta.getKind()) {
			case IResourceDelta.ADDED -> FileChangeType.Created;
			case IResourceDelta.REMOVED -> FileChangeType.Deleted;
			default -> (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0 ? FileChangeType.Changed : null;
			};
			if (type != null) {
				files.add(new FileEvent(resource.getLocationURI().toString(), type));
			}
		}
		return true;
	}
}

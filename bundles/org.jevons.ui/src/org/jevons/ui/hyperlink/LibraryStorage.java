package org.jevons.ui.hyperlink;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

import org.eclipse.core.resources.IStorage;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.IStorageEditorInput;
import org.jevons.ui.JevonsUi;

/** A read-only file of the built-in library (inside the org.jevons.dsl bundle), as an editor input. */
public final class LibraryStorage implements IStorage {

	private final URI uri;

	public LibraryStorage(URI uri) {
		this.uri = uri;
	}

	public URI uri() {
		return uri;
	}

	@Override
	public InputStream getContents() throws CoreException {
		try (InputStream in = uri.toURL().openStream()) {
			return new ByteArrayInputStream(in.readAllBytes());
		} catch (IOException e) {
			throw new CoreException(new Status(IStatus.ERROR, JevonsUi.PLUGIN_ID, "Cannot read the library file " + uri, e));
		}
	}

	@Override
	public @Nullable IPath getFullPath() {
		return IPath.fromOSString(uri.getPath());
	}

	@Override
	public String getName() {
		String path = uri.getPath() == null ? uri.toString() : uri.getPath();
		return path.substring(path.lastIndexOf('/') + 1);
	}

	@Override
	public boolean isReadOnly() {
		return true;
	}

	@Override
	public <T> @Nullable T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(@Nullable Object o) {
		return o instanceof LibraryStorage other && other.uri.equals(uri);
	}

	@Override
	public int hashCode() {
		return uri.hashCode();
	}

	/** The editor input of a library file; equal inputs reuse the open editor. */
	public record Input(LibraryStorage storage) implements IStorageEditorInput {

		@Override
		public IStorage getStorage() {
			return storage;
		}

		@Override
		public boolean exists() {
			return true;
		}

		@Override
		public @Nullable ImageDescriptor getImageDescriptor() {
			return null;
		}

		@Override
		public String getName() {
			return storage.getName();
		}

		@Override
		public @Nullable IPersistableElement getPersistable() {
			return null;
		}

		@Override
		public String getToolTipText() {
			return "Jevons library: " + storage.getName() + " (read only)";
		}

		@Override
		public <T> @Nullable T getAdapter(Class<T> adapter) {
			return null;
		}
	}
}

package org.jevons.dsl.ide.symbols;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.jevons.dsl.library.BuiltInLibrary;

/**
 * The built-in library as plain files, for editors that open only {@code file:} URIs (a definition inside the
 * library is otherwise a {@code jar:file:…!/library/…} URI). The files are written once into a cache folder named
 * after the library's content hash ({@code ~/.cache/jevons/library/<hash>/jevons/library/hardware.energy}), so
 * each version of the library gets its own folder and a running server never sees a file change under it. They are
 * made read-only: the library is edited in the repository, not there.
 * <p>
 * Only {@code jevons lsp} asks for them ({@link #ENABLED}); the workbench opens the class path resources itself.
 */
public final class LibraryFiles {
	/** System property that switches library locations to the cached files ({@code jevons lsp} sets it). */
	public static final String ENABLED = "jevons.lsp.libraryFiles";
	/** Overrides the cache root (tests). */
	public static final String CACHE = "jevons.cache";

	private static volatile Map<String, java.net.URI> files = Map.of();

	private LibraryFiles() {
	}

	public static boolean enabled() {
		return Boolean.getBoolean(ENABLED);
	}

	/** The file URI of a library resource, when enabled and the library file is known. */
	public static Optional<String> fileUri(URI libraryUri) {
		if (!enabled()) {
			return Optional.empty();
		}
		for (Map.Entry<String, java.net.URI> e : materialised().entrySet()) {
			if (libraryUri.toString().endsWith("/" + e.getKey())) {
				return Optional.of(e.getValue().toString());
			}
		}
		return Optional.empty();
	}

	/** Library file (as in {@link BuiltInLibrary#FILES}) → its cached copy's URI; written on first use. */
	static Map<String, java.net.URI> materialised() {
		Map<String, java.net.URI> result = files;
		if (!result.isEmpty()) {
			return result;
		}
		synchronized (LibraryFiles.class) {
			if (files.isEmpty()) {
				files = write();
			}
			return files;
		}
	}

	private static Map<String, java.net.URI> write() {
		Map<String, byte[]> contents = new LinkedHashMap<>();
		for (String file : BuiltInLibrary.FILES) {
			contents.put(file, read(file));
		}
		Path folder = cacheRoot().resolve("library").resolve(hash(contents));
		Map<String, java.net.URI> uris = new LinkedHashMap<>();
		try {
			for (Map.Entry<String, byte[]> e : contents.entrySet()) {
				Path target = folder.resolve(e.getKey().substring("library/".length()));
				if (!Files.exists(target)) {
					Files.createDirectories(target.getParent());
					Path temp = Files.createTempFile(target.getParent(), ".library", ".tmp");
					Files.write(temp, e.getValue());
					Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
					if (!target.toFile().setReadOnly()) {
						throw new IOException("cannot make " + target + " read-only");
					}
				}
				uris.put(e.getKey(), target.toUri());
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot write the built-in library to " + folder, e);
		}
		return Map.copyOf(uris);
	}

	private static Path cacheRoot() {
		String override = System.getProperty(CACHE, "");
		if (!override.isEmpty()) {
			return Path.of(override);
		}
		String xdg = System.getenv("XDG_CACHE_HOME");
		Path base = xdg != null && !xdg.isEmpty() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
		return base.resolve("jevons");
	}

	private static byte[] read(String file) {
		URL url = BuiltInLibrary.class.getClassLoader().getResource(file);
		if (url == null) {
			throw new IllegalStateException("built-in library file missing from the bundle: " + file);
		}
		try (InputStream in = url.openStream()) {
			return in.readAllBytes();
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read the built-in library file " + file, e);
		}
	}

	private static String hash(Map<String, byte[]> contents) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			contents.forEach((name, bytes) -> {
				digest.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
				digest.update(bytes);
			});
			return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JDK", e);
		}
	}
}

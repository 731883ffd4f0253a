package org.jevons.maven;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.maven.plugin.logging.Log;

/**
 * The unpacked jevons CLI distribution ({@code jevons.jar} + {@code lib/}) and facts about the JVM that runs it.
 * The distribution zip is a dependency of the plugin; it is unpacked once per distinct content (hash) into a cache
 * shared by all builds using the same local repository.
 */
final class JevonsRuntime {

	/** The CLI's bundles are compiled for JavaSE-21. */
	static final int MIN_JAVA = 21;

	private static final Pattern JAVA_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"(1\\.)?(\\d+)");

	private JevonsRuntime() {
	}

	/** Unpacks {@code zip} below {@code cache}, atomically (a concurrent build may do the same), and returns the dir. */
	static Path unpack(Path zip, String version, Path cache, Log log) throws IOException {
		Path target = cache.resolve(version + "-" + sha256(zip).substring(0, 16));
		if (Files.isRegularFile(target.resolve("jevons.jar"))) {
			log.debug("jevons runtime: " + target);
			return target;
		}
		Files.createDirectories(cache);
		Path tmp = Files.createTempDirectory(cache, ".unpack-");
		if (tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			// createTempDirectory makes it rwx------; the cache may be shared (CI users, mounted local repositories)
			Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
		}
		try (ZipInputStream zis = new ZipInputStream(Files.newInputStream(zip))) {
			for (ZipEntry e; (e = zis.getNextEntry()) != null;) {
				Path p = tmp.resolve(e.getName()).normalize();
				if (!p.startsWith(tmp)) throw new IOException("bad zip entry " + e.getName());
				if (e.isDirectory()) {
					Files.createDirectories(p);
				} else {
					Files.createDirectories(p.getParent());
					Files.copy(zis, p);
				}
			}
		}
		try {
			Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
			log.info("jevons runtime unpacked to " + target);
		} catch (FileAlreadyExistsException | AtomicMoveNotSupportedException | DirectoryNotEmptyException e) {
			// a concurrent build won the race: its copy has the same content; ours is discarded
			log.debug("jevons runtime already unpacked by another build: " + target + " (" + e + ")");
			deleteTree(tmp);
		}
		return target;
	}

	/**
	 * The feature version of the JDK that owns {@code javaExecutable}, from its {@code release} file (no JVM start);
	 * empty if unknown (e.g. a wrapper script or a bare {@code java} resolved through the PATH).
	 */
	static Optional<Integer> javaMajorVersion(String javaExecutable) {
		try {
			Path exe = Path.of(javaExecutable);
			if (!exe.isAbsolute() || !Files.exists(exe)) return Optional.empty();
			Path home = exe.toRealPath().getParent().getParent();
			Path release = home.resolve("release");
			if (!Files.isRegularFile(release)) return Optional.empty();
			Matcher m = JAVA_VERSION.matcher(Files.readString(release));
			return m.find() ? Optional.of(Integer.parseInt(m.group(2))) : Optional.empty();
		} catch (IOException | RuntimeException e) {
			// unknown is an answer here: the fork will then tell (UnsupportedClassVersionError) and the mojo reports it
			return Optional.empty();
		}
	}

	/**
	 * Options for the forked JVM, by the JDK's version: the same tuning as the distribution's {@code bin/jevons}, but
	 * version-gated ({@code --sun-misc-unsafe-memory-access} exists from JDK 23; AppCDS auto-archives from 19).
	 */
	static List<String> jvmOptions(Optional<Integer> javaMajor, Path runtime, boolean cds, String kind) {
		List<String> options = new ArrayList<>(List.of(
				"-XX:TieredStopAtLevel=1", // short-lived: C1 only
				"-Dguice_bytecode_gen_option=DISABLED", // no class generation: faster start, fewer Unsafe warnings
				"-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8"));
		int major = javaMajor.orElse(0);
		if (major >= 23) options.add("--sun-misc-unsafe-memory-access=allow");
		if (cds && major >= 19) {
			options.add("-XX:+AutoCreateSharedArchive");
			options.add("-XX:SharedArchiveFile=" + runtime.resolve("jevons-" + kind + "-" + major + ".jsa"));
			options.add("-Xlog:cds=off");
			options.add("-Xlog:cds+dynamic=off");
		}
		return options;
	}

	private static String sha256(Path file) throws IOException {
		try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file),
				MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(in.getMessageDigest().digest());
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is mandatory in every JDK", e);
		}
	}

	private static void deleteTree(Path p) throws IOException {
		try (Stream<Path> s = Files.walk(p)) {
			for (Path x : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(x);
		}
	}

}

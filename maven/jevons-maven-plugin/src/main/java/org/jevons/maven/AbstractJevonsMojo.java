package org.jevons.maven;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.toolchain.Toolchain;
import org.apache.maven.toolchain.ToolchainManager;

/**
 * What the goals share: the {@code .energy} files to process and a forked JVM on the jevons CLI distribution (a
 * dependency of this plugin, {@code org.jevons:org.jevons.headless:zip:jevons}). Forking keeps Xtext, EMF and Guice
 * (and their globals and log output) out of Maven's JVM, lets Maven run on Java 17 while the tool runs on 21+, and
 * runs exactly the classpath the project ships and tests.
 */
abstract class AbstractJevonsMojo extends AbstractMojo {

	private static final String DIST_KEY = "org.jevons:org.jevons.headless";

	/** Root of the {@code .energy} files. */
	@Parameter(property = "jevons.sourceDirectory", defaultValue = "${project.basedir}/src/main/energy")
	protected File sourceDirectory;

	/** Glob patterns relative to {@link #sourceDirectory} ({@code **}/ also matches the top level). */
	@Parameter
	protected List<String> includes = new ArrayList<>(List.of("**/*.energy"));

	/** Glob patterns relative to {@link #sourceDirectory} of files to leave out. */
	@Parameter
	protected List<String> excludes = new ArrayList<>();

	/** Where the reports go. */
	@Parameter(property = "jevons.outputDirectory", defaultValue = "${project.build.directory}/jevons")
	protected File outputDirectory;

	/**
	 * Fail when there is nothing to process: a {@link #sourceDirectory} that does not exist or holds no selected
	 * file. Off by default: then it is a warning naming the folder, and the goal passes.
	 */
	@Parameter(property = "jevons.failOnEmpty", defaultValue = "false")
	protected boolean failOnEmpty;

	/** Skips every jevons goal (see also each goal's own skip parameter). */
	@Parameter(property = "jevons.skip", defaultValue = "false")
	protected boolean skip;

	/**
	 * The java executable for the forked JVM; it must be Java 21 or newer. Default: the {@code jdk} toolchain if the
	 * build selects one (maven-toolchains-plugin), else the JVM running Maven.
	 */
	@Parameter(property = "jevons.jvm")
	protected String jvm;

	/** Extra options for the forked JVM (e.g. {@code -Xmx2g}). */
	@Parameter(property = "jevons.jvmArgs")
	protected List<String> jvmArgs = new ArrayList<>();

	/**
	 * AppCDS for the forked JVM: the archive is created on the first run in the unpacked runtime directory (one per
	 * JDK version and goal) and saves ~0.2-0.3 s per run. Off by default: concurrent first runs of parallel builds
	 * would all try to write it.
	 */
	@Parameter(property = "jevons.cds", defaultValue = "false")
	protected boolean cds;

	/** Where the distribution is unpacked, once per distinct zip (content hash). */
	@Parameter(property = "jevons.runtimeCache", defaultValue = "${settings.localRepository}/.cache/jevons-maven-plugin")
	protected File runtimeCache;

	@Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
	protected File basedir;

	@Parameter(defaultValue = "${plugin}", readonly = true, required = true)
	protected PluginDescriptor plugin;

	@Parameter(defaultValue = "${session}", readonly = true, required = true)
	protected MavenSession session;

	private final ToolchainManager toolchainManager;

	protected AbstractJevonsMojo(ToolchainManager toolchainManager) {
		this.toolchainManager = toolchainManager;
	}

	/**
	 * The outcome of one CLI run: exit code, the diagnostics found on stderr, and every other output line (a summary
	 * on stdout, or a JVM error such as {@code UnsupportedClassVersionError} on stderr).
	 */
	record Run(int exitCode, List<Issue> issues, List<String> stdout, List<String> otherStderr) {
		boolean hasErrors() {
			return issues.stream().anyMatch(Issue::isError);
		}
	}

	/**
	 * The selected files, sorted, absolute. A missing source folder, or one without selected files, is a warning
	 * naming it, or a failure with {@link #failOnEmpty}; the goal then has nothing to do.
	 */
	protected List<Path> findFiles() throws MojoExecutionException, MojoFailureException {
		Path root = sourceDirectory.toPath();
		if (!Files.isDirectory(root)) {
			return nothingToDo("the source directory " + root + " does not exist (set <sourceDirectory> or "
					+ "-Djevons.sourceDirectory)");
		}
		List<Path> files = select(root);
		return files.isEmpty() ? nothingToDo("no .energy files in " + root + " (includes " + includes
				+ (excludes.isEmpty() ? "" : ", excludes " + excludes) + ")") : files;
	}

	private List<Path> nothingToDo(String why) throws MojoFailureException {
		if (failOnEmpty) {
			throw new MojoFailureException("jevons: " + why + " and failOnEmpty is set");
		}
		getLog().warn("jevons: " + why + ": nothing to do");
		return List.of();
	}

	private List<Path> select(Path root) throws MojoExecutionException {
		List<PathMatcher> inc = matchers(includes);
		List<PathMatcher> exc = matchers(excludes);
		try (Stream<Path> s = Files.walk(root)) {
			return s.filter(Files::isRegularFile).map(root::relativize)
					.filter(p -> inc.stream().anyMatch(m -> m.matches(p)) && exc.stream().noneMatch(m -> m.matches(p)))
					.sorted().map(root::resolve).toList();
		} catch (IOException | UncheckedIOException e) {
			throw new MojoExecutionException("cannot list " + root, e);
		}
	}

	private static List<PathMatcher> matchers(List<String> globs) {
		List<PathMatcher> l = new ArrayList<>();
		for (String g : globs) {
			l.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
			if (g.startsWith("**/")) {
				// Java's glob **/ needs at least one directory; Ant/Maven users expect it to match the top level too
				l.add(FileSystems.getDefault().getPathMatcher("glob:" + g.substring(3)));
			}
		}
		return l;
	}

	/**
	 * Runs {@code jevons <command> @files <options>} in a forked JVM, in the project's base directory. The files go
	 * through a picocli @-file (one quoted path per line: no command-line length limit), relative to the base
	 * directory so that diagnostics name them as the user sees them.
	 */
	protected Run fork(String command, List<Path> files, List<String> options) throws MojoExecutionException {
		Path runtime = unpackRuntime();
		String java = javaExecutable();
		Optional<Integer> major = JevonsRuntime.javaMajorVersion(java);
		if (major.isPresent() && major.get() < JevonsRuntime.MIN_JAVA) {
			throw new MojoExecutionException("jevons needs Java " + JevonsRuntime.MIN_JAVA + "+, but " + java + " is Java "
					+ major.get() + ": set <jvm> (-Djevons.jvm) or select a jdk toolchain");
		}
		Path out = outputDirectory.toPath();
		try {
			Files.createDirectories(out);
			Path argFile = out.resolve(command + "-files.txt");
			StringBuilder sb = new StringBuilder();
			for (Path f : files) {
				String rel = basedir.toPath().relativize(f).toString();
				sb.append('"').append(rel.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\n");
			}
			Files.writeString(argFile, sb, StandardCharsets.UTF_8);

			List<String> cmd = new ArrayList<>();
			cmd.add(java);
			cmd.addAll(JevonsRuntime.jvmOptions(major, runtime, cds, command));
			cmd.addAll(jvmArgs);
			cmd.add("-jar");
			cmd.add(runtime.resolve("jevons.jar").toString());
			cmd.add(command);
			cmd.add("@" + argFile);
			cmd.addAll(options);
			getLog().debug("jevons: " + String.join(" ", cmd));
			return execute(cmd, java);
		} catch (IOException e) {
			throw new MojoExecutionException("cannot run " + java, e);
		}
	}

	private Run execute(List<String> cmd, String java) throws IOException, MojoExecutionException {
		long t0 = System.nanoTime();
		Process p = new ProcessBuilder(cmd).directory(basedir).start();
		p.getOutputStream().close();
		// both pipes drained at once: a full stderr buffer would otherwise block the child while we read stdout
		CompletableFuture<List<String>> err = CompletableFuture.supplyAsync(() -> lines(p.getErrorStream()));
		try {
			List<String> stdout = lines(p.getInputStream());
			int rc = p.waitFor();
			List<Issue> issues = new ArrayList<>();
			List<String> other = new ArrayList<>();
			for (String line : err.join()) {
				Optional<Issue> issue = Issue.parse(line);
				if (issue.isPresent()) issues.add(issue.get());
				else if (!line.isBlank()) other.add(line);
			}
			getLog().debug(String.format("jevons %s: exit %d, %d ms", cmd.get(cmd.indexOf("-jar") + 2), rc,
					(System.nanoTime() - t0) / 1_000_000));
			return new Run(rc, issues, stdout.stream().filter(l -> !l.isBlank()).toList(), other);
		} catch (InterruptedException e) {
			p.destroy();
			Thread.currentThread().interrupt();
			throw new MojoExecutionException("interrupted while running " + java, e);
		} catch (UncheckedIOException e) {
			throw new IOException("cannot read the output of " + java, e.getCause());
		} catch (CompletionException e) {
			throw new IOException("cannot read the error output of " + java, e.getCause());
		}
	}

	private Path unpackRuntime() throws MojoExecutionException {
		Artifact dist = plugin.getArtifactMap().get(DIST_KEY);
		if (dist == null || dist.getFile() == null) {
			throw new MojoExecutionException("plugin dependency " + DIST_KEY + ":zip:jevons not resolved");
		}
		try {
			return JevonsRuntime.unpack(dist.getFile().toPath(), dist.getBaseVersion(), runtimeCache.toPath(), getLog());
		} catch (IOException e) {
			throw new MojoExecutionException("cannot unpack " + dist.getFile() + " to " + runtimeCache, e);
		}
	}

	private String javaExecutable() {
		if (jvm != null && !jvm.isBlank()) return jvm;
		if (toolchainManager != null) {
			Toolchain tc = toolchainManager.getToolchainFromBuildContext("jdk", session);
			if (tc != null && tc.findTool("java") != null) {
				getLog().info("jevons: using toolchain " + tc);
				return tc.findTool("java");
			}
		}
		Path bin = Path.of(System.getProperty("java.home"), "bin");
		return bin.resolve(File.separatorChar == '\\' ? "java.exe" : "java").toString();
	}

	private static List<String> lines(InputStream in) {
		try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return r.lines().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Logs diagnostics at their severity, as {@code /absolute/path:line:column: message} (IDE consoles link it), and
	 * returns how many are errors.
	 */
	protected long logIssues(List<Issue> issues) {
		for (Issue i : issues) {
			String msg = basedir.toPath().resolve(i.path()) + ":" + i.line() + ":" + i.column() + ": " + i.message();
			switch (i.severity()) {
			case "error" -> getLog().error(msg);
			case "warning" -> getLog().warn(msg);
			default -> getLog().info(msg);
			}
		}
		return issues.stream().filter(Issue::isError).count();
	}

	/**
	 * A CLI failure that is not the tool's verdict on the models (exit 2, a crash, a too-old JVM): everything it said
	 * goes to the log, and the build stops with an execution error.
	 */
	protected MojoExecutionException unexpected(String command, Run run) {
		run.stdout().forEach(l -> getLog().error("[jevons] " + l));
		run.otherStderr().forEach(l -> getLog().error("[jevons] " + l));
		String hint = run.otherStderr().stream().anyMatch(l -> l.contains("UnsupportedClassVersionError"))
				? " (the jevons runtime needs Java " + JevonsRuntime.MIN_JAVA + "+: set <jvm> or select a jdk toolchain)"
				: " (see the output above)";
		return new MojoExecutionException("jevons " + command + " failed with exit code " + run.exitCode() + hint);
	}
}

package org.jevons.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.inject.Inject;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.toolchain.ToolchainManager;

/**
 * Parses and validates {@code .energy} files ({@code jevons check}); fails the build on errors.
 *
 * <p>Writes {@code check-report.txt} (one {@code path:line:column: severity: message} per diagnostic, then a summary)
 * and {@code checkstyle-result.xml} (Checkstyle XML, which CI servers annotate) into the output directory.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractJevonsMojo {

	@Parameter(property = "jevons.failOnError", defaultValue = "true")
	private boolean failOnError;

	@Parameter(property = "jevons.failOnWarning", defaultValue = "false")
	private boolean failOnWarning;

	/** Skips this goal only. */
	@Parameter(property = "jevons.check.skip", defaultValue = "false")
	private boolean skipCheck;

	@Inject
	public CheckMojo(ToolchainManager toolchainManager) {
		super(toolchainManager);
	}

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		if (skip || skipCheck) {
			getLog().info("jevons check skipped");
			return;
		}
		List<Path> files = findFiles();
		List<Issue> issues = new ArrayList<>();
		if (files.isEmpty()) {
			return; // findFiles said why
		} else {
			Run run = fork("check", files, List.of());
			// exit 1 without any error diagnostic is not a verdict but a crash (e.g. a JVM that cannot load the classes)
			if (run.exitCode() != 0 && !(run.exitCode() == 1 && run.hasErrors())) throw unexpected("check", run);
			run.stdout().forEach(l -> getLog().info("[jevons] " + l));
			run.otherStderr().forEach(l -> getLog().warn("[jevons] " + l));
			issues.addAll(run.issues());
		}
		issues.sort(Comparator.comparing(Issue::path).thenComparingInt(Issue::line).thenComparingInt(Issue::column));
		long errors = logIssues(issues);
		long warnings = issues.stream().filter(Issue::isWarning).count();
		String summary = String.format("jevons: %d file(s) checked, %d error(s), %d warning(s)", files.size(), errors,
				warnings);
		Path out = outputDirectory.toPath();
		Path report = out.resolve("check-report.txt");
		try {
			Files.createDirectories(out);
			writeReports(out, issues, summary);
		} catch (IOException e) {
			throw new MojoExecutionException("cannot write reports to " + out, e);
		}
		getLog().info(summary + "; report: " + report);
		if (errors > 0 && failOnError) {
			throw new MojoFailureException(errors + " error(s) in .energy files, see " + report);
		}
		if (warnings > 0 && failOnWarning) {
			throw new MojoFailureException(warnings + " warning(s) in .energy files (failOnWarning), see " + report);
		}
	}

	private static void writeReports(Path out, List<Issue> issues, String summary) throws IOException {
		StringBuilder txt = new StringBuilder();
		for (Issue i : issues) txt.append(i.format()).append('\n');
		txt.append(summary).append('\n');
		Files.writeString(out.resolve("check-report.txt"), txt, StandardCharsets.UTF_8);

		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"8.0\">\n");
		String current = null;
		for (Issue i : issues) {
			if (!i.path().equals(current)) {
				if (current != null) xml.append("  </file>\n");
				current = i.path();
				xml.append("  <file name=\"").append(Xml.escape(current)).append("\">\n");
			}
			xml.append("    <error line=\"").append(i.line()).append("\" column=\"").append(i.column())
					.append("\" severity=\"").append(i.severity()).append("\" message=\"").append(Xml.escape(i.message()))
					.append("\" source=\"jevons\"/>\n");
		}
		if (current != null) xml.append("  </file>\n");
		xml.append("</checkstyle>\n");
		Files.writeString(out.resolve("checkstyle-result.xml"), xml, StandardCharsets.UTF_8);
	}
}

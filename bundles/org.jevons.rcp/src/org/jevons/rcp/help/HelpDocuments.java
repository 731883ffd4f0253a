package org.jevons.rcp.help;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The pages of the help: the Markdown files of the repository's docs/, in reading order. */
public final class HelpDocuments {

	/** A help page: its title in the list and its file under docs/. */
	public record Page(String title, String file) {
	}

	/** First steps (the workbench) first, then the language and the methods, then the command line. */
	public static final List<Page> PAGES = List.of(new Page("First steps: the workbench", "workbench.md"),
			new Page("The .energy language", "language.md"), new Page("Methodology: how figures are computed", "methodology.md"),
			new Page("Command line and Maven plugin", "headless.md"));

	private HelpDocuments() {
	}

	/** The Markdown of a page, if the bundle has it. */
	public static Optional<String> read(Page page) {
		Bundle bundle = FrameworkUtil.getBundle(HelpDocuments.class);
		URL url = bundle == null ? null : bundle.getEntry("docs/" + page.file());
		if (url == null) {
			return Optional.empty();
		}
		try (InputStream in = url.openStream()) {
			return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		} catch (IOException e) {
			return Optional.of("Cannot read docs/" + page.file() + ": " + e.getMessage());
		}
	}
}

package org.jevons.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.jevons.report.csv.CsvReport;
import org.jevons.report.html.HtmlReport;
import org.jevons.report.json.JsonReport;
import org.jevons.report.markdown.MarkdownReport;
import org.jevons.report.text.TextReport;

/** The formats of {@code jevons analyze --format}. */
public enum ReportFormat {
	TEXT("text", "txt", "text/plain"), JSON("json", "json", "application/json"), CSV("csv", "csv", "text/csv"),
	MD("md", "md", "text/markdown"), HTML("html", "html", "text/html");

	private final String id;
	private final String extension;
	private final String mediaType;

	ReportFormat(String id, String extension, String mediaType) {
		this.id = id;
		this.extension = extension;
		this.mediaType = mediaType;
	}

	/** The name used on the command line. */
	public String id() {
		return id;
	}

	public String extension() {
		return extension;
	}

	public String mediaType() {
		return mediaType;
	}

	/** The writer of this format. */
	public ReportWriter writer() {
		return switch (this) {
		case TEXT -> new TextReport();
		case JSON -> new JsonReport();
		case CSV -> new CsvReport();
		case MD -> new MarkdownReport();
		case HTML -> new HtmlReport();
		};
	}

	/** The format named on the command line ({@code text}, {@code json}, ..., case-insensitive; {@code markdown} too). */
	public static Optional<ReportFormat> parse(String name) {
		String n = name.trim().toLowerCase(Locale.ROOT);
		if (n.equals("markdown")) {
			return Optional.of(MD);
		}
		return Arrays.stream(values()).filter(f -> f.id.equals(n)).findFirst();
	}
}

package org.jevons.report;

import java.io.StringWriter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.jevons.analysis.ExpectationResult;
import org.jevons.analysis.Problem;
import org.jevons.analysis.StudyResult;

/**
 * The {@code expect} verdicts as a JUnit XML report that CI servers display: one {@code testsuite} named after
 * the input files, one {@code testcase} per expectation (class name: its file, name: its source text), a
 * {@code failure} with the actual value against the limit.
 */
public final class JunitXml {
	private JunitXml() {
	}

	public static String render(StudyResult result, ReportContext context) {
		List<ExpectationResult> expectations = result.expectations();
		long failures = expectations.stream().filter(e -> !e.passed()).count();
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeCharacters("\n");
			xml.writeStartElement("testsuite");
			xml.writeAttribute("name", clean("jevons" + (context.files().isEmpty() ? ""
					: " " + String.join(" ", context.files()))));
			xml.writeAttribute("tests", String.valueOf(expectations.size()));
			xml.writeAttribute("failures", String.valueOf(failures));
			xml.writeAttribute("errors", "0");
			xml.writeAttribute("skipped", "0");
			for (ExpectationResult e : expectations) {
				xml.writeCharacters("\n  ");
				testcase(xml, e);
			}
			xml.writeCharacters("\n");
			xml.writeEndElement();
			xml.writeCharacters("\n");
			xml.writeEndDocument();
			xml.close();
		} catch (XMLStreamException e) {
			// writing to a StringWriter only fails on a defect; it must be seen
			throw new IllegalStateException("cannot write the JUnit XML report", e);
		}
		return out.toString();
	}

	private static void testcase(XMLStreamWriter xml, ExpectationResult e) throws XMLStreamException {
		xml.writeStartElement("testcase");
		String file = e.origin().file();
		xml.writeAttribute("classname", clean(file.isEmpty() ? "jevons" : file));
		xml.writeAttribute("name", clean(e.name()));
		if (!file.isEmpty()) {
			xml.writeAttribute("file", clean(file));
			xml.writeAttribute("line", String.valueOf(e.origin().line()));
		}
		xml.writeAttribute("time", "0");
		if (!e.passed()) {
			String message = Human.actualAndLimit(e)
					.map(v -> "actual " + v[0] + ", limit " + v[1]).orElse("not computed");
			xml.writeStartElement("failure");
			xml.writeAttribute("message", clean(message));
			xml.writeAttribute("type", "expectation");
			xml.writeCharacters(clean(e.name() + "\n" + message + "\n"
					+ String.join("\n", e.problems().stream().map(Problem::message).toList())));
			xml.writeEndElement();
		}
		xml.writeEndElement();
	}

	/** XML 1.0 cannot carry most control characters, even escaped; they become U+FFFD. */
	static String clean(String s) {
		StringBuilder b = new StringBuilder(s.length());
		s.codePoints().forEach(c -> {
			boolean ok = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
					|| c >= 0x10000;
			b.appendCodePoint(ok ? c : 0xFFFD);
		});
		return b.toString();
	}
}

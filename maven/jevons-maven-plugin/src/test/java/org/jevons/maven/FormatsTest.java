package org.jevons.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

/** {@code formats}: checked before any run, a bad value is one line naming it and the allowed ones. */
class FormatsTest {

	@Test
	void knownFormatsPassLowerCased() throws MojoExecutionException {
		assertEquals(List.of("text", "html", "json"), AnalyzeMojo.checkedFormats(List.of("text", " HTML ", "", "json")));
	}

	@Test
	void anUnknownFormatIsOneLineNamingItAndTheAllowedOnes() {
		MojoExecutionException e = assertThrows(MojoExecutionException.class,
				() -> AnalyzeMojo.checkedFormats(List.of("text", "pdf")));
		assertEquals("jevons: formats contains 'pdf', which is not a report format; use text, json, csv, md, html",
				e.getMessage());
	}
}

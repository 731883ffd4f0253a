package org.jevons.dsl.ide.analyze;

import java.util.Optional;

/** Parameters of {@code jevons/analyze}: {@code {"uri": "file:///…/study.energy"}}. A plain class for Gson. */
public class AnalyzeParams {

	/** Written by Gson; absent in a malformed request. */
	@org.eclipse.jdt.annotation.Nullable
	private String uri;

	public AnalyzeParams() {
	}

	public AnalyzeParams(String uri) {
		this.uri = uri;
	}

	public Optional<String> uri() {
		return Optional.ofNullable(uri);
	}
}

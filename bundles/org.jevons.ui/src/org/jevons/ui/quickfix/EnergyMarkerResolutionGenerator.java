package org.jevons.ui.quickfix;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.jevons.dsl.ide.codeactions.Fixes;
import org.jevons.ui.JevonsUi;
import org.jevons.ui.markers.DiagnosticMarkers;

/**
 * Quick fixes where the fix is clear: a wrong, unknown or missing unit → the units the property expects; an
 * unresolved name → import it (library or workspace), change it to a near miss ("Change to 'DeepSeek_V3'"), or
 * create the declaration.
 */
public class EnergyMarkerResolutionGenerator implements IMarkerResolutionGenerator2 {

	public static final String XTEXT_LINKING = "org.eclipse.xtext.diagnostics.Diagnostic.Linking";
	public static final String NAME_UNRESOLVED = "jevons.name.unresolved";

	@Override
	public boolean hasResolutions(IMarker marker) {
		String code = marker.getAttribute(DiagnosticMarkers.CODE, "");
		return UnitSuggestions.isUnitProblem(code) && !UnitSuggestions.of(marker.getAttribute(IMarker.MESSAGE, "")).isEmpty()
				|| XTEXT_LINKING.equals(code) || NAME_UNRESOLVED.equals(code);
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		String code = marker.getAttribute(DiagnosticMarkers.CODE, "");
		List<IMarkerResolution> result = new ArrayList<>();
		if (UnitSuggestions.isUnitProblem(code)) {
			for (String unit : UnitSuggestions.of(marker.getAttribute(IMarker.MESSAGE, ""))) {
				result.add(new EnergyResolutions.ReplaceUnit(unit, UnitSuggestions.MISSING.equals(code)));
			}
		} else if ((XTEXT_LINKING.equals(code) || NAME_UNRESOLVED.equals(code)) && marker.getResource() instanceof IFile file) {
			String text = read(file);
			int start = marker.getAttribute(IMarker.CHAR_START, -1);
			int end = marker.getAttribute(IMarker.CHAR_END, -1);
			if (start >= 0 && end > start && end <= text.length()) {
				String name = text.substring(start, end).strip();
				for (Declarations.Declared d : Declarations.named(name)) {
					if (!d.packageName().isEmpty()) {
						result.add(new EnergyResolutions.AddImport(d.qualifiedName()));
					}
				}
				if (name.matches("\\w+")) {
					for (Declarations.Declared d : Declarations.nearMisses(name)) {
						result.add(new EnergyResolutions.ChangeName(d.name(), d.qualifiedName()));
					}
					result.add(new EnergyResolutions.CreateDeclaration(Fixes.kindExpectedBefore(text, start), name));
				}
			}
		}
		return result.toArray(IMarkerResolution[]::new);
	}

	private static String read(IFile file) {
		var buffer = org.eclipse.core.filebuffers.FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(),
				org.eclipse.core.filebuffers.LocationKind.IFILE);
		if (buffer != null) {
			return buffer.getDocument().get(); // an open editor: the marker offsets refer to its text
		}
		try (InputStream in = file.getContents(true)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException | CoreException e) {
			JevonsUi.warning("Cannot read " + file.getFullPath() + " for quick fixes", e);
			return "";
		}
	}
}

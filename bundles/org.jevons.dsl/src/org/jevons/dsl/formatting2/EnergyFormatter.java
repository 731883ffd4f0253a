package org.jevons.dsl.formatting2;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractFormatter2;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatter;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.preferences.TypedPreferenceValues;
import org.eclipse.xtext.resource.XtextResource;
import org.jevons.model.energy.Declaration;
import org.jevons.model.energy.EnergyFile;
import org.jevons.model.energy.Import;
import org.jevons.model.energy.NamedDeclaration;
import org.jevons.model.energy.Property;

/**
 * The canonical layout: package, then imports one per line, then declarations separated by a blank line; inside
 * braces one property per line indented by 4 spaces, {@code source "..."} on the property's line; single spaces
 * between all other tokens; {@code { }} for an empty body. Comments are kept where they are. Numbers, units and
 * qualified names are single regions of the text (data type rules), so the formatter never splits them; a unit glued
 * to its number gets its space ({@code 80GB} → {@code 80 GB}, the same value).
 */
public class EnergyFormatter extends AbstractFormatter2 {

	private static final String INDENT = "    ";

	@Override
	protected void initialize(FormatterRequest request) {
		// canonical layout: 4 spaces whatever the client's tab settings
		MapBasedPreferenceValues preferences = new MapBasedPreferenceValues(request.getPreferences(), new HashMap<>());
		preferences.put(FormatterPreferenceKeys.indentation, INDENT);
		request.setPreferences(TypedPreferenceValues.castOrWrap(preferences));
		super.initialize(request);
	}

	@Override
	public void format(Object obj, IFormattableDocument document) {
		if (obj instanceof XtextResource resource) {
			_format(resource, document);
		} else if (obj instanceof EnergyFile file) {
			formatFile(file, document);
		} else if (obj instanceof EObject eObject) {
			_format(eObject, document);
		}
	}

	/** Decides every gap between two tokens of the file once, so no two settings can conflict. */
	private void formatFile(EnergyFile file, IFormattableDocument document) {
		ITextRegionAccess access = getTextRegionAccess();
		Set<ISemanticRegion> declarationStarts = new HashSet<>();
		Set<ISemanticRegion> importStarts = new HashSet<>();
		Set<ISemanticRegion> propertyStarts = new HashSet<>();
		for (Import i : file.getImports()) {
			first(access, i).ifPresent(importStarts::add);
		}
		for (Declaration d : file.getDeclarations()) {
			first(access, d).ifPresent(declarationStarts::add);
			if (d instanceof NamedDeclaration n) {
				for (Property p : n.getProperties()) {
					first(access, p).ifPresent(propertyStarts::add);
				}
				ISemanticRegion open = textRegionExtensions.regionFor(n).keyword("{");
				ISemanticRegion close = textRegionExtensions.regionFor(n).keyword("}");
				if (open != null && close != null) {
					document.interior(open, close, IHiddenRegionFormatter::indent);
				}
			}
		}
		IEObjectRegion root = access.regionForEObject(file);
		if (root == null) {
			return;
		}
		ISemanticRegion previous = null;
		for (ISemanticRegion region : root.getAllSemanticRegions()) {
			if (previous != null) {
				IHiddenRegion gap = previous.getNextHiddenRegion();
				ISemanticRegion before = previous;
				if (importStarts.contains(region)) {
					int lines = before.getSemanticElement() instanceof Import ? 1 : 2;
					document.set(gap, f -> f.setNewLines(lines));
				} else if (declarationStarts.contains(region)) {
					document.set(gap, f -> f.setNewLines(2));
				} else {
					document.set(gap, f -> space(f, before, region, propertyStarts.contains(region)));
				}
			}
			previous = region;
		}
		if (previous != null && previous.getNextHiddenRegion() != null) {
			document.set(previous.getNextHiddenRegion(), f -> f.setNewLines(1));
		}
	}

	private static void space(IHiddenRegionFormatter f, ISemanticRegion before, ISemanticRegion after,
			boolean propertyStart) {
		String left = before.getText();
		String right = after.getText();
		if ("{".equals(left)) {
			if ("}".equals(right)) {
				f.oneSpace();
			} else {
				f.newLine();
			}
		} else if ("}".equals(right) || propertyStart) {
			f.newLine();
		} else if (",".equals(right) || ".".equals(right) || ".*".equals(right) || ".".equals(left)) {
			f.noSpace();
		} else {
			f.oneSpace();
		}
	}

	private static java.util.Optional<ISemanticRegion> first(ITextRegionAccess access, EObject o) {
		IEObjectRegion region = access.regionForEObject(o);
		if (region == null) {
			return java.util.Optional.empty();
		}
		Iterator<ISemanticRegion> it = region.getAllSemanticRegions().iterator();
		return it.hasNext() ? java.util.Optional.of(it.next()) : java.util.Optional.empty();
	}
}

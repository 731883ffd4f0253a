package org.jevons.ui.quickfix;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution2;

/** The quick fixes themselves; each edits the marker's file through {@link DocumentEdit}. */
public final class EnergyResolutions {

	private EnergyResolutions() {
	}

	private abstract static class Base implements IMarkerResolution2 {
		@Override
		public @Nullable Image getImage() {
			return null;
		}

		@Override
		public void run(IMarker marker) {
			if (marker.getResource() instanceof IFile file) {
				DocumentEdit.apply(file, document -> apply(marker, document));
			}
		}

		abstract void apply(IMarker marker, IDocument document) throws BadLocationException;
	}

	/** Writes the suggested unit in place of the wrong one (or after the bare number). */
	public static final class ReplaceUnit extends Base {
		private final String unit;
		private final boolean append;

		ReplaceUnit(String unit, boolean append) {
			this.unit = unit;
			this.append = append;
		}

		@Override
		public String getLabel() {
			return append ? "Add unit '" + unit + "'" : "Change the unit to '" + unit + "'";
		}

		@Override
		public String getDescription() {
			return getLabel() + " (the number stays as written)";
		}

		@Override
		void apply(IMarker marker, IDocument document) throws BadLocationException {
			int start = marker.getAttribute(IMarker.CHAR_START, -1);
			int end = marker.getAttribute(IMarker.CHAR_END, -1);
			if (start < 0 || end < start || end > document.getLength()) {
				return;
			}
			if (append) {
				String written = document.get(start, end - start);
				int trimmedEnd = start + written.stripTrailing().length();
				document.replace(trimmedEnd, 0, " " + unit);
			} else {
				document.replace(start, end - start, unit);
			}
		}
	}

	/** Adds {@code import a.b.Name} after the package and the other imports. */
	public static final class AddImport extends Base {
		private static final Pattern LAST_HEADER_LINE = Pattern.compile("(?m)^\\s*(package|import)\\s+[\\w.*]+[^\\n]*\\n");
		private final String qualifiedName;

		AddImport(String qualifiedName) {
			this.qualifiedName = qualifiedName;
		}

		@Override
		public String getLabel() {
			return "Import '" + qualifiedName + "'";
		}

		@Override
		public String getDescription() {
			return "Adds import " + qualifiedName;
		}

		@Override
		void apply(IMarker marker, IDocument document) throws BadLocationException {
			Matcher m = LAST_HEADER_LINE.matcher(document.get());
			int at = 0;
			while (m.find()) {
				at = m.end();
			}
			document.replace(at, 0, "import " + qualifiedName + "\n" + (at == 0 ? "\n" : ""));
		}
	}

	/** Writes a near-miss name in place of a misspelled one, importing it when it lives in another package. */
	public static final class ChangeName extends Base {
		private final String name;
		private final String qualifiedName;

		ChangeName(String name, String qualifiedName) {
			this.name = name;
			this.qualifiedName = qualifiedName;
		}

		@Override
		public String getLabel() {
			return "Change to '" + name + "'";
		}

		@Override
		public String getDescription() {
			return "Replaces the unresolved name by " + qualifiedName;
		}

		@Override
		void apply(IMarker marker, IDocument document) throws BadLocationException {
			int start = marker.getAttribute(IMarker.CHAR_START, -1);
			int end = marker.getAttribute(IMarker.CHAR_END, -1);
			if (start < 0 || end <= start || end > document.getLength()) {
				return;
			}
			document.replace(start, end - start, name);
			String pkg = qualifiedName.contains(".") ? qualifiedName.substring(0, qualifiedName.lastIndexOf('.')) : "";
			String text = document.get();
			if (!pkg.isEmpty() && !text.matches("(?s).*\\bpackage\\s+" + Pattern.quote(pkg) + "\\s.*")
					&& !text.matches("(?s).*\\bimport\\s+(" + Pattern.quote(pkg) + "\\.\\*|" + Pattern.quote(qualifiedName) + ")\\s.*")) {
				new AddImport(qualifiedName).apply(marker, document);
			}
		}
	}

	/** Appends an empty declaration of the missing name to the file. */
	public static final class CreateDeclaration extends Base {
		private final String kind;
		private final String name;

		CreateDeclaration(String kind, String name) {
			this.kind = kind;
			this.name = name;
		}

		@Override
		public String getLabel() {
			return "Create " + kind + " '" + name + "'";
		}

		@Override
		public String getDescription() {
			return "Appends '" + kind + " " + name + " { }' to this file";
		}

		@Override
		void apply(IMarker marker, IDocument document) throws BadLocationException {
			String text = document.get();
			String separator = text.isEmpty() || text.endsWith("\n\n") ? "" : text.endsWith("\n") ? "\n" : "\n\n";
			document.replace(document.getLength(), 0, separator + kind + " " + name + " {\n}\n");
		}
	}
}

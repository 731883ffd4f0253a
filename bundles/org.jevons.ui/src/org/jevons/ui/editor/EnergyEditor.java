package org.jevons.ui.editor;

import org.eclipse.ui.editors.text.TextEditor;

/** The editor for {@code .energy} files. */
public class EnergyEditor extends TextEditor {
	public static final String ID = "org.jevons.ui.editor";
}

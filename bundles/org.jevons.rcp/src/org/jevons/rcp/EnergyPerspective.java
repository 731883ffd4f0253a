package org.jevons.rcp;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** "Energy Modelling": the editor in the middle, outline on the right, problems below. */
public class EnergyPerspective implements IPerspectiveFactory {
	public static final String ID = "org.jevons.rcp.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.setEditorAreaVisible(true);
		layout.addView(IPageLayout.ID_OUTLINE, IPageLayout.RIGHT, 0.75f, editorArea);
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.68f, editorArea);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
	}
}

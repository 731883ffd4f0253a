package org.jevons.rcp;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.jevons.rcp.welcome.WelcomeView;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * "Energy Modelling": Project Explorer on the left, the editor in the middle, Outline on the right, Problems and
 * the results views below.
 */
public class EnergyPerspective implements IPerspectiveFactory {

	public static final String ID = "org.jevons.rcp.perspective";
	public static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";
	/** The results views (part 2) find their place here once they exist. */
	public static final String RESULTS_VIEWS = "org.jevons.ui.views.*";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.setEditorAreaVisible(true);
		IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.2f, editorArea);
		left.addView(PROJECT_EXPLORER);
		IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.75f, editorArea);
		right.addView(IPageLayout.ID_OUTLINE);
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.7f, editorArea);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addPlaceholder(RESULTS_VIEWS);
		bottom.addPlaceholder(IPageLayout.ID_PROGRESS_VIEW);
		bottom.addPlaceholder(WelcomeView.ID); // wide, under the editor: the first start shows it beside the example

		layout.addShowViewShortcut(PROJECT_EXPLORER);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		layout.addNewWizardShortcut("org.jevons.ui.wizards.newProject");
		layout.addNewWizardShortcut("org.jevons.ui.wizards.newFile");
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.file");
	}
}

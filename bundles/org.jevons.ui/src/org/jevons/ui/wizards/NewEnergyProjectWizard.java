package org.jevons.ui.wizards;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.ide.IDE;
import org.jevons.ui.JevonsUi;

/** File > New > Energy Modelling Project: a project with a first model (training template), opened. */
public class NewEnergyProjectWizard extends Wizard implements INewWizard {

	public static final String ID = "org.jevons.ui.wizards.newProject";

	private IWorkbench workbench;
	private WizardNewProjectCreationPage page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		setWindowTitle("New Energy Modelling Project");
	}

	@Override
	public void addPages() {
		page = new WizardNewProjectCreationPage("newEnergyProject");
		page.setTitle("Energy modelling project");
		page.setDescription("A project for .energy models, with a first model to start from.");
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		try {
			IFile file = create(page.getProjectName(), page.useDefaults() ? null : page.getLocationURI());
			IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file);
			return true;
		} catch (PartInitException e) {
			JevonsUi.error("Cannot open the new project's model", e);
			return true;
		} catch (CoreException e) {
			JevonsUi.error("Cannot create the project " + page.getProjectName(), e);
			page.setErrorMessage(e.getStatus().getMessage());
			return false;
		}
	}

	/** Creates and opens the project with model.energy (training template); returns that file. */
	public static IFile create(String name, java.net.@org.eclipse.jdt.annotation.Nullable URI location) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		IProjectDescription description = ResourcesPlugin.getWorkspace().newProjectDescription(name);
		description.setLocationURI(location);
		if (!project.exists()) {
			project.create(description, null);
		}
		project.open(null);
		IFile file = project.getFile("model.energy");
		if (!file.exists()) {
			String text = EnergyTemplate.TRAINING.text(EnergyTemplate.packageNameFor(name));
			file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		}
		return file;
	}
}

package org.jevons.ui.wizards;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.jevons.ui.JevonsUi;

/** File > New > Energy Model File: a .energy file from a template, opened in the editor. */
public class NewEnergyFileWizard extends Wizard implements INewWizard {

	public static final String ID = "org.jevons.ui.wizards.newFile";

	private IWorkbench workbench;
	private IStructuredSelection selection;
	private Page page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		this.selection = selection;
		setWindowTitle("New Energy Model File");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		page = new Page(selection);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		IFile file = page.createNewFile();
		if (file == null) {
			return false;
		}
		try {
			IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file);
		} catch (PartInitException e) {
			JevonsUi.error("Cannot open " + file.getFullPath(), e);
		}
		return true;
	}

	/** The standard file page plus a template choice. */
	static final class Page extends WizardNewFileCreationPage {
		private Combo templates;

		Page(IStructuredSelection selection) {
			super("newEnergyFile", selection);
			setTitle("Energy model file");
			setDescription("Create a .energy file from a template.");
			setFileExtension("energy");
			setFileName("model.energy");
		}

		@Override
		protected void createAdvancedControls(Composite parent) {
			Composite row = new Composite(parent, SWT.NONE);
			row.setLayout(new GridLayout(2, false));
			row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			new Label(row, SWT.NONE).setText("&Template:");
			templates = new Combo(row, SWT.READ_ONLY);
			for (EnergyTemplate t : EnergyTemplate.values()) {
				templates.add(t.label());
			}
			templates.select(EnergyTemplate.TRAINING.ordinal());
			super.createAdvancedControls(parent);
		}

		@Override
		protected InputStream getInitialContents() {
			EnergyTemplate template = EnergyTemplate.values()[Math.max(0, templates.getSelectionIndex())];
			String name = getFileName().replaceAll("\\.energy$", "");
			String pkg = EnergyTemplate.packageNameFor(getContainerFullPath().lastSegment() + "." + name);
			return new ByteArrayInputStream(template.text(pkg).getBytes(StandardCharsets.UTF_8));
		}
	}
}

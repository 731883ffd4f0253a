package org.jevons.rcp;

import java.net.URL;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;
import org.osgi.framework.Bundle;

/**
 * Opens the Energy Modelling perspective on the workspace; window title "Jevons". Layout and open editors survive a
 * restart; dirty editors are offered for saving on exit; the first start creates the Examples project.
 */
public class JevonsWorkbenchAdvisor extends WorkbenchAdvisor {

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		configurer.setSaveAndRestore(true);
		IDE.registerAdapters();
		declareImages(configurer);
	}

	/** The IDE's project images, which Project Explorer asks for (the IDE application declares them; we are not it). */
	private static void declareImages(IWorkbenchConfigurer configurer) {
		Bundle ide = Platform.getBundle("org.eclipse.ui.ide");
		if (ide == null) {
			return;
		}
		declare(configurer, ide, IDE.SharedImages.IMG_OBJ_PROJECT, "icons/full/obj16/prj_obj.png");
		declare(configurer, ide, IDE.SharedImages.IMG_OBJ_PROJECT_CLOSED, "icons/full/obj16/cprj_obj.png");
	}

	private static void declare(IWorkbenchConfigurer configurer, Bundle bundle, String key, String path) {
		URL url = FileLocator.find(bundle, IPath.fromOSString(path));
		if (url != null) {
			configurer.declareImage(key, ImageDescriptor.createFromURL(url), true);
		}
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return EnergyPerspective.ID;
	}

	@Override
	public IAdaptable getDefaultPageInput() {
		return ResourcesPlugin.getWorkspace().getRoot();
	}

	@Override
	public void postStartup() {
		super.postStartup();
		WorkspaceJob job = new WorkspaceJob("Create the Examples project") {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				Optional<IFile> first = ExamplesProject.createOnFirstStart();
				first.ifPresent(file -> PlatformUI.getWorkbench().getDisplay().asyncExec(() -> open(file)));
				return Status.OK_STATUS;
			}
		};
		job.setRule(ResourcesPlugin.getWorkspace().getRoot());
		job.schedule();
	}

	private static void open(IFile file) {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		if (page != null && file.exists()) {
			try {
				IDE.openEditor(page, file);
			} catch (PartInitException e) {
				ILog.of(JevonsWorkbenchAdvisor.class).log(e.getStatus());
			}
		}
	}

	@Override
	public boolean preShutdown() {
		// workspace state (markers, project list) is saved as the IDE does, so nothing is lost on exit
		try {
			ResourcesPlugin.getWorkspace().save(true, null);
		} catch (CoreException e) {
			ILog.of(getClass()).log(e.getStatus());
		}
		return super.preShutdown();
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new WorkbenchWindowAdvisor(configurer) {
			@Override
			public void preWindowOpen() {
				configurer.setInitialSize(new Point(1280, 860));
				configurer.setShowStatusLine(true);
				configurer.setShowCoolBar(true);
				configurer.setShowProgressIndicator(true);
				configurer.setShowPerspectiveBar(false);
				configurer.setTitle("Jevons");
			}

			@Override
			public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer actionBarConfigurer) {
				return new JevonsActionBarAdvisor(actionBarConfigurer);
			}
		};
	}
}

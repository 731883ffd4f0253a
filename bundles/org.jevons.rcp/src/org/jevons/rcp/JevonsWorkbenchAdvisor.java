package org.jevons.rcp;

import java.net.URL;
import java.time.Duration;
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
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
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
import org.jevons.rcp.welcome.Welcome;
import org.jevons.ui.SafeShutdown;
import org.osgi.framework.Bundle;

/**
 * Opens the Energy Modelling perspective on the workspace; window title "Jevons". Layout and open editors survive a
 * restart; dirty editors are offered for saving on exit, the workspace is saved after them; the first start creates the
 * Examples project and shows the Welcome page.
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
		// the Problems view's severity and quick-fix icons (keys of IDEInternalWorkbenchImages)
		declare(configurer, ide, "IMG_OBJS_ERROR_PATH", "icons/full/obj16/error_tsk.png");
		declare(configurer, ide, "IMG_OBJS_WARNING_PATH", "icons/full/obj16/warn_tsk.png");
		declare(configurer, ide, "IMG_OBJS_INFO_PATH", "icons/full/obj16/info_tsk.png");
		declare(configurer, ide, "IMG_OBJS_FIXABLE_ERROR", "icons/full/obj16/quickfix_error_obj.png");
		declare(configurer, ide, "IMG_OBJS_FIXABLE_WARNING", "icons/full/obj16/quickfix_warning_obj.png");
		declare(configurer, ide, "IMG_OBJS_FIXABLE_INFO", "icons/full/obj16/quickfix_info_obj.png");
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

	/** Preference pages of plug-ins that come along but have nothing to set here (no version control). */
	static final String[] HIDDEN_PREFERENCE_PAGES = { "org.eclipse.team.ui.TeamPreferences" };

	@Override
	public void postStartup() {
		super.postStartup();
		for (String page : HIDDEN_PREFERENCE_PAGES) {
			PlatformUI.getWorkbench().getPreferenceManager().remove(page);
		}
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
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window != null && window.getActivePage() != null) {
			Welcome.showOnFirstStart(window.getActivePage());
		}
		StartupTiming.windowOpened(PlatformUI.getWorkbench().getDisplay());
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

	/**
	 * After the editors were saved and the windows closed: stop the jobs that change the workspace (re-analysis on
	 * save, markers), then save the workspace, so that nothing lands after the save (see {@link SafeShutdown}).
	 */
	@Override
	public void postShutdown() {
		IStatus saved = SafeShutdown.quiesceAndSave(Duration.ofSeconds(10));
		if (!saved.isOK()) {
			ILog.of(getClass()).log(saved);
		}
		super.postShutdown();
	}

	/** The first window fills most of the screen (later starts restore the size the user left). */
	static Point initialSize(Rectangle screen) {
		return new Point(Math.max(800, screen.width * 9 / 10), Math.max(600, screen.height * 9 / 10));
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new WorkbenchWindowAdvisor(configurer) {
			@Override
			public void preWindowOpen() {
				configurer.setInitialSize(initialSize(Display.getCurrent().getPrimaryMonitor().getClientArea()));
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

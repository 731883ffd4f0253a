package org.jevons.rcp;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;

/** Opens the Energy Modelling perspective on the workspace; window title "Jevons". */
public class JevonsWorkbenchAdvisor extends WorkbenchAdvisor {

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		// the window layout and open editors survive a restart
		configurer.setSaveAndRestore(true);
		IDE.registerAdapters();
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
	public boolean preShutdown() {
		// workspace state (markers, project list) is saved like the IDE does, so nothing is lost on exit
		try {
			ResourcesPlugin.getWorkspace().save(true, null);
		} catch (org.eclipse.core.runtime.CoreException e) {
			org.eclipse.core.runtime.ILog.of(getClass()).log(e.getStatus());
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
				configurer.setShowPerspectiveBar(false);
				configurer.setTitle("Jevons");
			}
		};
	}
}

package org.jevons.rcp.workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File > Switch Workspace…: choose a folder, the workbench restarts into it (as in the Eclipse IDE). The current
 * workspace is the dialog's start; choosing it again changes nothing.
 */
public final class SwitchWorkspaceHandler extends AbstractHandler {
	public static final String COMMAND_ID = "org.jevons.rcp.switchWorkspace";

	@Override
	public @Nullable Object execute(ExecutionEvent event) throws ExecutionException {
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		Optional<Path> current = current();
		DirectoryDialog dialog = new DirectoryDialog(shell);
		dialog.setText("Switch Workspace");
		dialog.setMessage("The workbench restarts in the folder you choose (created if it does not exist).");
		current.map(Path::getParent).ifPresent(parent -> dialog.setFilterPath(parent.toString()));
		String chosen = dialog.open();
		if (chosen == null || current.map(c -> c.equals(Path.of(chosen).toAbsolutePath().normalize())).orElse(false)) {
			return null;
		}
		try {
			WorkspaceChoice.switchTo(Path.of(chosen), PlatformUI.getWorkbench()::restart);
		} catch (IOException e) {
			MessageDialog.openError(shell, "Switch Workspace", "Cannot use " + chosen + " as the workspace: " + e.getMessage());
		}
		return null;
	}

	/** The running workspace's folder. */
	static Optional<Path> current() {
		var location = Platform.getInstanceLocation();
		if (location == null || location.getURL() == null) {
			return Optional.empty();
		}
		return Optional.of(Path.of(location.getURL().getPath()).toAbsolutePath().normalize());
	}
}

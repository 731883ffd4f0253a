package org.jevons.rcp;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarContributionItem;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

/** File, Edit, Navigate, Window and Help menus and the tool bar of the Jevons window. */
public class JevonsActionBarAdvisor extends ActionBarAdvisor {

	public JevonsActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		for (ActionFactory f : new ActionFactory[] { ActionFactory.NEW, ActionFactory.NEW_WIZARD_DROP_DOWN, ActionFactory.SAVE,
				ActionFactory.SAVE_AS, ActionFactory.SAVE_ALL, ActionFactory.CLOSE, ActionFactory.CLOSE_ALL, ActionFactory.QUIT,
				ActionFactory.UNDO, ActionFactory.REDO, ActionFactory.CUT, ActionFactory.COPY, ActionFactory.PASTE,
				ActionFactory.DELETE, ActionFactory.SELECT_ALL, ActionFactory.FIND, ActionFactory.PREFERENCES,
				ActionFactory.RESET_PERSPECTIVE, ActionFactory.ABOUT, ActionFactory.IMPORT, ActionFactory.EXPORT,
				ActionFactory.REFRESH }) {
			register(f.create(window));
		}
		register(afterPendingWork(history(ActionFactory.BACKWARD_HISTORY.create(window))));
		register(afterPendingWork(history(ActionFactory.FORWARD_HISTORY.create(window))));
	}

	private final List<ActionFactory.IWorkbenchAction> historyActions = new ArrayList<>();

	private ActionFactory.IWorkbenchAction history(ActionFactory.IWorkbenchAction action) {
		historyActions.add(action);
		return action;
	}

	/**
	 * Back and Forward run after the work already queued on the UI thread. F3 opens an editor, and the platform
	 * records it in the navigation history asynchronously (ignoring other marks until then); an Alt+Left typed while
	 * F3 was busy came first and went one place too far. The platform's action does the work; this one queues it.
	 */
	private static IAction afterPendingWork(IAction history) {
		Action queued = new Action(history.getText(), history.getStyle()) {
			@Override
			public void run() {
				Display display = Display.getCurrent();
				if (display == null) {
					history.run();
				} else {
					display.asyncExec(history::run);
				}
			}
		};
		queued.setId(history.getId());
		queued.setActionDefinitionId(history.getActionDefinitionId());
		queued.setImageDescriptor(history.getImageDescriptor());
		queued.setDisabledImageDescriptor(history.getDisabledImageDescriptor());
		queued.setToolTipText(history.getToolTipText());
		queued.setEnabled(history.isEnabled());
		history.addPropertyChangeListener(e -> {
			switch (e.getProperty()) {
			case IAction.ENABLED -> queued.setEnabled(history.isEnabled());
			case IAction.TEXT -> queued.setText(history.getText());
			case IAction.TOOL_TIP_TEXT -> queued.setToolTipText(history.getToolTipText());
			default -> {
				// images and the rest do not change
			}
			}
		});
		return queued;
	}

	@Override
	public void dispose() {
		historyActions.forEach(ActionFactory.IWorkbenchAction::dispose);
		super.dispose();
	}

	private IAction action(ActionFactory f) {
		return getAction(f.getId());
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();
		MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
		file.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
		MenuManager newMenu = new MenuManager("&New", ActionFactory.NEW.getId());
		newMenu.add(ContributionItemFactory.NEW_WIZARD_SHORTLIST.create(window));
		file.add(newMenu);
		file.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
		file.add(new Separator());
		file.add(action(ActionFactory.CLOSE));
		file.add(action(ActionFactory.CLOSE_ALL));
		file.add(new GroupMarker(IWorkbenchActionConstants.CLOSE_EXT));
		file.add(new Separator());
		file.add(action(ActionFactory.SAVE));
		file.add(action(ActionFactory.SAVE_AS));
		file.add(action(ActionFactory.SAVE_ALL));
		file.add(new GroupMarker(IWorkbenchActionConstants.SAVE_EXT));
		file.add(new Separator());
		file.add(action(ActionFactory.REFRESH));
		file.add(new Separator());
		file.add(action(ActionFactory.IMPORT));
		file.add(action(ActionFactory.EXPORT));
		file.add(new GroupMarker(IWorkbenchActionConstants.IMPORT_EXT));
		file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		file.add(new Separator());
		// the recent files in a sub-menu: items after the dynamic list would be lost when it refills
		MenuManager recent = new MenuManager("Recent &Files", "org.jevons.rcp.recentFiles");
		recent.add(ContributionItemFactory.REOPEN_EDITORS.create(window));
		file.add(recent);
		file.add(new GroupMarker(IWorkbenchActionConstants.MRU));
		file.add(new Separator());
		file.add(command(window, "org.jevons.rcp.switchWorkspace", "S&witch Workspace..."));
		file.add(command(window, "org.eclipse.ui.file.restartWorkbench", "Restar&t"));
		file.add(action(ActionFactory.QUIT));
		file.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));
		menuBar.add(file);

		MenuManager edit = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
		// the standard groups: editors' action bar contributors add to them (Find/Replace goes after find.ext)
		edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
		edit.add(action(ActionFactory.UNDO));
		edit.add(action(ActionFactory.REDO));
		edit.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
		edit.add(new Separator());
		edit.add(action(ActionFactory.CUT));
		edit.add(action(ActionFactory.COPY));
		edit.add(action(ActionFactory.PASTE));
		edit.add(new GroupMarker(IWorkbenchActionConstants.CUT_EXT));
		edit.add(new Separator());
		edit.add(action(ActionFactory.DELETE));
		edit.add(action(ActionFactory.SELECT_ALL));
		edit.add(new Separator());
		edit.add(action(ActionFactory.FIND));
		edit.add(new GroupMarker(IWorkbenchActionConstants.FIND_EXT));
		edit.add(new Separator());
		edit.add(new GroupMarker(IWorkbenchActionConstants.ADD_EXT));
		edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));
		edit.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(edit);

		menuBar.add(navigateMenu(window));
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));

		MenuManager windowMenu = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
		MenuManager showView = new MenuManager("Show &View");
		showView.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
		windowMenu.add(showView);
		windowMenu.add(action(ActionFactory.RESET_PERSPECTIVE));
		windowMenu.add(new Separator());
		windowMenu.add(action(ActionFactory.PREFERENCES));
		menuBar.add(windowMenu);

		MenuManager help = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
		help.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
		help.add(command(window, "org.jevons.rcp.welcome", "&Welcome"));
		help.add(command(window, "org.jevons.rcp.helpContents", "&Help Contents"));
		help.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		help.add(new Separator());
		help.add(action(ActionFactory.ABOUT));
		menuBar.add(help);
	}

	/**
	 * Navigate, with the groups editors contribute to (Go to Line goes to its additions): Open Resource, Quick
	 * Outline, Find References, Back and Forward.
	 */
	private MenuManager navigateMenu(IWorkbenchWindow window) {
		MenuManager navigate = new MenuManager("&Navigate", IWorkbenchActionConstants.M_NAVIGATE);
		navigate.add(new GroupMarker(IWorkbenchActionConstants.NAV_START));
		navigate.add(new GroupMarker(IWorkbenchActionConstants.OPEN_EXT));
		navigate.add(command(window, "org.eclipse.ui.navigate.openResource", "Open &Resource..."));
		navigate.add(command(window, "org.jevons.ui.quickOutline", "&Quick Outline"));
		navigate.add(command(window, "org.jevons.ui.openDefinition", "Open &Definition"));
		navigate.add(command(window, "org.jevons.ui.findReferences", "Find Re&ferences"));
		navigate.add(new Separator(IWorkbenchActionConstants.SHOW_EXT));
		navigate.add(new Separator());
		navigate.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		navigate.add(new Separator());
		navigate.add(action(ActionFactory.BACKWARD_HISTORY));
		navigate.add(action(ActionFactory.FORWARD_HISTORY));
		navigate.add(new GroupMarker(IWorkbenchActionConstants.NAV_END));
		return navigate;
	}

	private static CommandContributionItem command(IWorkbenchWindow window, String id, String label) {
		CommandContributionItemParameter p = new CommandContributionItemParameter(window, id, id,
				CommandContributionItem.STYLE_PUSH);
		p.label = label;
		return new CommandContributionItem(p);
	}

	@Override
	protected void fillCoolBar(ICoolBarManager coolBar) {
		IToolBarManager toolBar = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
		toolBar.add(action(ActionFactory.NEW_WIZARD_DROP_DOWN));
		toolBar.add(action(ActionFactory.SAVE));
		toolBar.add(action(ActionFactory.SAVE_ALL));
		toolBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		coolBar.add(new ToolBarContributionItem(toolBar, "org.jevons.rcp.main"));
	}
}

package org.jevons.rcp.welcome;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;
import org.jevons.rcp.ExamplesProject;
import org.jevons.rcp.help.HelpContentsHandler;

/**
 * "Welcome to Jevons": what the workbench is for and three ways to start — the examples, the documentation, a new
 * energy file. A plain view (org.eclipse.ui.intro is not on Maven Central); shown once per workspace on its first
 * start ({@link Welcome}), and again from Help > Welcome.
 */
public final class WelcomeView extends ViewPart {
	public static final String ID = "org.jevons.rcp.welcome";
	public static final String EXAMPLES = "examples";
	public static final String DOCUMENTATION = "documentation";
	public static final String NEW_FILE = "newFile";
	/** The New Energy Model File wizard of org.jevons.ui. */
	public static final String NEW_FILE_WIZARD = "org.jevons.ui.wizards.newFile";

	private final Map<String, Link> links = new LinkedHashMap<>();

	@Override
	public void createPartControl(Composite parent) {
		ScrolledComposite scroll = new ScrolledComposite(parent, SWT.V_SCROLL);
		Composite page = new Composite(scroll, SWT.NONE);
		scroll.setContent(page);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		// a docked pane is small: the text wraps to its width and scrolls when taller
		scroll.addListener(SWT.Resize, e -> scroll.setMinSize(page.computeSize(scroll.getClientArea().width, SWT.DEFAULT)));
		GridLayoutFactory.swtDefaults().margins(16, 12).spacing(8, 10).applyTo(page);
		Label title = new Label(page, SWT.NONE);
		title.setText("Welcome to Jevons");
		title.setFont(JFaceResources.getHeaderFont());
		label(page, "Jevons models the energy, carbon and water of training and running AI models: unit-checked .energy "
				+ "files, comparisons, sweeps, uncertainty and rebound projections. Three ways to start:");
		link(page, EXAMPLES, "<a>Open the examples</a>: DeepSeek R1 against Llama, training runs and rebound projections "
				+ "(the project Examples).");
		link(page, DOCUMENTATION, "<a>Read the documentation</a>: first steps, the language, the methods and the command "
				+ "line (Help > Help Contents).");
		link(page, NEW_FILE, "<a>Create a new energy file</a> from a template: a training run, an inference service or a "
				+ "rebound projection (File > New > Energy Model File).");
		label(page, "Analyse the file you are editing with Ctrl+Alt+A; the results and charts appear below the editor. "
				+ "This page comes back with Help > Welcome.");
	}

	private static void label(Composite page, String text) {
		Label label = new Label(page, SWT.WRAP);
		label.setText(text);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(label);
	}

	private void link(Composite page, String id, String text) {
		Link link = new Link(page, SWT.WRAP);
		link.setText(text);
		link.addListener(SWT.Selection, e -> follow(id));
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(link);
		links.put(id, link);
	}

	/** The links by id ({@link #EXAMPLES}, {@link #DOCUMENTATION}, {@link #NEW_FILE}), in order. */
	public Map<String, Link> links() {
		return Collections.unmodifiableMap(links);
	}

	/** Does what the link of that id says (UI thread). */
	public void follow(String id) {
		try {
			switch (id) {
			case EXAMPLES -> openExamples();
			case DOCUMENTATION -> execute(HelpContentsHandler.COMMAND_ID, Map.of());
			case NEW_FILE -> execute("org.eclipse.ui.newWizard", Map.of("newWizardId", NEW_FILE_WIZARD));
			default -> throw new IllegalArgumentException("no welcome link " + id);
			}
		} catch (CoreException | CommandException e) {
			ILog.of(getClass()).log(Status.error("The welcome link '" + id + "' failed", e));
		}
	}

	/** Opens the first example, creating the Examples project again if it was deleted. */
	private void openExamples() throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(ExamplesProject.NAME);
		IFile first = project.isOpen() && project.getFile(ExamplesProject.FIRST_FILE).exists()
				? project.getFile(ExamplesProject.FIRST_FILE)
				: ExamplesProject.create(project);
		IWorkbenchPage workbenchPage = getSite().getPage();
		try {
			IDE.openEditor(workbenchPage, first);
		} catch (PartInitException e) {
			throw new CoreException(e.getStatus());
		}
	}

	private void execute(String commandId, Map<String, String> parameters) throws CommandException {
		ICommandService commands = getSite().getService(ICommandService.class);
		Command command = commands.getCommand(commandId);
		getSite().getService(IHandlerService.class)
				.executeCommand(ParameterizedCommand.generateCommand(command, parameters), null);
	}

	@Override
	public void setFocus() {
		links.values().stream().findFirst().ifPresent(Link::setFocus);
	}
}

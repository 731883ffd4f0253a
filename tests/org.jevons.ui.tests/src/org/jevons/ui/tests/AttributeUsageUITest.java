package org.jevons.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.jevons.attribution.Plan;
import org.jevons.attribution.duckdb.DuckDbAttribution;
import org.jevons.attribution.load.UsageBuilder;
import org.jevons.dsl.workspace.EnergyWorkspace;
import org.jevons.rcp.EnergyPerspective;
import org.jevons.ui.attribution.AttributeUsageHandler;
import org.jevons.ui.attribution.AttributionJob;
import org.jevons.ui.attribution.AttributionSummary;
import org.jevons.ui.attribution.AttributionView;
import org.jevons.ui.preferences.JevonsPreferences;
import org.jevons.ui.testsupport.NoLoggedErrors;
import org.jevons.ui.testsupport.UiWait;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Attribute Usage…" in the window: the shipped example (services.energy and the synthetic usage-log.csv) in a
 * project, the log selected in the Project Explorer, the command run as its context menu runs it; the view shows the
 * embedded path's totals, aggregates and daily chart. Cancelling stops the scan and shows nothing.
 */
@ExtendWith(NoLoggedErrors.class)
class AttributeUsageUITest {
	private static final Path EXAMPLE = Path.of("../../examples/attribution");
	private static final List<String> PROJECTS = List.of("attribution-ui", "attribution-cancel");

	/** Later tests of this window see neither the projects (their files' markers) nor the view. */
	@AfterEach
	void cleanUp() throws Exception {
		view().ifPresent(UiWait.page()::hideView);
		for (String name : PROJECTS) {
			ResourcesPlugin.getWorkspace().getRoot().getProject(name).delete(true, true, null);
		}
	}

	@Test
	void attributesTheSelectedLogAndShowsTotalsAggregatesAndAChart() throws Exception {
		IProject project = UiWait.project(PROJECTS.get(0));
		copy(project, "services.energy");
		IFile log = copy(project, "usage-log.csv");
		IViewPart explorer = UiWait.page().showView(EnergyPerspective.PROJECT_EXPLORER);
		((ISetSelectionTarget) explorer).selectReveal(new StructuredSelection(log));
		UiWait.page().activate(explorer);
		explorer.getSite().getService(IHandlerService.class).executeCommand(AttributeUsageHandler.COMMAND_ID, null);

		assertTrue(UiWait.waitUntil(180_000, () -> view().flatMap(AttributionView::shown)
				.filter(s -> !s.rows().isEmpty()).isPresent()), "no attribution shown");
		AttributionView view = view().orElseThrow();
		AttributionSummary shown = view.shown().orElseThrow();
		assertTrue(shown.headline().startsWith(
				"usage-log.csv (usage Requests): 2,000 rows read, 1,990 requests attributed, 10 skipped — "),
				shown.headline());
		assertTrue(shown.skipped().stream().anyMatch(s -> s.contains("no rule maps them")), shown.skipped().toString());
		assertEquals(shown.rows().size(), view.table().getItemCount());
		assertEquals("2026-01-01", shown.days().get(0));
		assertEquals(shown.days().size(), view.bars().size());

		// the same figures as the command line's embedded path on the same files
		EnergyWorkspace workspace = EnergyWorkspace.load(List.of(EXAMPLE.resolve("services.energy")));
		Plan plan = new Plan(UsageBuilder.build(workspace.files()).get(0), AttributionJob.SAMPLES,
				JevonsPreferences.seed(), Plan.defaultFrom(), Plan.defaultTo(), List.of("day", "workload"));
		DuckDbAttribution.Result cli = DuckDbAttribution.run(plan, List.of(EXAMPLE.resolve("usage-log.csv")),
				Optional.empty(), Optional.empty(), false);
		double expected = cli.groups().stream().mapToDouble(g -> g.nominal(0)).sum() / 3.6e6;
		double charted = view.bars().stream().mapToDouble(Double::doubleValue).sum();
		assertEquals(expected, charted, 1e-9 * expected);
		assertTrue(shown.headline().contains(AttributionSummary.number(expected) + " kWh"), shown.headline());
		assertTrue(shown.examples().stream().anyMatch(e -> e.contains("usage-log.csv:")), shown.examples().toString());
		UiTestSupport.capture(view.getSite().getShell(), "attribution.png");
	}

	@Test
	void theAnalysisMenuOffersIt() {
		assertTrue(ProductUITest.menu("Analysis").contains("Attribute Usage..."), ProductUITest.menu("Analysis").toString());
	}

	@Test
	void cancellingStopsTheScanAndShowsNothing() throws Exception {
		IProject project = UiWait.project(PROJECTS.get(1));
		IFile model = copy(project, "services.energy");
		IFile log = copy(project, "usage-log.csv");
		List<AttributionSummary> shown = new ArrayList<>();
		AttributionJob job = new AttributionJob(List.of(model.getLocation().toPath()), log.getLocation().toPath(),
				1, shown::add);
		// cancelled as soon as the scan has counted the rows, as the Progress view's stop button would
		NullProgressMonitor monitor = new NullProgressMonitor() {
			@Override
			public void subTask(String name) {
				if (name.endsWith(" rows")) {
					setCanceled(true);
				}
			}
		};
		IStatus status = job.attribute(monitor);
		assertEquals(IStatus.CANCEL, status.getSeverity());
		assertEquals(List.of(), shown);
		assertEquals(0, Job.getJobManager().find(AttributionJob.FAMILY).length);
	}

	private static Optional<AttributionView> view() {
		return Optional.ofNullable((AttributionView) UiWait.page().findView(AttributionView.ID));
	}

	private static IFile copy(IProject project, String name) throws Exception {
		return UiTestSupport.write(project, name, Files.readString(EXAMPLE.resolve(name)));
	}
}

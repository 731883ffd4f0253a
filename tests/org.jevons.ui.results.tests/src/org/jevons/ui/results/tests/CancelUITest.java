package org.jevons.ui.results.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.jevons.analysis.Settings;
import org.jevons.ui.results.run.AnalysisJob;
import org.jevons.ui.results.run.AnalysisRun;
import org.jevons.ui.results.run.ResultsStore;
import org.jevons.ui.testsupport.NoLoggedErrors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A sweep of millions of points runs as a job: the UI keeps responding, and cancel ends the job at once. */
@ExtendWith(NoLoggedErrors.class)
class CancelUITest {
	/** 1 600 001 reasoning lengths × 8 batch sizes: 12.8 M points. */
	static final String LONG_SWEEP = """
			package cancel.test

			datacenter DC {
			    grid jevons.library.grids.USA
			    pue 1.1
			}

			inference Chat {
			    model jevons.library.models.DeepSeek_R1_Distill_Llama_70B
			    on 1 x jevons.library.hardware.H100_SXM in DC
			    precision fp8
			    prompt 150 tokens
			    reasoning 1100 tokens
			    answer 550 tokens
			    batch 8
			    requests 1M /day
			}

			sweep Huge {
			    workload Chat
			    vary reasoning from 0 to 8000 tokens step 0.005
			    vary batch in 1, 2, 4, 8, 16, 32, 64, 128
			}
			""";

	@Test
	void cancellingALongSweepEndsTheJobPromptlyWithoutBlockingTheUi() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("cancel-test");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		IFile file = UiSupport.write(project.getFile("huge.energy"), LONG_SWEEP);
		Optional<AnalysisRun> before = ResultsStore.get().latest();

		AnalysisJob job = new AnalysisJob(List.of(file), Settings.defaults());
		job.schedule();
		assertTrue(UiSupport.waitUntil(60_000, () -> job.getState() == Job.RUNNING), "job did not start");
		// the UI thread keeps dispatching events while the engine works: measure the longest gap
		long[] longestGap = { 0 };
		long[] last = { System.currentTimeMillis() };
		UiSupport.waitUntil(1500, () -> {
			long now = System.currentTimeMillis();
			longestGap[0] = Math.max(longestGap[0], now - last[0]);
			last[0] = now;
			return false;
		});
		assertTrue(job.getResult() == null, "the sweep finished before it could be cancelled: " + job.getResult());
		long cancelled = System.currentTimeMillis();
		job.cancel();
		assertTrue(UiSupport.waitUntil(2000, () -> job.getResult() != null), "cancel did not end the job");
		long took = System.currentTimeMillis() - cancelled;
		System.out.println("[results-ui-test] cancelled after " + took + " ms; longest UI gap " + longestGap[0] + " ms");
		assertEquals(IStatus.CANCEL, job.getResult().getSeverity());
		assertTrue(took < 1000, "cancel took " + took + " ms");
		assertTrue(longestGap[0] < 1000, // GC pauses of the 0.5 GB table count too
				 "the UI thread was blocked for " + longestGap[0] + " ms");
		assertTrue(job.run().isEmpty());
		UiSupport.settle(300);
		assertEquals(before, ResultsStore.get().latest(), "a cancelled run must not replace the results");
		project.delete(true, null);
	}
}

package org.jevons.analysis.engine;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A pool of worker threads for a job that spreads over the cores (the files of a workspace, the rows of a sweep),
 * and a task's result with its failure rethrown as it was thrown. The threads are daemons: a command that fails
 * half-way never waits for them to exit.
 */
public final class Workers {
	private Workers() {
	}

	/** A fixed pool of {@code threads} daemon threads named {@code name}; the caller shuts it down. */
	public static ExecutorService pool(int threads, String name) {
		return Executors.newFixedThreadPool(threads, work -> {
			Thread thread = new Thread(work, name);
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * The task's result. A {@link RuntimeException} or {@link Error} of the task is rethrown as it is (the caller's
	 * handling of, say, an out-of-memory error or a cancellation stays the same as without the pool); any other
	 * failure is wrapped in an {@link IllegalStateException}.
	 */
	public static <T> T result(Future<T> task) throws InterruptedException {
		try {
			return task.get();
		} catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (e.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(e.getCause());
		}
	}
}

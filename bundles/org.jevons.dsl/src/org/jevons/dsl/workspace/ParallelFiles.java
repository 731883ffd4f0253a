package org.jevons.dsl.workspace;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.IResourceDescription;
import org.jevons.analysis.engine.Workers;

/**
 * Parses and links the files of a workspace on every core. A file's parse and its exported names touch only its own
 * resource (the lazy linker leaves proxies). Linking a file resolves its own proxies through the index of exported
 * names, which is complete and read only by then, and through the built-in library's scope; it writes only to the
 * file's own objects, caches and diagnostics. Validation stays on one thread: checks follow references into other
 * files and the library, whose proxies would then resolve concurrently. The first file is handled alone each time,
 * so that lazily built tables of the shared services (parser, value converters, scopes, the library) are complete
 * before other threads read them.
 */
final class ParallelFiles {

	/** Below this many files a second thread costs more than it saves. */
	private static final int MIN_FILES = 3;

	private ParallelFiles() {
	}

	/** Parses each file and computes its exported names; @return the files that could not be read, with the reason */
	static Map<Resource, IOException> parse(Map<Resource, byte[]> contents, Map<?, ?> options,
			IResourceDescription.Manager names) {
		Map<Resource, IOException> failed = new LinkedHashMap<>();
		Map<Resource, Optional<IOException>> outcomes = forEach(List.copyOf(contents.keySet()), resource -> {
			try (InputStream in = new ByteArrayInputStream(contents.get(resource))) {
				resource.load(in, options);
			} catch (IOException e) {
				return Optional.of(e);
			}
			// the exported names are computed lazily and cached in the resource: here, while cores are free
			names.getResourceDescription(resource).getExportedObjects().iterator().hasNext();
			return Optional.empty();
		});
		outcomes.forEach((resource, outcome) -> outcome.ifPresent(e -> failed.put(resource, e)));
		return failed;
	}

	/** Resolves every cross-reference of each file. */
	static void link(List<Resource> resources) {
		forEach(resources, resource -> {
			EcoreUtil.resolveAll(resource);
			return Boolean.TRUE;
		});
	}

	/** The task's result per resource, in order; the first resource alone, then the others on all cores. */
	private static <T> Map<Resource, T> forEach(List<Resource> resources, Function<Resource, T> task) {
		Map<Resource, T> results = new LinkedHashMap<>();
		int threads = Math.min(Runtime.getRuntime().availableProcessors(), resources.size());
		if (resources.size() < MIN_FILES || threads < 2) {
			resources.forEach(resource -> results.put(resource, task.apply(resource)));
			return results;
		}
		results.put(resources.get(0), task.apply(resources.get(0)));
		ExecutorService pool = Workers.pool(threads, "jevons-files");
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (Resource resource : resources.subList(1, resources.size())) {
				futures.add(pool.submit(() -> task.apply(resource)));
			}
			for (int i = 0; i < futures.size(); i++) {
				results.put(resources.get(i + 1), Workers.result(futures.get(i)));
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while reading the files", e);
		} finally {
			pool.shutdownNow();
		}
		return results;
	}
}

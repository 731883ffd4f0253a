package org.jevons.dsl.workspace;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IResourceDescription;

/**
 * Parses the files of a workspace on every core and computes the names each exports. A file's parse and its
 * exported names touch only its own resource (the lazy linker leaves proxies; nothing resolves yet), so files are
 * independent until linking, which stays on one thread. The first file is parsed alone: the parser's and the value
 * converters' lazily built tables are then complete before any other thread reads them.
 */
final class ParallelParsing {

	/** Below this many files a second thread costs more than it saves. */
	private static final int MIN_FILES = 3;

	private ParallelParsing() {
	}

	/** @return the files that could not be read, with the reason; the others are parsed */
	static Map<Resource, IOException> parse(Map<Resource, byte[]> contents, Map<?, ?> options,
			IResourceDescription.Manager names) {
		Map<Resource, IOException> failed = new LinkedHashMap<>();
		List<Resource> resources = new ArrayList<>(contents.keySet());
		int threads = Math.min(Runtime.getRuntime().availableProcessors(), resources.size());
		if (resources.size() < MIN_FILES || threads < 2) {
			for (Resource resource : resources) {
				parseOne(resource, contents.get(resource), options, names).ifPresent(e -> failed.put(resource, e));
			}
			return failed;
		}
		parseOne(resources.get(0), contents.get(resources.get(0)), options, names)
				.ifPresent(e -> failed.put(resources.get(0), e));
		ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
			Thread thread = new Thread(task, "jevons-parse");
			thread.setDaemon(true);
			return thread;
		});
		try {
			List<Future<java.util.Optional<IOException>>> results = new ArrayList<>();
			for (Resource resource : resources.subList(1, resources.size())) {
				results.add(pool.submit(() -> parseOne(resource, contents.get(resource), options, names)));
			}
			for (int i = 0; i < results.size(); i++) {
				Resource resource = resources.get(i + 1);
				results.get(i).get().ifPresent(e -> failed.put(resource, e));
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while parsing", e);
		} catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (e.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(e.getCause());
		} finally {
			pool.shutdownNow();
		}
		return failed;
	}

	private static java.util.Optional<IOException> parseOne(Resource resource, byte[] bytes, Map<?, ?> options,
			IResourceDescription.Manager names) {
		try (InputStream in = new ByteArrayInputStream(bytes)) {
			resource.load(in, options);
		} catch (IOException e) {
			return java.util.Optional.of(e);
		}
		// the exported names are computed lazily and cached in the resource: here, while cores are free
		names.getResourceDescription(resource).getExportedObjects().iterator().hasNext();
		return java.util.Optional.empty();
	}
}

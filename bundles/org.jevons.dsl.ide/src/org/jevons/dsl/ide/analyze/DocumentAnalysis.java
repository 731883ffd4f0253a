package org.jevons.dsl.ide.analyze;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.log4j.Logger;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.jevons.analysis.Settings;
import org.jevons.analysis.StudyAnalysis;
import org.jevons.analysis.StudyResult;
import org.jevons.analysis.spec.Specs.Study;
import org.jevons.dsl.library.BuiltInLibrary;
import org.jevons.model.energy.EnergyFile;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The analysis of a document's resource set, shared by hover, code lens and the {@code jevons/analyze} request.
 * <p>
 * The model is read on the caller's thread (a read request of the server, where the resource set is stable); the
 * computation runs on a worker and is cached per resource set, settings and fingerprint of the loaded resources, so
 * a hover and a code lens of the same document version compute once. Callers wait a bounded time: a slow analysis
 * (a large sweep) yields {@link AnalysisOutcome.Pending} instead of blocking the editor.
 */
@Singleton
public class DocumentAnalysis {

	/** Few samples, one thread: hovers and code lenses want figures at typing speed. */
	public static final Settings QUICK = new Settings(1000, Settings.DEFAULT_SEED, 1);
	/** How long a hover or code lens waits for figures. */
	public static final Duration QUICK_WAIT = Duration.ofMillis(1500);

	private static final Logger LOG = Logger.getLogger(DocumentAnalysis.class);

	private static final ExecutorService WORKERS = Executors.newCachedThreadPool(new java.util.concurrent.ThreadFactory() {
		private final AtomicInteger count = new AtomicInteger();

		@Override
		public Thread newThread(Runnable r) {
			// daemon: a computation left running must not keep a CLI or test JVM alive
			Thread t = new Thread(r, "jevons-analysis-" + count.incrementAndGet());
			t.setDaemon(true);
			return t;
		}
	});

	private record Entry(List<Object> fingerprint, List<String> files, CompletableFuture<StudyResult> future) {
	}

	@Inject
	private StudyProvider studies;

	@Inject
	private BuiltInLibrary library;

	/** Weak keys: a closed project's resource set goes away with its entries. */
	private final Map<ResourceSet, Map<Settings, Entry>> cache = new WeakHashMap<>();

	/** Hover and code lens: {@link #QUICK} settings, {@link #QUICK_WAIT}. */
	public AnalysisOutcome quick(Resource resource) {
		return analyze(resource, QUICK, QUICK_WAIT);
	}

	/** Analyses the resource set of the resource (the resource's own file first), waiting at most {@code wait}. */
	public AnalysisOutcome analyze(Resource resource, Settings settings, Duration wait) {
		Entry entry;
		try {
			Optional<Entry> found = entry(resource, settings);
			if (found.isEmpty()) {
				return new AnalysisOutcome.Unavailable(
						"Figures are not available: no study builder is installed in this language server.");
			}
			entry = found.get();
		} catch (RuntimeException e) {
			// a defect in reading the model must cost a hover its figures, never the request
			LOG.warn("cannot build the study of " + resource.getURI(), e);
			return new AnalysisOutcome.Unavailable("Figures are not available: " + describe(e));
		}
		try {
			StudyResult result = entry.future().get(wait.toMillis(), TimeUnit.MILLISECONDS);
			return new AnalysisOutcome.Ready(result, entry.files());
		} catch (TimeoutException | CancellationException e) {
			return new AnalysisOutcome.Pending("Computing figures…");
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return new AnalysisOutcome.Pending("Computing figures… (interrupted)");
		} catch (ExecutionException e) {
			LOG.warn("the analysis of " + resource.getURI() + " failed", e.getCause());
			return new AnalysisOutcome.Unavailable("The analysis failed: " + describe(e.getCause()));
		}
	}

	/** The cached computation for the current state of the resource set, started if needed. */
	private synchronized Optional<Entry> entry(Resource resource, Settings settings) {
		ResourceSet set = resource.getResourceSet();
		// pull referenced files (other workspace files, the built-in library) into the set before taking stock
		EcoreUtil.resolveAll(resource);
		List<Resource> resources = set == null ? List.of(resource) : List.copyOf(set.getResources());
		List<Object> fingerprint = fingerprint(resources);
		Map<Settings, Entry> bySettings = set == null ? new HashMap<>()
				: cache.computeIfAbsent(set, s -> new HashMap<>());
		Entry cached = bySettings.get(settings);
		if (cached != null && cached.fingerprint().equals(fingerprint)
				&& !cached.future().isCompletedExceptionally()) {
			return Optional.of(cached);
		}
		List<EnergyFile> files = files(resource, resources);
		Optional<Study> study = studies.build(files);
		if (study.isEmpty()) {
			return Optional.empty();
		}
		if (cached != null) {
			cached.future().cancel(true); // superseded by a newer version of the documents
		}
		Study input = study.get();
		CompletableFuture<StudyResult> future = CompletableFuture
				.supplyAsync(() -> StudyAnalysis.analyze(input, settings), WORKERS);
		Entry entry = new Entry(fingerprint, files.stream().map(f -> shown(f.eResource().getURI())).toList(), future);
		bySettings.put(settings, entry);
		return Optional.of(entry);
	}

	/** The document's file first (its names win a look-up by simple name), then the other workspace files. */
	private List<EnergyFile> files(Resource resource, List<Resource> resources) {
		List<EnergyFile> files = new ArrayList<>();
		rootOf(resource).ifPresent(files::add);
		for (Resource r : resources) {
			if (r != resource && !library.isLibrary(r.getURI())) {
				rootOf(r).ifPresent(files::add);
			}
		}
		return files;
	}

	private static Optional<EnergyFile> rootOf(Resource resource) {
		return resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof EnergyFile file)
				? Optional.empty()
				: Optional.of(file);
	}

	/** Identity and modification stamp of every loaded resource: changes with any edit or rebuild. */
	private static List<Object> fingerprint(List<Resource> resources) {
		List<Object> fingerprint = new ArrayList<>(resources.size() * 3);
		for (Resource r : resources) {
			fingerprint.add(r.getURI().toString());
			fingerprint.add(System.identityHashCode(r));
			fingerprint.add(r instanceof XtextResource x ? x.getModificationStamp() : r.getTimeStamp());
		}
		return fingerprint;
	}

	/** A path for files ({@code file:///x} has an empty authority that toFileString() would keep), else the URI. */
	private static String shown(URI uri) {
		return uri.isFile() && uri.path() != null ? URI.decode(uri.path()) : uri.toString();
	}

	private static String describe(Throwable t) {
		return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
	}
}

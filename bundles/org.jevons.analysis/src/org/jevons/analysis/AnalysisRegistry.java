package org.jevons.analysis;

import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The analyses to run. Filled by {@link ServiceLoader} on a plain classpath, or explicitly (tests). Under OSGi,
 * where ServiceLoader sees only one bundle's services, the workbench contributes the analyses declared at the
 * extension point {@code org.jevons.analysis.analyses} through {@link #contribute(EnergyAnalysis)}. Registering
 * an id again replaces the earlier analysis.
 */
public final class AnalysisRegistry {
	/** Analyses contributed by the host platform (the workbench's extension registry), for every discovery. */
	private static final List<EnergyAnalysis> CONTRIBUTED = new CopyOnWriteArrayList<>();

	private final List<EnergyAnalysis> analyses = new CopyOnWriteArrayList<>();

	/** Makes an analysis part of every later {@link #discover()}; an id contributed again replaces the earlier. */
	public static synchronized void contribute(EnergyAnalysis analysis) {
		CONTRIBUTED.removeIf(a -> a.id().equals(analysis.id()));
		CONTRIBUTED.add(analysis);
	}

	/** An empty registry. */
	public AnalysisRegistry() {
	}

	/**
	 * Every analysis visible to {@link ServiceLoader} from this class's loader and the context loader, and the
	 * contributed ones.
	 */
	public static AnalysisRegistry discover() {
		AnalysisRegistry registry = new AnalysisRegistry();
		ServiceLoader.load(EnergyAnalysis.class, AnalysisRegistry.class.getClassLoader()).forEach(registry::register);
		ClassLoader context = Thread.currentThread().getContextClassLoader();
		if (context != null) {
			ServiceLoader.load(EnergyAnalysis.class, context).forEach(registry::register);
		}
		CONTRIBUTED.forEach(registry::register);
		return registry;
	}

	public static AnalysisRegistry discover(ClassLoader loader) {
		AnalysisRegistry registry = new AnalysisRegistry();
		ServiceLoader.load(EnergyAnalysis.class, loader).forEach(registry::register);
		return registry;
	}

	public synchronized AnalysisRegistry register(EnergyAnalysis analysis) {
		unregister(analysis.id());
		analyses.add(analysis);
		return this;
	}

	public synchronized void unregister(String id) {
		analyses.removeIf(a -> a.id().equals(id));
	}

	/** The registered analyses in running order (by order, then id). */
	public List<EnergyAnalysis> analyses() {
		return analyses.stream()
				.sorted(Comparator.comparingInt(EnergyAnalysis::order).thenComparing(EnergyAnalysis::id)).toList();
	}

	public boolean contains(String id) {
		return analyses.stream().anyMatch(a -> a.id().equals(id));
	}
}

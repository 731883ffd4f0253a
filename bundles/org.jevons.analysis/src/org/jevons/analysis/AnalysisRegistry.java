package org.jevons.analysis;

import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The analyses to run. Filled by {@link ServiceLoader} on a plain classpath, or explicitly (OSGi service
 * listeners, tests). Registering an id again replaces the earlier analysis.
 */
public final class AnalysisRegistry {
	private final List<EnergyAnalysis> analyses = new CopyOnWriteArrayList<>();

	/** An empty registry. */
	public AnalysisRegistry() {
	}

	/** Every analysis visible to {@link ServiceLoader} from this class's loader and the context loader. */
	public static AnalysisRegistry discover() {
		AnalysisRegistry registry = new AnalysisRegistry();
		ServiceLoader.load(EnergyAnalysis.class, AnalysisRegistry.class.getClassLoader()).forEach(registry::register);
		ClassLoader context = Thread.currentThread().getContextClassLoader();
		if (context != null) {
			ServiceLoader.load(EnergyAnalysis.class, context).forEach(registry::register);
		}
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

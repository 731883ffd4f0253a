package org.jevons.analysis;

/**
 * The analysis SPI. Every analysis — the core ones and plugins such as cost — implements it and is found through
 * {@link java.util.ServiceLoader} ({@code META-INF/services/org.jevons.analysis.EnergyAnalysis}), OSGi services or
 * explicit {@link AnalysisRegistry#register registration}.
 * <p>
 * Analyses run one after the other in ascending {@link #order()}; each reads the study and earlier results from
 * the {@link AnalysisContext} and publishes immutable results (or adds figures to earlier ones) to it.
 */
public interface EnergyAnalysis {
	/** Order of the core analyses; a plugin picks a value between them. */
	final class Order {
		public static final int WORKLOADS = 100;
		/**
		 * Plugins that add figures to trainings and inferences (cost) run here. Up to this order workload figures
		 * carry nominal values only; the percentiles of theirs and of the figures derived from them are then
		 * computed together, in one pass over the samples, before any later analysis runs.
		 */
		public static final int WORKLOAD_PLUGINS = 500;
		public static final int COMPARISONS = 600;
		public static final int PROJECTIONS = 700;
		public static final int SWEEPS = 800;
		/** Expectations run last so they can check any figure, plugins' included. */
		public static final int EXPECTATIONS = 900;

		private Order() {
		}
	}

	/** A unique, stable id ({@code training}, {@code cost}); also the JSON section of unknown result types. */
	String id();

	/** When to run relative to the others; see {@link Order}. */
	int order();

	/**
	 * Analyses what the context's study declares. Missing inputs are reported as {@link Problem}s in results, not
	 * thrown.
	 */
	void run(AnalysisContext context);
}

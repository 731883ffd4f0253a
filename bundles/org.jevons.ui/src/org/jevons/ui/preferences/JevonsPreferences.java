package org.jevons.ui.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.jevons.ui.JevonsUi;

/** The Jevons preferences (instance scope of org.jevons.ui) with their defaults; analyses read them here. */
public final class JevonsPreferences {

	public static final String SAMPLES = "monteCarlo.samples";
	/** Whether the number of samples is chosen by precision ({@code --samples auto}), the default. */
	public static final String AUTO_SAMPLES = "monteCarlo.auto";
	public static final String SEED = "monteCarlo.seed";
	public static final String DEFAULT_DATACENTER = "defaultDatacenter";

	/** The command line's defaults, so that the workbench and `jevons analyze` print the same numbers. */
	public static final int DEFAULT_SAMPLES = org.jevons.analysis.Settings.DEFAULT_SAMPLES;
	public static final long DEFAULT_SEED = org.jevons.analysis.Settings.DEFAULT_SEED;
	public static final String DEFAULT_DATACENTER_VALUE = "";

	private JevonsPreferences() {
	}

	public static IPreferenceStore store() {
		return new ScopedPreferenceStore(InstanceScope.INSTANCE, JevonsUi.PLUGIN_ID);
	}

	private static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(JevonsUi.PLUGIN_ID);
	}

	/**
	 * The rule choosing the number of samples, as {@code jevons analyze --samples auto} does; empty when the count
	 * of {@link #samples()} is to be used as it is.
	 */
	public static java.util.Optional<org.jevons.analysis.engine.AdaptiveSampling.Rule> sampleRule() {
		return node().getBoolean(AUTO_SAMPLES, true)
				? java.util.Optional.of(org.jevons.analysis.engine.AdaptiveSampling.Rule.DEFAULT)
				: java.util.Optional.empty();
	}

	/** Monte Carlo samples per analysis when they are not chosen automatically. */
	public static int samples() {
		return node().getInt(SAMPLES, DEFAULT_SAMPLES);
	}

	/** The seed of the Monte Carlo sampler (equal seeds give equal results). */
	public static long seed() {
		return node().getLong(SEED, DEFAULT_SEED);
	}

	/** The Monte Carlo settings of the preference page as they are now (every analysis run reads them anew). */
	public static org.jevons.analysis.Settings settings() {
		return new org.jevons.analysis.Settings(Math.max(1, samples()), seed());
	}

	/** The datacenter used where a workload names none (a qualified name, e.g. jevons.library.grids.US_Average); "" = none. */
	public static String defaultDatacenter() {
		return node().get(DEFAULT_DATACENTER, DEFAULT_DATACENTER_VALUE);
	}

	/** Registered by the extension point org.eclipse.core.runtime.preferences. */
	public static class Initializer extends AbstractPreferenceInitializer {
		@Override
		public void initializeDefaultPreferences() {
			IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(JevonsUi.PLUGIN_ID);
			defaults.putInt(SAMPLES, DEFAULT_SAMPLES);
			defaults.putBoolean(AUTO_SAMPLES, true);
			defaults.putLong(SEED, DEFAULT_SEED);
			defaults.put(DEFAULT_DATACENTER, DEFAULT_DATACENTER_VALUE);
		}
	}
}

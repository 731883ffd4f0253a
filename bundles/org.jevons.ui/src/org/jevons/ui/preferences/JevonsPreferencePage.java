package org.jevons.ui.preferences;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Window > Preferences > Jevons: Monte Carlo samples and seed, the default datacenter. */
public class JevonsPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public static final String ID = "org.jevons.ui.preferences";

	public JevonsPreferencePage() {
		super(GRID);
		setDescription("Settings of the Jevons analyses.");
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(JevonsPreferences.store());
	}

	@Override
	protected void createFieldEditors() {
		addField(new BooleanFieldEditor(JevonsPreferences.AUTO_SAMPLES,
				"Choose the number of Monte Carlo samples &automatically: p05, p50 and p95 of every headline figure"
						+ " within ±0.5 % at 95 % confidence (10 000 to 10 000 000 samples)",
				getFieldEditorParent()));
		IntegerFieldEditor samples = new IntegerFieldEditor(JevonsPreferences.SAMPLES,
				"Monte Carlo &samples (when not chosen automatically):", getFieldEditorParent());
		samples.setValidRange(100, 10_000_000);
		addField(samples);
		IntegerFieldEditor seed = new IntegerFieldEditor(JevonsPreferences.SEED, "Random s&eed:", getFieldEditorParent());
		seed.setValidRange(0, Integer.MAX_VALUE);
		addField(seed);
		addField(new StringFieldEditor(JevonsPreferences.DEFAULT_DATACENTER,
				"Default &datacenter (qualified name, empty for none):", getFieldEditorParent()));
	}
}

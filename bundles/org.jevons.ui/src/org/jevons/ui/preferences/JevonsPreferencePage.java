package org.jevons.ui.preferences;

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
		IntegerFieldEditor samples = new IntegerFieldEditor(JevonsPreferences.SAMPLES, "Monte Carlo &samples:", getFieldEditorParent());
		samples.setValidRange(100, 10_000_000);
		addField(samples);
		IntegerFieldEditor seed = new IntegerFieldEditor(JevonsPreferences.SEED, "Random s&eed:", getFieldEditorParent());
		seed.setValidRange(0, Integer.MAX_VALUE);
		addField(seed);
		addField(new StringFieldEditor(JevonsPreferences.DEFAULT_DATACENTER,
				"Default &datacenter (qualified name, empty for none):", getFieldEditorParent()));
	}
}

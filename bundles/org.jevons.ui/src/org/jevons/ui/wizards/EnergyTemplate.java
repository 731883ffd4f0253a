package org.jevons.ui.wizards;

/** The starting points of a new .energy file. */
public enum EnergyTemplate {

	EMPTY("Empty file", """
			package %s

			import jevons.library.hardware.*
			import jevons.library.grids.*
			import jevons.library.models.*

			"""),
	TRAINING("Training run", """
			package %s

			import jevons.library.hardware.*
			import jevons.library.grids.*
			import jevons.library.models.*

			datacenter My_datacenter {
			    grid USA
			    pue 1.1 .. 1.3                         source "assumed"
			}

			training My_training {
			    model Llama_3_3_70B
			    on 1024 x H100_SXM in My_datacenter
			    tokens 15T                             source "assumed"
			    mfu 0.35 .. 0.45                       source "typical large-run utilisation"
			    precision bf16
			}

			expect My_training carbon <= 5000 tCO2e
			"""),
	INFERENCE("Inference service", """
			package %s

			import jevons.library.hardware.*
			import jevons.library.grids.*
			import jevons.library.models.*

			inference My_service {
			    model Llama_3_3_70B
			    on 2 x H100_SXM in Hyperscale
			    prompt 400 tokens                      source "assumed"
			    answer 300 tokens                      source "assumed"
			    batch 8
			    requests 1M /day                       source "assumed"
			}

			expect My_service energy per request <= 5 Wh
			"""),
	PROJECTION("Rebound projection", """
			package %s

			import jevons.library.hardware.*
			import jevons.library.grids.*
			import jevons.library.models.*

			inference Chat {
			    model Llama_3_3_70B
			    on 2 x H100_SXM in Hyperscale
			    prompt 150 tokens
			    answer 800 tokens
			    batch 8
			    requests 1M /day
			}

			projection Chat_growth {
			    workload Chat
			    years 2025 to 2035
			    demand growth 30 %%/year              source "assumed"
			    efficiency gain 20 %%/year            source "assumed"
			    elasticity 0.6 .. 1.4                 source "assumed range around unit elasticity"
			}
			""");

	private final String label;
	private final String text;

	EnergyTemplate(String label, String text) {
		this.label = label;
		this.text = text;
	}

	public String label() {
		return label;
	}

	/** The file's text in the given package (a valid qualified name). */
	public String text(String packageName) {
		return text.formatted(packageName);
	}

	/** A package name from a project or file name: letters, digits and underscores, dot-separated. */
	public static String packageNameFor(String name) {
		String cleaned = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_.]+", "_").replaceAll("^[^a-z_]+", "");
		return cleaned.isEmpty() ? "models" : cleaned;
	}
}

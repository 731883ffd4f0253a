package org.jevons.ui.highlighting;

import java.util.Set;

/** The words of the .energy language (grammar Energy.xtext), grouped for colouring and assist. */
public final class EnergyLexicon {

	private EnergyLexicon() {
	}

	/** Keywords that start a declaration; at the top level, the word after them is the declaration's name. */
	public static final Set<String> DECLARATIONS = Set.of("accelerator", "node", "grid", "datacenter", "model", "training",
			"inference", "projection", "sweep");

	/** Structure: files, statements and the connecting words of properties. */
	public static final Set<String> STRUCTURE = Set.of("package", "import", "extends", "compare", "with", "expect", "source",
			"on", "x", "in", "per", "to", "from", "step", "vary", "workload", "accelerators", "routed", "midpoint");

	/** Property keys. */
	public static final Set<String> PROPERTIES = Set.of("peak", "power", "idle", "memory", "bandwidth", "interconnect",
			"embodied", "lifetime", "rental", "host", "carbon", "water", "price", "pue", "wue", "architecture", "parameters",
			"active", "experts", "layers", "kv", "precision", "context", "tokens", "mfu", "mbu", "duration",
			"accelerator-hours", "flops", "average", "prompt", "reasoning", "answer", "batch", "requests", "energy", "years",
			"demand", "growth", "efficiency", "gain", "elasticity", "share");

	/** Enumeration literals: architectures and precisions. */
	public static final Set<String> LITERALS = Set.of("dense", "moe", "fp32", "tf32", "bf16", "fp16", "fp8", "int8", "fp4");

	/** Keywords that are also unit symbols after a number ({@code 14.8T tokens}, {@code 5 years}). */
	public static final Set<String> UNIT_KEYWORDS = Set.of("tokens", "years", "requests");

	public static boolean isKeyword(String word) {
		return DECLARATIONS.contains(word) || STRUCTURE.contains(word) || PROPERTIES.contains(word) || LITERALS.contains(word);
	}
}

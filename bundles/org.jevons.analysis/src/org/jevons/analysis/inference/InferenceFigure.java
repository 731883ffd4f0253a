package org.jevons.analysis.inference;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.jevons.analysis.Dimension;
import org.jevons.analysis.engine.FigureSpec;

/**
 * The figures of an inference, by name: the kernel's output slot of a figure is its ordinal, and nothing outside
 * this enum depends on that order (analyses ask for figures by key).
 */
public enum InferenceFigure {
	ENERGY_PER_REQUEST("energy_per_request", "Energy per request", Dimension.ENERGY),
	IT_ENERGY_PER_REQUEST("it_energy_per_request", "IT energy per request", Dimension.ENERGY),
	ENERGY_PER_TOKEN("energy_per_token", "Energy per output token", Dimension.ENERGY),
	DECODE_ENERGY_PER_TOKEN("decode_energy_per_token", "Decode energy per token (IT)", Dimension.ENERGY),
	PREFILL_ENERGY("prefill_energy", "Prefill energy per request", Dimension.ENERGY),
	TOKENS_PER_REQUEST("tokens_per_request", "Output tokens per request", Dimension.TOKENS, "reasoning", "answer"),
	REQUESTS_PER_YEAR("requests_per_year", "Requests per year", Dimension.RATIO, "requests"),
	ANNUAL_ENERGY("annual_energy", "Energy per year", Dimension.ENERGY, Inputs.ENERGY, "requests"),
	CARBON_PER_REQUEST("carbon_per_request", "Carbon per request", Dimension.MASS_CO2E, Inputs.ENERGY,
			"datacenter.carbon"),
	ANNUAL_CARBON("annual_carbon", "Carbon per year", Dimension.MASS_CO2E, Inputs.ENERGY, "requests",
			"datacenter.carbon"),
	WATER_PER_REQUEST("water_per_request", "Water per request", Dimension.WATER, Inputs.ENERGY, "datacenter.wue",
			"datacenter.water"),
	ANNUAL_WATER("annual_water", "Water per year", Dimension.WATER, Inputs.ENERGY, "requests", "datacenter.wue",
			"datacenter.water"),
	REQUEST_TIME("request_time", "Time per request", Dimension.TIME),
	ACCELERATOR_TIME_PER_REQUEST("accelerator_time_per_request", "Accelerator time per request", Dimension.TIME),
	ANNUAL_ACCELERATOR_TIME("annual_accelerator_time", "Accelerator time per year", Dimension.TIME, Inputs.ENERGY,
			"requests"),
	DECODE_POWER("decode_power", "Accelerator power in decode", Dimension.POWER),
	DECODE_COMPUTE_FRACTION("decode_compute_fraction", "Decode compute-bound fraction", Dimension.RATIO),
	BATCH("batch", "Batch (concurrent sequences)", Dimension.RATIO),
	MAX_BATCH("max_batch", "Largest batch that fits in memory", Dimension.RATIO),
	KV_CACHE_MEMORY("kv_cache_memory", "Memory left for the KV cache", Dimension.DATA),
	DECODE_STEP_TIME("decode_step_time", "Decode step time (time per output token)", Dimension.TIME),
	IMPLIED_MBU("implied_mbu", "Implied memory-bandwidth utilisation", Dimension.RATIO),
	// boundary components (docs/methodology.md, Boundaries), NaN when not counted
	ACCELERATOR_ENERGY_PER_REQUEST("accelerator_energy_per_request", "Accelerators (dynamic + idle at load)",
			Dimension.ENERGY, Inputs.ACCELERATORS),
	HOST_ENERGY_PER_REQUEST("host_energy_per_request", "Host (CPU, DRAM, network)", Dimension.ENERGY),
	RESERVE_ENERGY_PER_REQUEST("reserve_energy_per_request", "Idle and reserve capacity", Dimension.ENERGY),
	OVERHEAD_ENERGY_PER_REQUEST("overhead_energy_per_request", "Facility overhead (PUE - 1)", Dimension.ENERGY),
	TRAINING_ENERGY_PER_REQUEST("training_energy_per_request", "Upstream training, amortised", Dimension.ENERGY,
			"training.energy", "training.over", "requests"),
	LIFECYCLE_ENERGY_PER_REQUEST("lifecycle_energy_per_request", "Energy per request incl. training",
			Dimension.ENERGY, Inputs.ENERGY, "training.energy", "training.over", "requests"),
	MARKET_CARBON_PER_REQUEST("market_carbon_per_request", "Carbon per request (market-based)",
			Dimension.MASS_CO2E, Inputs.ENERGY, "datacenter.residual",
			"datacenter.clean share", "datacenter.carbon"),
	EMBODIED_CARBON_PER_REQUEST("embodied_carbon_per_request", "Embodied carbon (accelerators + servers)",
			Dimension.MASS_CO2E, Inputs.ENERGY, "accelerator.embodied", "accelerator.lifetime", "node.embodied",
			"node.lifetime"),
	TRAINING_CARBON_PER_REQUEST("training_carbon_per_request", "Upstream training carbon, amortised",
			Dimension.MASS_CO2E, "training.carbon", "training.over", "requests"),
	LIFECYCLE_CARBON_PER_REQUEST("lifecycle_carbon_per_request", "Carbon per request incl. embodied and training",
			Dimension.MASS_CO2E, Inputs.ENERGY, "datacenter.carbon", "accelerator.embodied",
			"accelerator.lifetime", "node.embodied", "node.lifetime", "training.carbon", "training.over",
			"requests"),
	ONSITE_WATER_PER_REQUEST("onsite_water_per_request", "On-site water per request (cooling)", Dimension.WATER,
			Inputs.ENERGY, "datacenter.wue"),
	OFFSITE_WATER_PER_REQUEST("offsite_water_per_request", "Off-site water per request (generation)",
			Dimension.WATER, Inputs.ENERGY, "datacenter.water");

	/** Inputs that only set the modelled step time: a measured J/token makes them irrelevant to energy. */
	private static final List<String> STEP_ONLY = List.of("decode mfu", "mbu", "overlap", "step overhead",
			"moe efficiency", "imbalance", "collective latency", "memory-bound power fraction");
	private static final List<InferenceFigure> ENERGY_FIGURES = List.of(ENERGY_PER_REQUEST, IT_ENERGY_PER_REQUEST,
			ENERGY_PER_TOKEN, DECODE_ENERGY_PER_TOKEN, ANNUAL_ENERGY, CARBON_PER_REQUEST, ANNUAL_CARBON,
			WATER_PER_REQUEST, ANNUAL_WATER, ACCELERATOR_ENERGY_PER_REQUEST, HOST_ENERGY_PER_REQUEST,
			RESERVE_ENERGY_PER_REQUEST, OVERHEAD_ENERGY_PER_REQUEST, LIFECYCLE_ENERGY_PER_REQUEST,
			MARKET_CARBON_PER_REQUEST, EMBODIED_CARBON_PER_REQUEST, LIFECYCLE_CARBON_PER_REQUEST,
			ONSITE_WATER_PER_REQUEST, OFFSITE_WATER_PER_REQUEST);

	/**
	 * The specs of every figure, in slot order. With a measured energy per token, the energy figures cite only the
	 * inputs they still depend on (prefill, host share, PUE, grid), not the defaults of the modelled step.
	 */
	static List<FigureSpec> specs(boolean measuredEnergy) {
		return Arrays.stream(values()).map(f -> new FigureSpec(f.key, f.label, f.dimension,
				measuredEnergy && ENERGY_FIGURES.contains(f)
						? f.inputs.stream().filter(input -> !STEP_ONLY.contains(input)).toList()
						: f.inputs)).toList();
	}

	private final String key;
	private final String label;
	private final Dimension dimension;
	private final List<String> inputs;

	InferenceFigure(String key, String label, Dimension dimension) {
		this(key, label, dimension, Inputs.ENERGY);
	}

	InferenceFigure(String key, String label, Dimension dimension, String... inputs) {
		this(key, label, dimension, List.of(inputs));
	}

	InferenceFigure(String key, String label, Dimension dimension, List<String> base, String... more) {
		this.key = key;
		this.label = label;
		this.dimension = dimension;
		this.inputs = Stream.concat(base.stream(), Arrays.stream(more)).toList();
	}

	public String key() {
		return key;
	}

	public String label() {
		return label;
	}

	/** The inputs whose sources every energy figure cites. */
	private static final class Inputs {
		static final List<String> ENERGY = List.of("prompt", "reasoning", "answer", "batch", "energy", "mfu",
				"decode mfu", "prefill mfu", "mbu", "overlap", "step overhead", "moe efficiency", "imbalance",
				"collective latency", "average power", "context", "latency", "model.parameters", "model.active",
				"model.experts", "model.routed", "model.kv", "model.layers", "model.attention layers",
				"model.attention width", "model.window", "model.local share", "model.hidden", "model.state",
				"accelerators", "accelerator.peak", "accelerator.power", "accelerator.idle", "idle fraction",
				"memory-bound power fraction", "compute-bound power fraction", "accelerator.bandwidth",
				"accelerator.memory", "memory utilisation", "batch cap", "accelerator.interconnect", "host power",
				"host share", "reserve", "datacenter.pue");
		/** What the accelerators' own energy depends on: no host, reserve or facility. */
		static final List<String> ACCELERATORS = ENERGY.stream()
				.filter(input -> !List.of("host power", "host share", "reserve", "datacenter.pue").contains(input))
				.toList();
	}
}

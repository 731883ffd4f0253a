package org.jevons.model.properties;

import static org.jevons.model.units.Dimension.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jevons.model.units.Dimension;

/**
 * The properties of every declaration kind with their dimension and meaning (language.md). One table serves
 * validation (dimension checks), hover (meaning and unit), content assist and the analyses' input builder.
 */
public final class PropertyCatalog {

	/** The declaration kinds that have properties, by keyword. */
	public enum Kind {
		ACCELERATOR("accelerator"), NODE("node"), GRID("grid"), DATACENTER("datacenter"), MODEL("model"),
		TRAINING("training"), INFERENCE("inference"), PROJECTION("projection"), SWEEP("sweep");

		private final String keyword;

		Kind(String keyword) {
			this.keyword = keyword;
		}

		public String keyword() {
			return keyword;
		}
	}

	private static final Map<Kind, Map<String, PropertyInfo>> TABLE = new LinkedHashMap<>();

	static {
		kind(Kind.ACCELERATOR,
				p("peak", COMPUTE_RATE, "Dense peak compute at a precision (peak bf16 989 TFLOP/s); never the sparse figure."),
				p("power", POWER, "Board power (TDP) of one accelerator."),
				p("idle", POWER, "Power of one accelerator when idle; the lower end of the inference power model.", "10 % of power"),
				p("memory", DATA, "Accelerator memory (HBM) of one device."),
				p("bandwidth", DATA_RATE, "Memory bandwidth of one device; bounds memory-bound decode."),
				p("interconnect", DATA_RATE, "Device-to-device bandwidth (NVLink or equivalent)."),
				p("embodied", CO2E, "Manufacturing footprint of one device."),
				p("lifetime", TIME, "Service life over which the embodied footprint is written off."),
				p("rental", TIME_PRICE, "Price of one accelerator-hour (cost plugin)."));
		kind(Kind.NODE,
				p("accelerators", NONE, "Number and kind of accelerators per node: accelerators 8 x H100_SXM."),
				p("host", POWER, "Power of CPUs, DRAM, NICs and fans of the whole node at load."),
				p("power", POWER, "Power of the whole node."),
				p("idle", POWER, "Idle power of the whole node."),
				p("embodied", CO2E, "Manufacturing footprint of one node."),
				p("lifetime", TIME, "Service life of the node."),
				p("rental", TIME_PRICE, "Price of one node-hour."),
				p("pue", NONE, "Power usage effectiveness of where the node runs, when its datacenter states none (never both)."));
		kind(Kind.GRID,
				p("carbon", CARBON_INTENSITY, "Carbon intensity of the electricity (life-cycle, per kWh)."),
				p("water", WATER_INTENSITY, "Off-site water consumed to generate one kWh."),
				p("price", ENERGY_PRICE, "Electricity price."),
				p("residual", CARBON_INTENSITY, "Residual-mix carbon intensity: the market-based factor of electricity not covered by contracts.", "not known: market-based carbon uses the location-based factor"));
		kind(Kind.DATACENTER,
				p("grid", NONE, "The grid that supplies the datacenter."),
				p("pue", NONE, "Power usage effectiveness: facility energy / IT energy (≥ 1).", "none: the boundary stops at IT equipment"),
				p("wue", WATER_INTENSITY, "On-site water per kWh of IT energy (cooling)."),
				p("price", ENERGY_PRICE, "Electricity price paid by the datacenter (cost plugin)."),
				p("carbon", CARBON_INTENSITY, "Carbon intensity, instead of a grid."),
				p("water", WATER_INTENSITY, "Off-site water intensity, instead of a grid."),
				p("residual", CARBON_INTENSITY, "Market-based factor of the uncontracted electricity, instead of the grid's residual mix."),
				p("clean share", NONE, "Share of the energy covered by contracted carbon-free supply (PPAs), in [0, 1].", "0"));
		kind(Kind.MODEL,
				p("architecture", NONE, "dense or moe (mixture of experts)."),
				p("parameters", NONE, "Total parameters N (671B)."),
				p("active", NONE, "Parameters active per token N_a; required for moe.", "parameters (dense)"),
				p("experts", NONE, "Number of routed experts E (experts 256 routed 8)."),
				p("layers", NONE, "Number of transformer layers."),
				p("kv", DATA_PER_TOKEN, "KV-cache bytes per token of context."),
				p("precision", NONE, "Serving precision of weights and compute.", "bf16"),
				c("context", TOKEN, "Maximum context length."),
				p("hidden", NONE, "Model width d_model: the activations exchanged between accelerators per token and layer."),
				p("attention layers", NONE, "Layers with attention; fewer than layers in hybrid (e.g. Mamba) models.", "layers"),
				p("attention width", NONE, "Query width d_attn = heads x head dimension: attention FLOPs per token of context.", "none: attention FLOPs not counted"),
				c("window", TOKEN, "Span of sliding-window (local) attention."),
				p("local share", NONE, "Share of the attention layers that attend only within the window, in [0, 1].", "0"),
				p("state", DATA, "Recurrent (e.g. Mamba) state per sequence, read and written every decode step.", "0"));
		kind(Kind.TRAINING,
				p("model", NONE, "The model trained."),
				p("on", NONE, "on N x Accelerator|Node in Datacenter."),
				c("tokens", TOKEN, "Training tokens D."),
				p("mfu", NONE, "Model FLOPs utilisation, a fraction of the precision's peak, in (0, 1]."),
				p("precision", NONE, "Which peak mfu refers to.", "the model's precision"),
				p("duration", TIME, "Wall-clock duration of the run."),
				p("accelerator-hours", TIME, "Accelerator-time of the run (2.788M h)."),
				p("average power", POWER, "Measured average power per accelerator, including its share of host.", "power × 0.8"),
				p("flops", COMPUTE, "Training compute, overriding 6 · N_active · D."),
				p("mbu", NONE, "Memory-bandwidth utilisation (informative for training)."),
				c("context", TOKEN, "Sequence length of the training: gives the attention-inclusive compute figure."),
				p("host share", NONE, "Host (CPU, DRAM, network) share of the machines' energy, when no node states host; in [0, 1).", "not counted"),
				p("reserve", NONE, "Share of the provisioned capacity that is idle or held in reserve, in [0, 1).", "not counted"),
				p("development", NONE, "Share of all compute spent on experiments and failed runs, in [0, 1).", "not counted"));
		kind(Kind.INFERENCE,
				p("model", NONE, "The model served."),
				p("on", NONE, "on N x Accelerator|Node in Datacenter (one replica)."),
				c("prompt", TOKEN, "Input tokens per request (prefill)."),
				c("reasoning", TOKEN, "Chain-of-thought tokens per request; decoded like output.", "0"),
				c("answer", TOKEN, "Answer tokens per request."),
				p("batch", NONE, "Concurrent sequences per replica.", "the largest batch whose KV cache fits beside the weights (and meets latency)"),
				p("requests", RATE, "Request volume (10M /day)."),
				p("energy", ENERGY_PER_TOKEN, "Measured energy per output token; replaces the decode estimate."),
				p("precision", NONE, "Serving precision.", "the model's precision"),
				p("mfu", NONE, "Compute utilisation of decode and prefill, in (0, 1]."),
				p("mbu", NONE, "Memory-bandwidth utilisation of decode, in (0, 1]."),
				p("average power", POWER, "Power per accelerator as measured; replaces the power model (its boundary is the measurement's)."),
				c("context", TOKEN, "Tokens held in the KV cache.", "prompt + half the output"),
				p("weights", NONE, "Precision the weights are stored in, when it differs from the compute precision (weights fp4).", "the serving precision"),
				p("latency", TIME, "Target time per output token (one decode step); caps the batch derived from memory."),
				p("host share", NONE, "Host (CPU, DRAM, network) share of the machines' energy, when no node states host; in [0, 1).", "not counted"),
				p("reserve", NONE, "Share of the provisioned capacity that is idle or held in reserve, in [0, 1).", "not counted"),
				p("training", NONE, "A training amortised per request: training T over 10B requests, or over 2 years of service.", "not counted"));
		kind(Kind.PROJECTION,
				p("workload", NONE, "The inference whose use is projected."),
				p("years", NONE, "First and last year: years 2025 to 2035."),
				p("demand growth", RATE, "Growth of requests per year before price effects (30 %/year)."),
				p("efficiency gain", RATE, "Fall of energy per request per year from hardware and software (20 %/year)."),
				p("elasticity", NONE, "Price elasticity of demand; above 1 efficiency backfires (Jevons paradox)."),
				p("reasoning share", NONE, "Logistic adoption of reasoning mode: reasoning share 10 % -> 60 % midpoint 2028."),
				p("energy share", NONE, "Share of energy cost in today's price of a request, in (0, 1].", "100 %: price is energy cost"),
				p("other cost trend", RATE, "Yearly change of the other cost per request (hardware capital, operations).", "0 %/year"),
				p("coupled", NONE, "coupled: the efficiency gain also cuts the other cost per request; decoupled: it does not.", "decoupled"),
				p("saturation", RATE, "Ceiling of the requests of all services together (logistic saturation).", "none"),
				p("service", NONE, "A further service: service Agents growth 60 %/year."),
				p("baseline", POWER, "Non-AI data-centre energy per year: baseline 300 TWh/year growth 2 %/year.", "none"),
				p("carbon trend", RATE, "Yearly change of every service's grid carbon intensity.", "0 %/year"),
				p("reference", NONE, "A built-in reference scenario drawn over the projection: reference IEA_2025_base."),
				p("history", NONE, "An observed year for fitting growth and elasticity: history 2024 demand 1B /day price 10 USD."));
		kind(Kind.SWEEP,
				p("workload", NONE, "The training or inference evaluated over the grid."),
				p("vary", NONE, "A varied input: vary reasoning from 0 to 8000 tokens step 100, or vary batch in 1, 8, 32."));
	}

	private PropertyCatalog() {
	}

	private static PropertyInfo p(String key, Dimension d, String description) {
		return new PropertyInfo(key, d, false, description, Optional.empty());
	}

	private static PropertyInfo p(String key, Dimension d, String description, String defaultText) {
		return new PropertyInfo(key, d, false, description, Optional.of(defaultText));
	}

	private static PropertyInfo c(String key, Dimension d, String description) {
		return new PropertyInfo(key, d, true, description, Optional.empty());
	}

	private static PropertyInfo c(String key, Dimension d, String description, String defaultText) {
		return new PropertyInfo(key, d, true, description, Optional.of(defaultText));
	}

	private static void kind(Kind kind, PropertyInfo... properties) {
		Map<String, PropertyInfo> byKey = new LinkedHashMap<>();
		for (PropertyInfo p : properties) {
			byKey.put(p.key(), p);
		}
		TABLE.put(kind, byKey);
	}

	public static Optional<PropertyInfo> find(Kind kind, String key) {
		return Optional.ofNullable(TABLE.get(kind).get(key));
	}

	public static List<PropertyInfo> properties(Kind kind) {
		return List.copyOf(TABLE.get(kind).values());
	}
}

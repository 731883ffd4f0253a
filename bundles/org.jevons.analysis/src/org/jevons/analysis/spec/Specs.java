package org.jevons.analysis.spec;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The resolved declarations. All quantities are SI: FLOP/s, W, bytes, bytes/s, kg CO2e, s, USD, J, L.
 * Rates "per kWh" are stored per joule; "per year"/"per day" rates per second; percentages as fractions.
 */
public final class Specs {
	private Specs() {
	}

	public enum Precision {
		FP32, TF32, BF16, FP16, FP8, INT8, FP4
	}

	public enum Architecture {
		DENSE, MOE
	}

	/** Where a declaration was written, for diagnostics and "reveal in editor". */
	public record Origin(String file, int line, int column) {
		public static final Origin UNKNOWN = new Origin("", 0, 0);
	}

	/**
	 * @param peak      dense peak compute per precision, FLOP/s
	 * @param power     board power (TDP), W
	 * @param idle      idle power, W
	 * @param memory    bytes
	 * @param bandwidth memory bandwidth, bytes/s
	 * @param embodied  manufacturing footprint of one device, kg CO2e
	 * @param lifetime  s
	 * @param rental    price of one accelerator-second, USD/s
	 * @param interconnect device-to-device bandwidth (NVLink or equivalent, both directions), bytes/s
	 */
	public record Accelerator(String name, Map<Precision, Value> peak, Optional<Value> power, Optional<Value> idle,
			Optional<Value> memory, Optional<Value> bandwidth, Optional<Value> embodied, Optional<Value> lifetime,
			Optional<Value> rental, Optional<Value> interconnect) {

		public Accelerator(String name, Map<Precision, Value> peak, Optional<Value> power, Optional<Value> idle,
				Optional<Value> memory, Optional<Value> bandwidth, Optional<Value> embodied, Optional<Value> lifetime,
				Optional<Value> rental) {
			this(name, peak, power, idle, memory, bandwidth, embodied, lifetime, rental, Optional.empty());
		}
	}

	/**
	 * @param pue       power usage effectiveness; empty: the boundary stops at IT equipment (a node's {@code pue} when
	 *                  the datacenter states none)
	 * @param carbon    kg CO2e per J (from the datacenter or its grid)
	 * @param wue       on-site water, L per J of IT energy
	 * @param gridWater off-site water of generation, L per J of facility energy
	 * @param price     electricity price, USD per J
	 * @param residualCarbon market-based factor of the electricity not covered by contracts (the grid's residual
	 *                  mix or the datacenter's stated market factor), kg CO2e per J
	 * @param cleanShare share of the energy covered by contracted carbon-free supply (PPAs, certificates)
	 */
	public record Datacenter(String name, Optional<Value> pue, Optional<Value> carbon, Optional<Value> wue,
			Optional<Value> gridWater, Optional<Value> price, Optional<Value> residualCarbon,
			Optional<Value> cleanShare) {

		/** A datacenter without market-based carbon inputs. */
		public Datacenter(String name, Optional<Value> pue, Optional<Value> carbon, Optional<Value> wue,
				Optional<Value> gridWater, Optional<Value> price) {
			this(name, pue, carbon, wue, gridWater, price, Optional.empty(), Optional.empty());
		}
	}

	/**
	 * What a workload runs on: {@code on N x Accelerator|Node in Datacenter}, flattened.
	 *
	 * @param accelerators total number of accelerators (nodes × accelerators per node)
	 * @param hostPower    host power of the whole deployment (nodes × host), W; empty when no node states it
	 * @param datacenter   empty when no {@code in} is given
	 * @param nodeEmbodied manufacturing footprint of the servers per accelerator (a node's {@code embodied} / its
	 *                     accelerators), kg CO2e
	 * @param nodeLifetime service life of the node, s
	 */
	public record Deployment(Value accelerators, Accelerator accelerator, Optional<Value> hostPower,
			Optional<Datacenter> datacenter, Optional<Value> nodeEmbodied, Optional<Value> nodeLifetime) {

		public Deployment(Value accelerators, Accelerator accelerator, Optional<Value> hostPower,
				Optional<Datacenter> datacenter) {
			this(accelerators, accelerator, hostPower, datacenter, Optional.empty(), Optional.empty());
		}
	}

	/**
	 * @param active          active parameters (= parameters for dense)
	 * @param kvBytesPerToken bytes of KV cache per token of context
	 * @param context         maximum context, tokens
	 */
	public record Model(String name, Architecture architecture, Value parameters, Value active,
			Optional<Value> experts, Optional<Value> routed, Optional<Value> layers, Optional<Value> kvBytesPerToken,
			Precision precision, Optional<Value> context, Shape shape) {

		public Model(String name, Architecture architecture, Value parameters, Value active, Optional<Value> experts,
				Optional<Value> routed, Optional<Value> layers, Optional<Value> kvBytesPerToken, Precision precision,
				Optional<Value> context) {
			this(name, architecture, parameters, active, experts, routed, layers, kvBytesPerToken, precision, context,
					Shape.UNKNOWN);
		}

		/** Whether the model states its active parameters apart from its total (MoE); dense: one parameter. */
		public boolean hasActive() {
			return architecture == Architecture.MOE;
		}
	}

	/**
	 * The shape of a model that serving physics needs beyond its parameter counts (all optional).
	 *
	 * @param hidden          model width d_model (activations exchanged between devices)
	 * @param attentionLayers layers with attention (hybrid models: fewer than {@code layers}); default all layers
	 * @param attentionWidth  query width d_attn = heads × head dimension (attention FLOPs per context token)
	 * @param window          sliding-window (local) attention span, tokens
	 * @param localShare      share of the attention layers that attend only within the window
	 * @param state           recurrent (e.g. Mamba) state per sequence, bytes; read and written every step
	 */
	public record Shape(Optional<Value> hidden, Optional<Value> attentionLayers, Optional<Value> attentionWidth,
			Optional<Value> window, Optional<Value> localShare, Optional<Value> state) {
		public static final Shape UNKNOWN = new Shape(Optional.empty(), Optional.empty(), Optional.empty(),
				Optional.empty(), Optional.empty(), Optional.empty());
	}

	/**
	 * The boundary inputs of a workload beyond its hardware (docs/methodology.md, Boundaries). Every share is the
	 * component's share of the figure that includes it, so it adds {@code before × s / (1 − s)}.
	 *
	 * @param hostShare   host (CPU, DRAM, network) share of the active machines' energy, when no node states
	 *                    {@code host}
	 * @param reserve     share of the provisioned capacity that is idle or held in reserve, in [0, 1)
	 * @param development share of all compute spent on experiments and failed runs (training), in [0, 1)
	 * @param upstream    a training amortised over the inference's requests
	 */
	public record Lifecycle(Optional<Value> hostShare, Optional<Value> reserve, Optional<Value> development,
			Optional<Upstream> upstream) {
		public static final Lifecycle NONE = new Lifecycle(Optional.empty(), Optional.empty(), Optional.empty(),
				Optional.empty());
	}

	/**
	 * {@code training T over 10B requests} or {@code training T over 2 years}: the training's footprint spread over
	 * a number of requests, or over the requests of a service life at the inference's request rate.
	 *
	 * @param over     requests (a count), or seconds of service life when {@code lifetime}
	 * @param lifetime whether {@code over} is a service life
	 */
	public record Upstream(Training training, Value over, boolean lifetime) {
	}

	/** A training run or an inference service. */
	public sealed interface Workload permits Training, Inference {
		String name();

		Origin origin();
	}

	/**
	 * @param precision        explicit or the model's
	 * @param duration         wall-clock, s
	 * @param acceleratorHours accelerator-time, s (accelerator-seconds)
	 * @param averagePower     per accelerator incl. its share of host, W
	 * @param flops            override of 6·N_active·D, FLOP
	 */
	public record Training(String name, Origin origin, Model model, Deployment on, Precision precision,
			Optional<Value> tokens, Optional<Value> mfu, Optional<Value> duration, Optional<Value> acceleratorHours,
			Optional<Value> averagePower, Optional<Value> flops, Optional<Value> context, Lifecycle lifecycle)
			implements Workload {

		/** A training without a stated sequence length (no attention-inclusive compute figure) or lifecycle. */
		public Training(String name, Origin origin, Model model, Deployment on, Precision precision,
				Optional<Value> tokens, Optional<Value> mfu, Optional<Value> duration, Optional<Value> acceleratorHours,
				Optional<Value> averagePower, Optional<Value> flops) {
			this(name, origin, model, on, precision, tokens, mfu, duration, acceleratorHours, averagePower, flops,
					Optional.empty(), Lifecycle.NONE);
		}
	}

	/**
	 * @param prompt, reasoning, answer tokens per request (reasoning is 0 when not given)
	 * @param batch          concurrent sequences per replica
	 * @param requests       requests per second (from e.g. {@code 1M /day})
	 * @param energyPerToken measured J per output token, replaces the decode estimate
	 * @param averagePower   W per accelerator, replaces the power model
	 * @param context        tokens held in KV cache
	 * @param precision      compute (activation) precision: which peak the utilisations refer to
	 * @param weights        precision the weights are stored in (MXFP4 weights with bf16 compute); bytes read
	 * @param batch          empty: the largest batch whose KV cache fits beside the weights (and meets
	 *                       {@code latency})
	 * @param latency        target time per output token (one decode step), s; caps a derived batch
	 */
	public record Inference(String name, Origin origin, Model model, Deployment on, Precision precision,
			Value prompt, Value reasoning, Value answer, Optional<Value> batch, Optional<Value> requests,
			Optional<Value> energyPerToken, Optional<Value> mfu, Optional<Value> mbu, Optional<Value> averagePower,
			Optional<Value> context, Precision weights, Optional<Value> latency, Lifecycle lifecycle)
			implements Workload {

		public Inference(String name, Origin origin, Model model, Deployment on, Precision precision, Value prompt,
				Value reasoning, Value answer, Optional<Value> batch, Optional<Value> requests,
				Optional<Value> energyPerToken, Optional<Value> mfu, Optional<Value> mbu, Optional<Value> averagePower,
				Optional<Value> context, Precision weights, Optional<Value> latency) {
			this(name, origin, model, on, precision, prompt, reasoning, answer, batch, requests, energyPerToken, mfu,
					mbu, averagePower, context, weights, latency, Lifecycle.NONE);
		}

		/** An inference with a stated batch and weights stored at the compute precision. */
		public Inference(String name, Origin origin, Model model, Deployment on, Precision precision, Value prompt,
				Value reasoning, Value answer, Value batch, Optional<Value> requests, Optional<Value> energyPerToken,
				Optional<Value> mfu, Optional<Value> mbu, Optional<Value> averagePower, Optional<Value> context) {
			this(name, origin, model, on, precision, prompt, reasoning, answer, Optional.of(batch), requests,
					energyPerToken, mfu, mbu, averagePower, context, precision, Optional.empty());
		}
	}

	/** Logistic adoption of reasoning mode: share from → to, half-way in {@code midpointYear}. */
	public record Adoption(Value from, Value to, Optional<Value> midpointYear) {
	}

	/**
	 * A rebound projection (methodology.md, "Rebound"). Growth, gain and trends are fractions per year
	 * (30 %/year = 0.30). Growth and elasticity may be left to the fit of {@code history}.
	 *
	 * @param workload   the first service; its {@code requests} are the first year's demand
	 * @param services   further services, each with its own demand and optionally its own growth
	 * @param saturation ceiling of the requests per second of all services together (logistic saturation)
	 * @param baseline   non-AI data-centre energy, so totals can be held against data-centre references
	 * @param carbonTrend yearly change of every service's grid carbon intensity (−5 %/year = −0.05)
	 * @param reference  name of a built-in reference scenario ({@code ReferenceScenarios})
	 * @param history    observed demand and price, from which the missing growth and elasticity are fitted
	 */
	public record Projection(String name, Origin origin, Inference workload, int startYear, int endYear,
			Optional<Value> demandGrowth, Value efficiencyGain, Optional<Value> elasticity,
			Optional<Adoption> reasoningShare, Pricing pricing, List<Service> services, Optional<Value> saturation,
			Optional<Baseline> baseline, Optional<Value> carbonTrend, Optional<String> reference,
			List<Observation> history) {
		public Projection {
			services = List.copyOf(services);
			history = List.copyOf(history);
		}

		/** The original model: one service, price tracking energy per request, no saturation, no history. */
		public Projection(String name, Origin origin, Inference workload, int startYear, int endYear,
				Value demandGrowth, Value efficiencyGain, Value elasticity, Optional<Adoption> reasoningShare) {
			this(name, origin, workload, startYear, endYear, Optional.of(demandGrowth), efficiencyGain,
					Optional.of(elasticity), reasoningShare, Pricing.ENERGY_ONLY, List.of(), Optional.empty(),
					Optional.empty(), Optional.empty(), Optional.empty(), List.of());
		}

		/** Every service, the {@code workload} first. */
		public List<Service> allServices() {
			List<Service> all = new java.util.ArrayList<>();
			all.add(new Service(workload, Optional.empty()));
			all.addAll(services);
			return all;
		}
	}

	/**
	 * The price of a request: energy cost (share {@code energyShare} of today's price) plus other cost (hardware
	 * capital, operations) with its own yearly trend. Coupled: the efficiency gain also cuts the other cost per
	 * request (the same hardware does more), so price tracks energy per request when there is no other trend.
	 */
	public record Pricing(Value energyShare, Value otherCostTrend, boolean coupled) {
		/** Price is energy cost alone: the price ratio equals the efficiency ratio. */
		public static final Pricing ENERGY_ONLY = new Pricing(Value.of(1), Value.of(0), false);
	}

	/** A service of a projection: an inference with its own requests, optionally its own demand growth. */
	public record Service(Inference workload, Optional<Value> growth) {
	}

	/** Non-AI data-centre energy: J per year in the first year, growing by {@code growth} per year. */
	public record Baseline(Value energyPerYear, Value growth) {
	}

	/** One observed year: demand (any rate unit, SI) and price (any price unit, SI), for fitting. */
	public record Observation(Origin origin, int year, double demand, double price) {
	}

	/** One varied input: a property path as written ({@code reasoning}, {@code model.active}) and SI values. */
	public record Vary(String path, double[] values, String unit) {
	}

	public record Sweep(String name, Origin origin, Workload workload, List<Vary> vary) {
	}

	public enum Per {
		REQUEST, TOKEN, YEAR
	}

	/** The boundary two workloads are compared at (docs/methodology.md, Boundaries). */
	public enum At {
		ACCELERATORS, FACILITY, LIFECYCLE
	}

	public record Comparison(Origin origin, Workload left, Workload right, Per per, At at) {
		public Comparison(Origin origin, Workload left, Workload right, Per per) {
			this(origin, left, right, per, At.FACILITY);
		}
	}

	public enum Operator {
		LE, LT, GE, GT
	}

	/**
	 * @param text   the source text of the expect statement
	 * @param target name of the training, inference or projection
	 * @param metric as written: {@code energy per request}, {@code carbon}, {@code energy in}, ...
	 * @param limit  SI
	 */
	public record Expectation(Origin origin, String text, String target, String metric, OptionalInt year,
			Operator operator, double limit) {
	}

	/** Everything declared in a set of files, ready to analyse. */
	public record Study(List<Training> trainings, List<Inference> inferences, List<Comparison> comparisons,
			List<Projection> projections, List<Sweep> sweeps, List<Expectation> expectations) {
	}
}

package org.jevons.analysis.training;

import java.util.Arrays;
import java.util.List;

import org.jevons.analysis.Dimension;
import org.jevons.analysis.engine.FigureSpec;

/** The figures of a training, by name; a figure's kernel slot is its ordinal, which nothing else relies on. */
public enum TrainingFigure {
	ENERGY("energy", "Energy", Dimension.ENERGY, "accelerator-hours", "duration", "average power", "accelerator.power",
			"utilisation", "host power", "host share", "reserve", "datacenter.pue", "mfu", "tokens", "flops",
			"model.active", "model.parameters", "accelerator.peak"),
	IT_ENERGY("it_energy", "IT energy", Dimension.ENERGY, "accelerator-hours", "duration", "average power",
			"accelerator.power", "utilisation", "host power", "host share", "reserve", "mfu", "tokens", "flops"),
	CARBON("carbon", "Carbon", Dimension.MASS_CO2E, "datacenter.carbon", "average power", "accelerator-hours",
			"duration", "host share", "reserve", "datacenter.pue", "mfu"),
	WATER("water", "Water", Dimension.WATER, "datacenter.wue", "datacenter.water"),
	ACCELERATOR_HOURS("accelerator_hours", "Accelerator time", Dimension.TIME, "accelerator-hours", "duration",
			"accelerators", "mfu", "tokens", "flops", "accelerator.peak"),
	DURATION("duration", "Wall-clock time", Dimension.TIME, "accelerator-hours", "duration", "accelerators", "mfu"),
	FLOPS("flops", "Training compute", Dimension.COMPUTE, "flops", "tokens", "model.active", "model.parameters"),
	FLOPS_WITH_ATTENTION("flops_with_attention", "Training compute with attention", Dimension.COMPUTE, "tokens",
			"model.active", "model.parameters", "model.attention layers", "model.attention width", "context", "model.window",
			"model.local share"),
	IMPLIED_MFU("implied_mfu", "Implied MFU", Dimension.RATIO, "flops", "tokens", "model.active", "model.parameters", "accelerator-hours",
			"duration", "accelerator.peak"),
	PREDICTED_ACCELERATOR_HOURS("predicted_accelerator_hours", "Predicted accelerator time", Dimension.TIME, "mfu",
			"tokens", "flops", "accelerator.peak"),
	AVERAGE_POWER("average_power", "Average power per accelerator", Dimension.POWER, "average power",
			"accelerator.power", "utilisation", "host power"),
	EMBODIED_CARBON("embodied_carbon", "Embodied carbon (accelerators + servers)", Dimension.MASS_CO2E,
			"accelerator.embodied", "accelerator.lifetime", "node.embodied", "node.lifetime",
			"accelerator-hours", "duration", "mfu"),
	// boundary components (docs/methodology.md, Boundaries), NaN when not counted
	ACCELERATOR_ENERGY("accelerator_energy", "Accelerators (dynamic + idle at load)", Dimension.ENERGY,
			"accelerator-hours", "duration", "average power", "accelerator.power", "utilisation", "mfu", "tokens",
			"flops"),
	HOST_ENERGY("host_energy", "Host (CPU, DRAM, network)", Dimension.ENERGY, "host power", "host share",
			"accelerator-hours", "duration"),
	RESERVE_ENERGY("reserve_energy", "Idle and reserve capacity", Dimension.ENERGY, "reserve", "accelerator-hours",
			"duration", "average power"),
	OVERHEAD_ENERGY("overhead_energy", "Facility overhead (PUE - 1)", Dimension.ENERGY, "datacenter.pue",
			"accelerator-hours", "duration", "average power"),
	DEVELOPMENT_ENERGY("development_energy", "Development (experiments, failed runs)", Dimension.ENERGY,
			"development", "accelerator-hours", "duration", "average power", "datacenter.pue"),
	LIFECYCLE_ENERGY("lifecycle_energy", "Energy incl. development", Dimension.ENERGY, "development",
			"accelerator-hours", "duration", "average power", "accelerator.power", "utilisation", "host power",
			"host share", "reserve", "datacenter.pue", "mfu", "tokens", "flops"),
	MARKET_CARBON("market_carbon", "Carbon (market-based)", Dimension.MASS_CO2E, "datacenter.residual",
			"datacenter.clean share", "datacenter.carbon", "accelerator-hours", "duration", "average power",
			"datacenter.pue"),
	LIFECYCLE_CARBON("lifecycle_carbon", "Carbon incl. embodied and development", Dimension.MASS_CO2E,
			"datacenter.carbon", "development", "accelerator.embodied", "accelerator.lifetime", "node.embodied",
			"node.lifetime", "reserve", "accelerator-hours", "duration", "average power", "datacenter.pue"),
	ONSITE_WATER("onsite_water", "On-site water (cooling)", Dimension.WATER, "datacenter.wue", "accelerator-hours",
			"duration", "average power"),
	OFFSITE_WATER("offsite_water", "Off-site water (generation)", Dimension.WATER, "datacenter.water",
			"accelerator-hours", "duration", "average power", "datacenter.pue");

	static final List<FigureSpec> SPECS = Arrays.stream(values())
			.map(f -> new FigureSpec(f.key, f.label, f.dimension, f.inputs)).toList();

	private final String key;
	private final String label;
	private final Dimension dimension;
	private final List<String> inputs;

	TrainingFigure(String key, String label, Dimension dimension, String... inputs) {
		this.key = key;
		this.label = label;
		this.dimension = dimension;
		this.inputs = List.of(inputs);
	}

	public String key() {
		return key;
	}

	public String label() {
		return label;
	}
}

package org.jevons.analysis.expect;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jevons.analysis.Dimension;
import org.jevons.analysis.Estimate;

/**
 * The one list of {@code expect} metrics: what docs/language.md documents, what the validator accepts and what
 * {@link ExpectationAnalysis} evaluates. A metric outside this list is an error in the editor and a failed
 * expectation in the analysis, never a silent pass.
 */
public final class Metrics {

	/** What an {@code expect} can target. */
	public enum Target {
		TRAINING, INFERENCE, PROJECTION
	}

	/** Besides an amount of the metric's dimension, a limit may be written as one of these. */
	public enum Alternative {
		/** only the amount ({@code 5 Wh}) */
		NONE,
		/** also a rate per time ({@code 50 GWh/year}) */
		RATE,
		/** also an amount per token ({@code 2 J/token}) */
		PER_TOKEN
	}

	/**
	 * @param target  the kind of declaration that has it
	 * @param written as written after the target, normalised ({@code energy per request}); {@code in YEAR} stands
	 *                for a year
	 * @param key     the figure key it tests ({@code energy@YEAR} for a projection year)
	 */
	public record Metric(Target target, String written, String key, Dimension dimension, Alternative alternative) {
	}

	private static final List<Metric> ALL = java.util.stream.Stream.concat(List.of(
			new Metric(Target.TRAINING, "energy", "energy", Dimension.ENERGY, Alternative.NONE),
			new Metric(Target.TRAINING, "it energy", "it_energy", Dimension.ENERGY, Alternative.NONE),
			new Metric(Target.TRAINING, "carbon", "carbon", Dimension.MASS_CO2E, Alternative.NONE),
			new Metric(Target.TRAINING, "water", "water", Dimension.WATER, Alternative.NONE),
			new Metric(Target.TRAINING, "cost", "cost", Dimension.CURRENCY, Alternative.NONE),
			new Metric(Target.TRAINING, "accelerator-hours", "accelerator_hours", Dimension.TIME, Alternative.NONE),
			new Metric(Target.INFERENCE, "energy per request", "energy_per_request", Dimension.ENERGY,
					Alternative.NONE),
			new Metric(Target.INFERENCE, "energy per token", "energy_per_token", Dimension.ENERGY,
					Alternative.PER_TOKEN),
			new Metric(Target.INFERENCE, "carbon per request", "carbon_per_request", Dimension.MASS_CO2E,
					Alternative.NONE),
			new Metric(Target.INFERENCE, "water per request", "water_per_request", Dimension.WATER, Alternative.NONE),
			new Metric(Target.INFERENCE, "cost per request", "cost_per_request", Dimension.CURRENCY, Alternative.NONE),
			new Metric(Target.INFERENCE, "energy per year", "annual_energy", Dimension.ENERGY, Alternative.RATE),
			new Metric(Target.INFERENCE, "carbon per year", "annual_carbon", Dimension.MASS_CO2E, Alternative.RATE),
			new Metric(Target.INFERENCE, "water per year", "annual_water", Dimension.WATER, Alternative.RATE),
			new Metric(Target.INFERENCE, "cost per year", "annual_cost", Dimension.CURRENCY, Alternative.RATE),
			new Metric(Target.PROJECTION, "energy in YEAR", "energy@YEAR", Dimension.ENERGY, Alternative.NONE),
			new Metric(Target.PROJECTION, "carbon in YEAR", "carbon@YEAR", Dimension.MASS_CO2E, Alternative.NONE),
			new Metric(Target.PROJECTION, "rebound", "rebound", Dimension.RATIO, Alternative.NONE),
			new Metric(Target.PROJECTION, "deviation", "deviation", Dimension.RATIO, Alternative.NONE),
			new Metric(Target.PROJECTION, "break_even_elasticity", "break_even_elasticity", Dimension.RATIO,
					Alternative.NONE)).stream(), boundaries().stream()).toList();

	/**
	 * A figure at a chosen boundary (docs/methodology.md, Boundaries): each component and lifecycle total, written
	 * as its key reads ({@code host energy per request} tests {@code host_energy_per_request}).
	 */
	private static List<Metric> boundaries() {
		List<Metric> metrics = new java.util.ArrayList<>();
		for (String energy : List.of("accelerator", "host", "reserve", "overhead", "development", "lifecycle")) {
			metrics.add(boundary(Target.TRAINING, energy + " energy", Dimension.ENERGY));
		}
		for (String energy : List.of("accelerator", "host", "reserve", "overhead", "training", "lifecycle")) {
			metrics.add(boundary(Target.INFERENCE, energy + " energy per request", Dimension.ENERGY));
		}
		for (String carbon : List.of("market", "embodied", "lifecycle")) {
			metrics.add(boundary(Target.TRAINING, carbon + " carbon", Dimension.MASS_CO2E));
		}
		for (String carbon : List.of("market", "embodied", "training", "lifecycle")) {
			metrics.add(boundary(Target.INFERENCE, carbon + " carbon per request", Dimension.MASS_CO2E));
		}
		for (String water : List.of("onsite", "offsite")) {
			metrics.add(boundary(Target.TRAINING, water + " water", Dimension.WATER));
			metrics.add(boundary(Target.INFERENCE, water + " water per request", Dimension.WATER));
		}
		return metrics;
	}

	private static Metric boundary(Target target, String written, Dimension dimension) {
		return new Metric(target, written, written.replace(' ', '_'), dimension, Alternative.NONE);
	}

	private Metrics() {
	}

	public static List<Metric> all() {
		return ALL;
	}

	/** The metrics of one kind of target, in documentation order. */
	public static List<Metric> of(Target target) {
		return ALL.stream().filter(m -> m.target() == target).toList();
	}

	/** The metric a target kind has under this (normalised or not) name. */
	public static Optional<Metric> find(Target target, String written) {
		String n = withoutStatistic(written);
		return ALL.stream().filter(m -> m.target() == target && normalise(m.written()).equals(n)).findFirst();
	}

	/**
	 * The statistic an {@code expect} tests: a leading {@code p05}, {@code p50}, {@code p95} or {@code nominal}
	 * ({@code p95 energy per request}); without one, the central (nominal) value every view shows.
	 */
	public static Estimate.Statistic statistic(String written) {
		String[] words = normalise(written).split(" ", 2);
		return words.length == 2 ? Estimate.Statistic.parse(words[0]).orElse(Estimate.Statistic.NOMINAL)
				: Estimate.Statistic.NOMINAL;
	}

	/** The metric without a leading statistic word, normalised. */
	public static String withoutStatistic(String written) {
		return normalise(named(written));
	}

	/**
	 * The metric as written, without a leading statistic word: {@code p95 accelerator-hours} names
	 * {@code accelerator-hours}.
	 */
	public static String named(String written) {
		String[] words = written.trim().split("\\s+", 2);
		return words.length == 2 && Estimate.Statistic.parse(normalise(words[0])).isPresent() ? words[1]
				: written.trim();
	}

	/** Lower case, one space between words, {@code accelerator hours} = {@code accelerator-hours}. */
	public static String normalise(String metric) {
		return metric.trim().toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ').replaceAll("\\s+", " ");
	}
}

package org.jevons.attribution;

import java.util.List;
import java.util.Optional;

import org.jevons.analysis.Estimate;
import org.jevons.analysis.engine.Quantiles;

/**
 * The totals of one aggregate (one value of the {@code --by} columns): requests, tokens, and energy, carbon and water
 * — nominal, and per Monte Carlo sample, from which the percentiles come. Requests of workloads without uncertain
 * inputs add the same amount to every sample; they are kept as one sum ({@link #certain}) instead of being added
 * {@code samples} times.
 */
public final class Group implements java.io.Serializable {
	private static final long serialVersionUID = 1L;
	private final List<String> key;
	private long requests;
	private double promptTokens, outputTokens;
	private final double[] nominal = new double[WorkloadEvaluator.FIGURES.length];
	private final double[] certain = new double[WorkloadEvaluator.FIGURES.length];
	/** [figure][sample] */
	private final double[][] samples;

	Group(List<String> key, int samples) {
		this.key = List.copyOf(key);
		this.samples = new double[WorkloadEvaluator.FIGURES.length][samples];
	}

	/** The values of the {@code --by} columns. */
	public List<String> key() {
		return key;
	}

	public long requests() {
		return requests;
	}

	public double promptTokens() {
		return promptTokens;
	}

	public double outputTokens() {
		return outputTokens;
	}

	/** Nominal total of figure {@code f} (0 energy J, 1 carbon kg, 2 water L; NaN where the boundary has none). */
	public double nominal(int f) {
		return nominal[f];
	}

	/** p05/p50/p95 of the total of figure {@code f} over the Monte Carlo samples; empty without samples. */
	public Optional<Estimate.Percentiles> percentiles(int f) {
		if (samples[f].length == 0) {
			return Optional.empty();
		}
		double[] totals = samples[f].clone();
		for (int s = 0; s < totals.length; s++) {
			totals[s] += certain[f];
		}
		return Quantiles.of(totals);
	}

	void count(double prompt, double output) {
		requests++;
		promptTokens += prompt;
		outputTokens += output;
	}

	void addNominal(int f, double value, boolean uncertain) {
		nominal[f] += value;
		if (!uncertain) {
			certain[f] += value;
		}
	}

	void addSample(int f, int s, double value) {
		samples[f][s] += value;
	}

	/** A group with this one's key and number of samples and nothing added yet, to merge partitions into. */
	public Group emptyCopy() {
		return new Group(key, samples[0].length);
	}

	/** Adds another partition's totals of the same key (Spark). */
	public void merge(Group other) {
		requests += other.requests;
		promptTokens += other.promptTokens;
		outputTokens += other.outputTokens;
		for (int f = 0; f < nominal.length; f++) {
			nominal[f] += other.nominal[f];
			certain[f] += other.certain[f];
			for (int s = 0; s < samples[f].length; s++) {
				samples[f][s] += other.samples[f][s];
			}
		}
	}
}

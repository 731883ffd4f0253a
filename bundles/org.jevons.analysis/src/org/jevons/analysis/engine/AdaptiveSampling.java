package org.jevons.analysis.engine;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jevons.analysis.Cancellation;
import org.jevons.analysis.Estimate;

/**
 * How many Monte Carlo samples make p05/p50/p95 of some figures precise enough ({@code --samples auto}).
 * <p>
 * Batch means: the first n samples are cut into {@value #BATCHES} contiguous batches and each percentile is
 * computed per batch. The percentile of all n samples has about 1/{@value #BATCHES} of the batches' variance, so
 * its 95 % confidence half-width is t · sd(batch percentiles) / √{@value #BATCHES} (Student's t with 19 degrees of
 * freedom). When every percentile of every figure has a half-width within the rule's relative precision, n is
 * the answer; otherwise n grows to what the 1/√n law says is needed (with 10 % to spare, at least doubling and at
 * most quadrupling per step: a percentile on an atom of the distribution settles faster than that law) until the
 * rule's maximum. Samples are counter-based, so the analysis afterwards computes exactly the n samples judged
 * here; a run with the same seed always chooses the same n, on any number of threads.
 */
public final class AdaptiveSampling {
	/** Batches of the batch-means estimate. */
	public static final int BATCHES = 20;
	/** Student's t at 97.5 % with {@code BATCHES − 1} = 19 degrees of freedom: a two-sided 95 % interval. */
	static final double T_95 = 2.093;
	private static final String[] LEVELS = { "p05", "p50", "p95" };

	private AdaptiveSampling() {
	}

	/**
	 * When to stop.
	 *
	 * @param precision relative half-width of the 95 % confidence interval every percentile must reach (0.005: ±0.5 %)
	 * @param minimum   the fewest samples, also the answer when nothing is uncertain
	 * @param maximum   the most samples: above, the run stops and says which percentile is not yet precise
	 */
	public record Rule(double precision, int minimum, int maximum) {
		public static final Rule DEFAULT = new Rule(0.005, 10_000, 10_000_000);

		public Rule {
			if (!(precision > 0) || minimum < BATCHES || maximum < minimum) {
				throw new IllegalArgumentException("need precision > 0 and " + BATCHES + " <= minimum <= maximum");
			}
		}
	}

	/** A figure to make precise: one column of samples (e.g. a workload's headline figure). */
	public record Target(String label, SampleStream stream) {
		public Target {
			if (stream.width() != 1) {
				throw new IllegalArgumentException("a target is one column, not " + stream.width());
			}
		}
	}

	/**
	 * The chosen number of samples and why.
	 *
	 * @param samples   the count
	 * @param precision the widest relative 95 % half-width at that count (0 when nothing varies)
	 * @param widest    the figure and percentile with that half-width, e.g. {@code R1_chat energy_per_request p05};
	 *                  empty when nothing is uncertain
	 * @param rule      the rule applied
	 */
	public record Choice(int samples, double precision, Optional<String> widest, Rule rule) {
		/** Whether the maximum was reached before the precision. */
		public boolean capped() {
			return precision > rule.precision();
		}

		/** One sentence for a user: how many samples and why. */
		public String describe() {
			String count = count(samples);
			if (widest.isEmpty()) {
				return count + " samples (the minimum: no headline figure is uncertain)";
			}
			String reached = String.format(Locale.ROOT, "±%s %% at 95 %% confidence (%s)", percent(precision),
					widest.get());
			if (capped()) {
				return count + " samples (the maximum): the widest percentile is " + reached + ", not yet ±"
						+ percent(rule.precision()) + " %";
			}
			return count + " samples: p05, p50 and p95 of every headline figure within ±" + percent(rule.precision())
					+ " % at 95 % confidence (widest " + reached + ")";
		}

		private static String count(int n) {
			return String.format(Locale.ROOT, "%,d", n).replace(',', ' ');
		}

		private static String percent(double relative) {
			return String.format(Locale.ROOT, "%.2g", 100 * relative);
		}
	}

	/** The fewest samples (on the rule's 1/√n steps) at which every target's percentiles meet the rule. */
	public static Choice choose(List<Target> targets, Rule rule, boolean parallel, Cancellation cancellation) {
		if (targets.isEmpty()) {
			return new Choice(rule.minimum(), 0, Optional.empty(), rule);
		}
		int n = rule.minimum();
		while (true) {
			double widest = 0;
			String where = targets.get(0).label() + " " + LEVELS[0];
			for (Target target : targets) {
				double[] halfWidths = relativeHalfWidths(target.stream(), n, parallel, cancellation);
				for (int q = 0; q < halfWidths.length; q++) {
					if (halfWidths[q] > widest) {
						widest = halfWidths[q];
						where = target.label() + " " + LEVELS[q];
					}
				}
			}
			if (widest <= rule.precision() || n >= rule.maximum()) {
				return new Choice(n, widest, Optional.of(where), rule);
			}
			// a figure with atoms (e.g. an integer batch size) converges faster than 1/√n: at most 4× per step
			double ratio = widest / rule.precision();
			double needed = Math.min(4.0 * n, Math.max(2.0 * n, 1.1 * n * ratio * ratio));
			n = (int) Math.min(rule.maximum(), roundUp(needed));
		}
	}

	/**
	 * The relative 95 % half-width of p05, p50 and p95 of samples {@code 0 .. n-1}, from {@link #BATCHES} batches;
	 * zeros for a column with a sample that is not a number (its percentiles are not reported, so not waited for).
	 */
	static double[] relativeHalfWidths(SampleStream stream, int n, boolean parallel, Cancellation cancellation) {
		double[][] perBatch = new double[LEVELS.length][BATCHES];
		for (int b = 0; b < BATCHES; b++) {
			long from = (long) n * b / BATCHES;
			int size = (int) ((long) n * (b + 1) / BATCHES - from);
			Optional<Estimate.Percentiles> p = Quantiles
					.of(Passes.materialise(stream, from, size, parallel, cancellation)[0]);
			if (p.isEmpty()) {
				return new double[LEVELS.length];
			}
			perBatch[0][b] = p.get().p05();
			perBatch[1][b] = p.get().p50();
			perBatch[2][b] = p.get().p95();
		}
		double[] mean = new double[LEVELS.length];
		double[] halfWidth = new double[LEVELS.length];
		for (int q = 0; q < LEVELS.length; q++) {
			double sum = 0;
			for (double x : perBatch[q]) {
				sum += x;
			}
			mean[q] = sum / BATCHES;
			double squares = 0;
			for (double x : perBatch[q]) {
				squares += (x - mean[q]) * (x - mean[q]);
			}
			halfWidth[q] = T_95 * Math.sqrt(squares / (BATCHES - 1) / BATCHES);
		}
		// a percentile at zero is judged against the spread of the figure instead
		double spread = Math.abs(mean[2] - mean[0]);
		double[] relative = new double[LEVELS.length];
		for (int q = 0; q < LEVELS.length; q++) {
			double scale = mean[q] != 0 ? Math.abs(mean[q]) : spread;
			relative[q] = halfWidth[q] == 0 ? 0 : scale > 0 ? halfWidth[q] / scale : Double.POSITIVE_INFINITY;
		}
		return relative;
	}

	/** n rounded up to two significant digits, so that chosen counts read well (12 000, 2 300 000). */
	static long roundUp(double n) {
		long step = 1;
		while (n / step >= 100) {
			step *= 10;
		}
		return (long) Math.ceil(n / step) * step;
	}
}

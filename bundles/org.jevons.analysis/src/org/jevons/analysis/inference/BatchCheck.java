package org.jevons.analysis.inference;

import java.util.List;
import java.util.Locale;

import org.jevons.analysis.Problem;
import org.jevons.analysis.spec.Specs.Inference;

/**
 * What the batch of an inference is and why, from the kernel's own figures at the nominal point: a stated batch
 * whose KV cache does not fit is a warning with the numbers; a derived batch names its limit (memory, the server's
 * cap, the latency target); a latency target below the step time of a single sequence is an error.
 */
final class BatchCheck {
	private BatchCheck() {
	}

	static void check(Inference i, InferenceModel model, List<Problem> problems, List<String> assumptions) {
		String name = "inference " + i.name();
		double[] nominal = model.space().nominal();
		double[] out = new double[model.kernel().figures().size()];
		model.kernel().evaluate(nominal, out);
		double maxBatch = out[InferenceFigure.MAX_BATCH.ordinal()];
		double cap = nominal[model.batchCap];
		boolean memoryKnown = i.on().accelerator().memory().isPresent();
		if (i.batch().isPresent()) {
			double batch = i.batch().get().nominal();
			if (memoryKnown && Double.isNaN(maxBatch)) {
				problems.add(Problem.warning(i.origin(), name + ": the weights leave no memory for the KV cache on "
						+ count(nominal[model.accelerators]) + " x " + i.on().accelerator().name()));
			} else if (memoryKnown && batch > maxBatch && maxBatch < cap) {
				problems.add(Problem.warning(i.origin(), name + ": batch " + count(batch) + " does not fit: the KV"
						+ " cache of at most " + count(maxBatch) + " sequences fits beside the weights ("
						+ gigabytes(out[InferenceFigure.KV_CACHE_MEMORY.ordinal()]) + " free); use batch " + count(maxBatch)
						+ " or more accelerators"));
			}
			assumptions.add("batch " + count(batch) + " as stated (a mean number of running sequences: it may be"
					+ " fractional)");
			return;
		}
		if (!memoryKnown) {
			problems.add(Problem.error(i.origin(), name + " states no batch and accelerator "
					+ i.on().accelerator().name() + " states no memory: the batch cannot be derived; state `batch`"));
			return;
		}
		if (Double.isNaN(maxBatch)) {
			problems.add(Problem.error(i.origin(), name + ": the weights leave no memory for the KV cache on "
					+ count(nominal[model.accelerators]) + " x " + i.on().accelerator().name()
					+ ": use more accelerators or a lower precision, or state `batch`"));
			return;
		}
		double batch = out[InferenceFigure.BATCH.ordinal()];
		if (i.latency().isPresent()) {
			double target = i.latency().get().nominal();
			if (Double.isNaN(batch)) {
				double[] single = nominal.clone();
				single[model.batch] = 1;
				model.kernel().evaluate(single, out);
				problems.add(Problem.error(i.origin(), name + ": latency " + millis(target) + " per token is below"
						+ " the step time of a single sequence (" + millis(out[InferenceFigure.DECODE_STEP_TIME.ordinal()])
						+ "): no batch meets it"));
				return;
			}
			if (batch < maxBatch) {
				assumptions.add("batch " + count(batch) + ": the largest whose decode step meets latency "
						+ millis(target) + " per token (memory would allow " + count(maxBatch) + ")");
				return;
			}
		}
		assumptions.add("batch " + count(batch) + ": " + (batch >= cap ? "the server's cap on running sequences"
				+ " (memory would allow more)" : "the largest whose KV cache fits beside the weights ("
						+ gigabytes(out[InferenceFigure.KV_CACHE_MEMORY.ordinal()]) + " free), rounded down to a whole sequence"));
	}

	private static String count(double x) {
		return x == Math.rint(x) ? String.valueOf((long) x) : String.format(Locale.ROOT, "%.1f", x);
	}

	private static String gigabytes(double bytes) {
		return String.format(Locale.ROOT, "%.1f GB", bytes / 1e9);
	}

	private static String millis(double seconds) {
		return String.format(Locale.ROOT, "%.1f ms", seconds * 1e3);
	}
}

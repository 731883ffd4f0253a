package org.jevons.analysis.sweep;

import java.util.stream.IntStream;

import org.jevons.analysis.Cancellation;
import org.jevons.analysis.engine.Block;
import org.jevons.analysis.engine.Kernel;

/**
 * Evaluates a kernel over the cartesian product of varied parameters into one row-major table. Points are
 * split into fixed chunks; each chunk owns one parameter vector and one output vector and walks its points with
 * an odometer, so no point allocates.
 */
public final class SweepGrid {
	private static final int CHUNK = 16_384;

	private SweepGrid() {
	}

	/**
	 * @param base     the nominal parameter vector
	 * @param varied   indices of the varied parameters, the first one changing slowest
	 * @param values   the values of each varied parameter
	 * @param outputs  indices of the kernel outputs to tabulate after the varied values
	 * @return rows × (varied + outputs) values
	 */
	public static double[] evaluate(Kernel kernel, double[] base, int[] varied, double[][] values, int[] outputs,
			boolean parallel) {
		return evaluate(kernel, base, varied, values, outputs, parallel, Cancellation.NONE);
	}

	/** As {@link #evaluate(Kernel, double[], int[], double[][], int[], boolean)}, stopping when cancelled. */
	public static double[] evaluate(Kernel kernel, double[] base, int[] varied, double[][] values, int[] outputs,
			boolean parallel, Cancellation cancellation) {
		int dimensions = varied.length;
		long total = points(values);
		if (total > Integer.MAX_VALUE / Math.max(1, dimensions + outputs.length)) {
			throw new IllegalArgumentException("sweep of " + total + " points is too large for one table");
		}
		int rows = (int) total;
		int width = dimensions + outputs.length;
		double[] data = new double[rows * width];
		int kernelOutputs = kernel.figures().size();
		int chunks = (rows + CHUNK - 1) / CHUNK;
		IntStream range = IntStream.range(0, chunks);
		(parallel ? range.parallel() : range).forEach(chunk -> {
			if (cancellation.isCancelled()) {
				return; // the remaining chunks end at once; check() below ends the run
			}
			double[] parameters = base.clone();
			Block block = new Block(base, kernelOutputs);
			double[][] out = new double[outputs.length][Block.SIZE];
			int[] digit = new int[dimensions];
			int start = chunk * CHUNK;
			int end = Math.min(rows, start + CHUNK);
			int rest = start;
			for (int d = dimensions - 1; d >= 0; d--) {
				digit[d] = rest % values[d].length;
				rest /= values[d].length;
			}
			for (int d = 0; d < dimensions; d++) {
				parameters[varied[d]] = values[d][digit[d]];
			}
			// points go through the kernel a block at a time: the same code as Monte Carlo, at its speed
			for (int first = start; first < end; first += Block.SIZE) {
				int n = Math.min(Block.SIZE, end - first);
				for (int r = 0; r < n; r++) {
					for (int d = 0; d < dimensions; d++) {
						block.in(varied[d])[r] = parameters[varied[d]];
					}
					advance(parameters, varied, values, digit);
				}
				block.size(n);
				kernel.evaluate(block, outputs, out, 0);
				for (int r = 0; r < n; r++) {
					int at = (first + r) * width;
					for (int d = 0; d < dimensions; d++) {
						data[at + d] = block.in(varied[d])[r];
					}
					for (int k = 0; k < outputs.length; k++) {
						data[at + dimensions + k] = out[k][r];
					}
				}
			}
		});
		cancellation.check();
		return data;
	}

	/** Moves the odometer to the next point: the last dimension changes fastest. */
	private static void advance(double[] parameters, int[] varied, double[][] values, int[] digit) {
		for (int d = varied.length - 1; d >= 0; d--) {
			if (++digit[d] < values[d].length) {
				parameters[varied[d]] = values[d][digit[d]];
				return;
			}
			digit[d] = 0;
			parameters[varied[d]] = values[d][0];
		}
	}

	public static long points(double[][] values) {
		long total = 1;
		for (double[] v : values) {
			total *= v.length;
		}
		return total;
	}
}

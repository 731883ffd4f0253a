package org.jevons.analysis.sweep;

import java.util.stream.IntStream;

import org.jevons.analysis.Cancellation;
import org.jevons.analysis.SweepTable;
import org.jevons.analysis.engine.Block;
import org.jevons.analysis.engine.Kernel;

/**
 * Evaluates a kernel over the cartesian product of varied parameters, row-major: the varied values, then the
 * outputs. Points are split into fixed chunks; each chunk owns one parameter vector and one output vector and
 * walks its points with an odometer, so no point allocates. As a {@link SweepTable} the grid computes any range
 * of rows when it is read, so a sweep needs no memory for its rows.
 */
public final class SweepGrid implements SweepTable {
	private static final int CHUNK = 16_384;
	private final Kernel kernel;
	private final double[] base;
	private final int[] varied;
	private final double[][] values;
	private final int[] outputs;
	private final boolean parallel;

	/**
	 * @param base    the nominal parameter vector
	 * @param varied  indices of the varied parameters, the first one changing slowest
	 * @param values  the values of each varied parameter
	 * @param outputs indices of the kernel outputs to tabulate after the varied values
	 */
	public SweepGrid(Kernel kernel, double[] base, int[] varied, double[][] values, int[] outputs,
			boolean parallel) {
		this.kernel = kernel;
		this.base = base.clone();
		this.varied = varied.clone();
		this.values = values.clone();
		this.outputs = outputs.clone();
		this.parallel = parallel;
	}

	@Override
	public int width() {
		return varied.length + outputs.length;
	}

	public long rows() {
		return points(values);
	}

	@Override
	public void fill(long first, int n, double[] out) {
		fill(first, n, out, Cancellation.NONE);
	}

	private void fill(long first, int n, double[] out, Cancellation cancellation) {
		int chunks = (n + CHUNK - 1) / CHUNK;
		IntStream range = IntStream.range(0, chunks);
		(parallel && chunks > 1 ? range.parallel() : range).forEach(chunk -> {
			if (!cancellation.isCancelled()) {
				int start = chunk * CHUNK;
				chunk(first + start, Math.min(CHUNK, n - start), out, start * width());
			}
		});
		cancellation.check();
	}

	/**
	 * Rows {@code first .. first+n-1} into {@code out} from {@code at}. Points go through the kernel a block at a
	 * time: the same code as Monte Carlo and the nominal point, at Monte Carlo's speed.
	 */
	private void chunk(long first, int n, double[] out, int at) {
		int dimensions = varied.length;
		int width = width();
		double[] parameters = base.clone();
		Block block = new Block(base, kernel.figures().size());
		double[][] result = new double[outputs.length][Block.SIZE];
		int[] digit = new int[dimensions];
		long rest = first;
		for (int d = dimensions - 1; d >= 0; d--) {
			digit[d] = (int) (rest % values[d].length);
			rest /= values[d].length;
		}
		for (int d = 0; d < dimensions; d++) {
			parameters[varied[d]] = values[d][digit[d]];
		}
		for (int done = 0; done < n; done += Block.SIZE) {
			int rows = Math.min(Block.SIZE, n - done);
			for (int r = 0; r < rows; r++) {
				for (int d = 0; d < dimensions; d++) {
					block.in(varied[d])[r] = parameters[varied[d]];
				}
				advance(parameters, digit);
			}
			block.size(rows);
			kernel.evaluate(block, outputs, result, 0);
			for (int r = 0; r < rows; r++) {
				int cell = at + (done + r) * width;
				for (int d = 0; d < dimensions; d++) {
					out[cell + d] = block.in(varied[d])[r];
				}
				for (int k = 0; k < outputs.length; k++) {
					out[cell + dimensions + k] = result[k][r];
				}
			}
		}
	}

	/** Every row in memory: rows × (varied + outputs) values. */
	public static double[] evaluate(Kernel kernel, double[] base, int[] varied, double[][] values, int[] outputs,
			boolean parallel) {
		return evaluate(kernel, base, varied, values, outputs, parallel, Cancellation.NONE);
	}

	/** As {@link #evaluate(Kernel, double[], int[], double[][], int[], boolean)}, stopping when cancelled. */
	public static double[] evaluate(Kernel kernel, double[] base, int[] varied, double[][] values, int[] outputs,
			boolean parallel, Cancellation cancellation) {
		SweepGrid grid = new SweepGrid(kernel, base, varied, values, outputs, parallel);
		long total = grid.rows();
		if (total > Integer.MAX_VALUE / Math.max(1, grid.width())) {
			throw new IllegalArgumentException("sweep of " + total + " points is too large for one table");
		}
		double[] data = new double[(int) total * grid.width()];
		grid.fill(0, (int) total, data, cancellation);
		return data;
	}

	/** Moves the odometer to the next point: the last dimension changes fastest. */
	private void advance(double[] parameters, int[] digit) {
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

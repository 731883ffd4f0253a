package org.jevons.attribution;

import org.jevons.analysis.engine.Block;

/**
 * A batch of attributed requests, in log order, as {@link RequestSink}s receive it. Columns are arrays of
 * {@link Block#SIZE}; entries {@code [0, size())} are valid. Energy in Wh, carbon in gCO2e, water in mL per request
 * ({@link Double#NaN} where the workload's boundary has no carbon or water figure).
 */
public final class Requests {
	public final String[] source = new String[Block.SIZE];
	public final long[] row = new long[Block.SIZE];
	/** Microseconds since the epoch, or {@link LogRow#NO_TIME}. */
	public final long[] time = new long[Block.SIZE];
	public final String[] model = new String[Block.SIZE];
	public final String[] workload = new String[Block.SIZE];
	public final double[] prompt = new double[Block.SIZE];
	public final double[] reasoning = new double[Block.SIZE];
	public final double[] answer = new double[Block.SIZE];
	public final double[] energyWh = new double[Block.SIZE];
	public final double[] carbonG = new double[Block.SIZE];
	public final double[] waterMl = new double[Block.SIZE];
	final int[] workloadIndex = new int[Block.SIZE];
	final double[] carbonIntensity = new double[Block.SIZE];
	final Group[] group = new Group[Block.SIZE];
	int size;

	public int size() {
		return size;
	}
}

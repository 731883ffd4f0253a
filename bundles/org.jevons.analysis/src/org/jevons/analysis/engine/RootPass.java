package org.jevons.analysis.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.IntStream;

import org.jevons.analysis.Cancellation;

/**
 * Pass 1 of {@link StreamQuantiles}: one histogram per column over the range of a pilot of the first samples, each
 * column's extremes — and the members of the bins the pilot predicts to hold the wanted ranks, so that in most
 * runs pass 1 is the only pass.
 * <p>
 * The pilot is held in memory and counted as it is (the pass then starts after it). From its own histogram, each
 * wanted rank lies near a pilot rank; the bins holding the pilot ranks within ± z standard errors of that rank's
 * quantile are kept (z = 6, or less when memory is short). Once every sample is counted, a rank whose bin was kept
 * is exactly the (rank − count of lower bins)-th of that bin's members in sorted order; one whose bin was not kept
 * (a chance of about 10⁻⁶ per percentile at z = 5) is left to the refinement passes. The kept members of a column
 * that outgrew twice their expected number are dropped (only a stream whose first samples are unlike the rest
 * does that), and its ranks are refined too.
 * <p>
 * A column that is an image of another in the pilot ({@link Scaling}: a copy, or a constant multiple) is
 * checked instead of counted; its order statistics are its original's images. If it departs after the pilot (only a
 * formula that branches on its values could), it is counted in a pass of its own. A column constant in the pilot is
 * compared with its constant block by block ({@link GroupCounts}).
 */
final class RootPass {
	/** Window half-widths tried, in standard errors of the pilot's quantile: the widest that fits the memory. */
	private static final double[] WIDTHS = { 6, 5, 4.5, 4, 3.5 };

	/**
	 * How many pilot samples a run takes (at least {@code minPilot}, at most {@code maxPilot} and {@code pilotValues}
	 * samples × columns) and how many values its kept bins may hold.
	 */
	record Limits(int minPilot, int maxPilot, long pilotValues, long keptValues) {
		/**
		 * Pilots of 64 Ki to 1 Mi samples within a quarter of the heap; kept members within a fifth (the pilot's
		 * samples are dropped once counted, before the pass keeps many).
		 */
		static Limits ofHeap(long heapBytes) {
			return new Limits(1 << 16, 1 << 20, heapBytes / 4 / Double.BYTES, heapBytes / 5 / Double.BYTES);
		}
	}

	final double[] lo, scale, min, max;
	final long[][] counts;
	final int bins;
	/** Per column, whether each bin's members are kept; and the kept members (empty when dropped). */
	final boolean[][] keep;
	final long[] expected;
	private final double[][] kept;
	/** Per column, the scaling it stayed an image by over every sample, if any: such a column is not counted. */
	private final List<Optional<Scaling>> scalings;
	/** Per column constant in the pilot (and not NaN), a block of that constant, and its bin; else empty. */
	final double[][] constantBlock;
	final int[] constantBin;

	private RootPass(int width, int bins) {
		this.bins = bins;
		lo = new double[width];
		scale = new double[width];
		min = new double[width];
		max = new double[width];
		counts = new long[width][bins + 2];
		keep = new boolean[width][bins + 2];
		expected = new long[width];
		kept = new double[width][];
		scalings = new ArrayList<>(Collections.nCopies(width, Optional.empty()));
		constantBlock = new double[width][0];
		constantBin = new int[width];
	}

	/** Counts samples {@code 0 .. n-1} of every column, keeping the members of the bins around {@code ranks}. */
	static RootPass run(SampleStream stream, int n, int bins, long[] ranks, Limits limits, boolean parallel,
			Cancellation cancellation) {
		int width = stream.width();
		RootPass root = new RootPass(width, bins);
		int pilot = (int) Math.min(n, Math.max(limits.minPilot(),
				Math.min(limits.maxPilot(), limits.pilotValues() / Math.max(1, width))));
		boolean[] extremes = new boolean[width];
		double[][] head = Passes.materialise(stream, pilot, parallel, cancellation);
		GroupCounts first = root.pilot(head, n, ranks, limits, extremes, parallel);
		boolean[] counted = new boolean[width];
		for (int j = 0; j < width; j++) {
			counted[j] = root.scalings.get(j).isEmpty();
		}
		double share = (double) (n - pilot) / n / Passes.groups((long) n - pilot);
		Passes.Body<GroupCounts> count = (p, columns, from, size) -> p.count(columns, size, extremes);
		List<GroupCounts> partials = Passes.run(stream, pilot, (long) n - pilot, parallel, cancellation,
				g -> new GroupCounts(root, share, counted, root.scalings), count);
		root.merge(first, partials, extremes, counted);
		boolean[] broken = new boolean[width];
		for (int j = 0; j < width; j++) {
			int column = j;
			broken[j] = partials.stream().anyMatch(p -> p.broken[column]);
			if (broken[j]) {
				root.scalings.set(j, Optional.empty());
			}
		}
		if (IntStream.range(0, width).anyMatch(j -> broken[j])) {
			List<Optional<Scaling>> none = Collections.nCopies(width, Optional.empty());
			root.merge(first, Passes.run(stream, pilot, (long) n - pilot, parallel, cancellation,
					g -> new GroupCounts(root, share, broken, none), count), extremes, broken);
		}
		return root;
	}

	/** The scaling column j is an image of its original by over every sample, if any. */
	Optional<Scaling> scaling(int j) {
		return scalings.get(j);
	}

	/** Sets the ranges and the kept bins from the pilot, and counts it. */
	private GroupCounts pilot(double[][] head, int n, long[] ranks, Limits limits, boolean[] extremes,
			boolean parallel) {
		int pilot = head.length == 0 ? 0 : head[0].length;
		int[][] pilotCounts = new int[head.length][bins + 2];
		IntStream columns = IntStream.range(0, head.length);
		(parallel ? columns.parallel() : columns).forEach(j -> {
			double l = Double.POSITIVE_INFINITY, h = Double.NEGATIVE_INFINITY;
			for (double x : head[j]) {
				if (Double.isFinite(x)) {
					l = Math.min(l, x);
					h = Math.max(h, x);
				}
			}
			lo[j] = l <= h ? l : 0;
			scale[j] = scale(bins, lo[j], l <= h ? h : 0);
			extremes[j] = !(l < h);
			for (double x : head[j]) {
				pilotCounts[j][bin(x, lo[j], scale[j], bins)]++;
			}
		});
		findScalings(head, extremes);
		chooseKept(pilotCounts, extremes, n, pilot, ranks, limits.keptValues());
		findConstants(head, extremes);
		boolean[] all = new boolean[head.length];
		Arrays.fill(all, true);
		GroupCounts counted = new GroupCounts(this, pilot == 0 ? 0 : (double) pilot / n, all,
				Collections.nCopies(head.length, Optional.empty()));
		// columns are independent in a partial: the pilot's are counted in parallel
		(parallel ? IntStream.range(0, head.length).parallel() : IntStream.range(0, head.length))
				.forEach(j -> counted.countAll(j, head[j], extremes[j]));
		return counted;
	}

	/** A block of each column's value for the columns that repeat one value (not NaN) over the pilot, bit for bit. */
	private void findConstants(double[][] head, boolean[] extremes) {
		for (int j = 0; j < head.length; j++) {
			if (extremes[j] && head[j].length > 0 && !Double.isNaN(head[j][0])) {
				double[] block = new double[Block.SIZE];
				Arrays.fill(block, head[j][0]);
				int b = bin(head[j][0], lo[j], scale[j], bins);
				if (!GroupCounts.flagged(keep[j], b) && repeats(block, head[j])) {
					constantBlock[j] = block;
					constantBin[j] = b;
				}
			}
		}
	}

	/** Whether {@code values} is {@code block}'s value over and over, bit for bit (as Double.equals). */
	private static boolean repeats(double[] block, double[] values) {
		for (int from = 0; from < values.length; from += block.length) {
			int size = Math.min(block.length, values.length - from);
			if (Arrays.mismatch(block, 0, size, values, from, from + size) >= 0) {
				return false;
			}
		}
		return true;
	}

	/**
	 * For each column that varies in the pilot, an other column it is an image of there ({@link Scaling#find}) —
	 * a copy (a lifecycle's accelerator energy of the IT energy), a carbon of an energy at a fixed intensity, an IT
	 * energy of accelerator-hours at a fixed power, a yearly figure of a per-request one — among those that are no
	 * image themselves: first an earlier column, then a later one. A column whose own images are all copies passes
	 * them on to its original (a copy of an image is that image again, bit for bit); one with other images stays
	 * counted, since two roundings are not one.
	 */
	private void findScalings(double[][] head, boolean[] extremes) {
		for (boolean later : new boolean[] { false, true }) {
			for (int j = 0; j < head.length; j++) {
				int column = j;
				boolean passesOn = IntStream.range(0, head.length).allMatch(k -> scalings.get(k)
						.map(s -> s.original() != column || s.factor() == 1.0 && !s.divide()).orElse(true));
				for (int i = later ? j + 1 : 0; i < (later ? head.length : j) && !extremes[j] && passesOn
						&& scalings.get(j).isEmpty(); i++) {
					if (!extremes[i] && scalings.get(i).isEmpty()) {
						scalings.set(j, Scaling.find(i, head[i], head[j]));
					}
				}
				for (int k = 0; k < head.length && scalings.get(j).isPresent(); k++) {
					if (scalings.get(k).filter(s -> s.original() == column).isPresent()) {
						scalings.set(k, scalings.get(j));
					}
				}
			}
		}
	}

	/**
	 * Keeps the bins of the widest windows whose members fit {@code keptValues}. A column constant in the pilot
	 * keeps none (its extremes decide it), nor does an image of another (its original's order statistics do), and
	 * if even the narrowest windows do not fit, the columns expecting the most members keep none (an atom of the
	 * distribution at a percentile fills its bin): their ranks are refined.
	 */
	private void chooseKept(int[][] pilotCounts, boolean[] extremes, int n, int pilot, long[] ranks,
			long keptValues) {
		int width = pilotCounts.length;
		for (double z : WIDTHS) {
			for (int j = 0; j < width; j++) {
				Arrays.fill(keep[j], false);
				expected[j] = extremes[j] || scalings.get(j).isPresent() ? 0
						: planKept(j, pilotCounts[j], n, pilot, ranks, z);
			}
			if (Arrays.stream(expected).sum() <= keptValues) {
				return;
			}
		}
		Integer[] byExpected = IntStream.range(0, width).boxed().toArray(Integer[]::new);
		Arrays.sort(byExpected, Comparator.comparingLong(j -> expected[j]));
		long total = 0;
		for (int j : byExpected) {
			total += expected[j];
			if (total > keptValues) {
				Arrays.fill(keep[j], false);
				expected[j] = 0;
			}
		}
	}

	/** Marks the bins holding the pilot ranks around each wanted rank; returns the members expected over n. */
	private long planKept(int j, int[] pilotCounts, int n, int pilot, long[] ranks, double z) {
		for (int r = 0; r + 1 < ranks.length; r += 2) {
			double from = position(ranks[r], n, pilot), to = position(ranks[r + 1], n, pilot);
			double q = pilot <= 1 ? 0.5 : from / (pilot - 1);
			double half = z * Math.sqrt(pilot * q * (1 - q)) + 2;
			long firstRank = Math.max(0, (long) Math.floor(from - half));
			long lastRank = Math.min(pilot - 1L, (long) Math.ceil(to + half));
			long before = 0;
			for (int b = 0; b < bins + 2 && before <= lastRank; b++) {
				if (before + pilotCounts[b] > firstRank && pilotCounts[b] > 0) {
					keep[j][b] = true;
				}
				before += pilotCounts[b];
			}
		}
		long members = 0;
		for (int b = 0; b < bins + 2; b++) {
			members += keep[j][b] ? pilotCounts[b] : 0;
		}
		return pilot == 0 ? 0 : (long) Math.ceil((double) members * n / pilot);
	}

	/** Where rank r of n samples falls among the pilot's ranks. */
	private static double position(long rank, int n, int pilot) {
		return n <= 1 ? 0 : (double) rank * (pilot - 1) / (n - 1);
	}

	/** Sums the groups' counts of these columns and gathers their kept members. */
	private void merge(GroupCounts pilot, List<GroupCounts> partials, boolean[] extremes, boolean[] columns) {
		List<GroupCounts> all = new ArrayList<>(partials.size() + 1);
		all.add(pilot);
		all.addAll(partials);
		for (int j = 0; j < lo.length; j++) {
			if (!columns[j]) {
				continue;
			}
			min[j] = extremes[j] ? Double.POSITIVE_INFINITY : -Double.MAX_VALUE;
			max[j] = extremes[j] ? Double.NEGATIVE_INFINITY : Double.MAX_VALUE;
			for (GroupCounts p : all) {
				min[j] = p.nan[j] > 0 ? Double.NaN : Math.min(min[j], p.min[j]);
				max[j] = p.nan[j] > 0 ? Double.NaN : Math.max(max[j], p.max[j]);
				for (int b = 0; b < bins + 2; b++) {
					counts[j][b] += p.counts[j][b] - (GroupCounts.flagged(keep[j], b) ? (long) Integer.MIN_VALUE : 0);
				}
			}
			kept[j] = gather(all, j);
		}
	}

	/** Column j's kept members of every group in one array; none when a group dropped its members. */
	private static double[] gather(List<GroupCounts> all, int j) {
		boolean dropped = false;
		long total = 0;
		for (GroupCounts p : all) {
			dropped |= p.overflow[j];
			total += p.size[j];
		}
		dropped |= total > Integer.MAX_VALUE - 16;
		double[] gathered = dropped ? new double[0] : new double[(int) total];
		int at = 0;
		for (GroupCounts p : all) {
			if (!dropped) {
				System.arraycopy(p.kept[j], 0, gathered, at, p.size[j]);
				at += p.size[j];
			}
			p.kept[j] = new double[0];
		}
		return gathered;
	}


	/**
	 * The order statistics of these ranks of column j whose bins the pass kept; empty for the others (a bin that was
	 * not kept, or all of them when the column's members were dropped).
	 */
	OptionalDouble[] orderStatistics(int j, long[] ranks) {
		if (scalings.get(j).isPresent()) {
			Scaling s = scalings.get(j).get();
			return Arrays.stream(orderStatistics(s.original(), ranks))
					.map(x -> x.isPresent() ? OptionalDouble.of(s.apply(x.getAsDouble())) : x)
					.toArray(OptionalDouble[]::new);
		}
		OptionalDouble[] result = new OptionalDouble[ranks.length];
		Arrays.fill(result, OptionalDouble.empty());
		int[] binOf = new int[ranks.length];
		long[] before = new long[ranks.length];
		for (int r = 0; r < ranks.length; r++) {
			int b = 0;
			while (ranks[r] >= before[r] + counts[j][b]) {
				before[r] += counts[j][b++];
			}
			binOf[r] = b;
		}
		int[] wanted = Arrays.stream(binOf).filter(b -> keep[j][b]).distinct().toArray();
		if (wanted.length == 0 || kept[j].length == 0) {
			return result;
		}
		double[][] members = new double[wanted.length][];
		int[] size = new int[wanted.length];
		int[] slot = new int[bins + 2];
		Arrays.fill(slot, -1);
		for (int w = 0; w < wanted.length; w++) {
			members[w] = new double[(int) counts[j][wanted[w]]];
			slot[wanted[w]] = w;
		}
		double l = lo[j], s = scale[j];
		for (double x : kept[j]) {
			int w = slot[bin(x, l, s, bins)];
			if (w >= 0) {
				members[w][size[w]++] = x;
			}
		}
		for (int w = 0; w < wanted.length; w++) {
			if (size[w] != members[w].length) {
				throw new IllegalStateException("kept " + size[w] + " of the " + members[w].length + " members of bin "
						+ wanted[w] + " of column " + j);
			}
			Arrays.sort(members[w]);
		}
		for (int r = 0; r < ranks.length; r++) {
			for (int w = 0; w < wanted.length; w++) {
				if (wanted[w] == binOf[r]) {
					result[r] = OptionalDouble.of(members[w][(int) (ranks[r] - before[r])]);
				}
			}
		}
		return result;
	}

	/** Lower and upper bounds of every bin of column j (the outer bins end at the column's extremes). */
	double[][] binRanges(int j) {
		double[] from = new double[bins + 2], to = new double[bins + 2];
		from[0] = min[j];
		to[0] = lo[j];
		for (int b = 1; b <= bins; b++) {
			from[b] = lo[j] + (b - 1) / scale[j];
			to[b] = lo[j] + b / scale[j];
		}
		from[bins + 1] = lo[j] + bins / scale[j];
		to[bins + 1] = max[j];
		return new double[][] { from, to };
	}

	/** The bin of x: 0 below lo, 1..bins inside, bins+1 above; monotone in x for any positive finite scale. */
	static int bin(double x, double lo, double scale, int bins) {
		return Math.min(bins + 1, Math.max(0, (int) ((x - lo) * scale + 1.0)));
	}

	/** bins / (hi − lo), or a positive stand-in when that is not a positive finite number. */
	static double scale(int bins, double lo, double hi) {
		double s = bins / (hi - lo);
		return s > 0 && s < Double.POSITIVE_INFINITY ? s : hi > lo ? Double.MIN_NORMAL : 1.0;
	}
}

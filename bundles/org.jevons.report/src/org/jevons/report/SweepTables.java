package org.jevons.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jevons.analysis.SweepResult;

/**
 * The file names of the wide sweep tables ({@link Reports#writeSweep}), one per sweep, as {@code jevons analyze
 * --sweeps DIR} and the workbench's export write them: {@code NAME.csv}, with characters a file name should not hold
 * as {@code _}, and {@code _2}, {@code _3}, … for a name met again (two files may declare sweeps of one name).
 */
public final class SweepTables {
	private SweepTables() {
	}

	/** One name per sweep, in the sweeps' order, no two alike. */
	public static List<String> fileNames(List<SweepResult> sweeps) {
		Set<String> taken = new HashSet<>();
		List<String> names = new ArrayList<>();
		for (SweepResult sweep : sweeps) {
			String base = sweep.name().replaceAll("[^\\p{L}\\p{N}_.-]", "_");
			String name = base;
			for (int n = 2; !taken.add(name); n++) {
				name = base + "_" + n;
			}
			names.add(name + ".csv");
		}
		return names;
	}
}

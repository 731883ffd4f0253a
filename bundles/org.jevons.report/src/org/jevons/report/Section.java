package org.jevons.report;

import java.util.List;

/** A part of a human report: trainings, inferences, comparisons, ... or a plugin's results. */
public record Section(String id, String title, List<Block> blocks) {
	public Section {
		blocks = List.copyOf(blocks);
	}
}

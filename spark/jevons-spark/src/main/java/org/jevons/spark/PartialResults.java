package org.jevons.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.spark.util.AccumulatorV2;
import org.jevons.attribution.Group;
import org.jevons.attribution.InputProblems;

/**
 * The aggregates and problems of every partition, keyed by partition: a task that runs again (retry, speculation)
 * replaces its partition's result instead of adding it twice, so the totals are exact even though they are
 * collected during the action that writes the requests.
 */
final class PartialResults extends AccumulatorV2<PartialResults.Partition, Map<Integer, PartialResults.Partition>> {
	private static final long serialVersionUID = 1L;

	/** One partition's aggregates and skipped rows. */
	record Partition(int index, List<Group> groups, InputProblems problems) implements Serializable {
	}

	private final TreeMap<Integer, Partition> partitions = new TreeMap<>();

	@Override
	public boolean isZero() {
		return partitions.isEmpty();
	}

	@Override
	public AccumulatorV2<Partition, Map<Integer, Partition>> copy() {
		PartialResults copy = new PartialResults();
		copy.partitions.putAll(partitions);
		return copy;
	}

	@Override
	public void reset() {
		partitions.clear();
	}

	@Override
	public void add(Partition partition) {
		partitions.put(partition.index(), partition);
	}

	@Override
	public void merge(AccumulatorV2<Partition, Map<Integer, Partition>> other) {
		partitions.putAll(other.value());
	}

	@Override
	public Map<Integer, Partition> value() {
		return partitions;
	}

	/** The aggregates of all partitions, merged by key, in order of first appearance (partition order). */
	List<Group> groups() {
		Map<List<String>, Group> merged = new LinkedHashMap<>();
		for (Partition p : partitions.values()) {
			for (Group g : p.groups()) {
				merged.computeIfAbsent(g.key(), k -> g.emptyCopy()).merge(g);
			}
		}
		return new ArrayList<>(merged.values());
	}

	InputProblems problems() {
		InputProblems all = new InputProblems();
		partitions.values().forEach(p -> all.merge(p.problems()));
		return all;
	}
}

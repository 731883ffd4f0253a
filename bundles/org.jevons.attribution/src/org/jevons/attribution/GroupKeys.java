package org.jevons.attribution;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The aggregates of an attribution by the values of its {@code --by} columns. The lookup reuses one probe key, and
 * time buckets are formatted once per bucket, so a row costs no allocation unless it opens a new aggregate.
 */
final class GroupKeys {
	private static final long HOUR = 3_600_000_000L, DAY = 24 * HOUR;

	private final List<String> by;
	private final int samples;
	private final Map<Key, Group> groups = new LinkedHashMap<>();
	private final Key probe;
	private long lastBucket = Long.MIN_VALUE;
	private final String[] lastText;

	private static final int WORKLOAD = 0, MODEL = 1, PROVIDER = 2, REGION = 3, EXTRA = 4, TIME = 5;
	private final int[] kinds;
	private final int[] extraIndex;
	private final String[][] lastKey;
	private final Group[] lastGroup;

	GroupKeys(List<String> by, List<String> extra, int samples, int workloads) {
		lastKey = new String[workloads][];
		lastGroup = new Group[workloads];
		this.by = by;
		this.samples = samples;
		probe = new Key(new String[by.size()]);
		lastText = new String[by.size()];
		kinds = new int[by.size()];
		extraIndex = new int[by.size()];
		for (int k = 0; k < kinds.length; k++) {
			String name = by.get(k);
			kinds[k] = switch (name) {
			case "workload" -> WORKLOAD;
			case "model" -> MODEL;
			case "provider" -> PROVIDER;
			case "region" -> REGION;
			case "hour", "day", "month", "year" -> TIME;
			default -> EXTRA;
			};
			extraIndex[k] = extra.indexOf(name);
		}
	}

	/** The aggregate of a row mapped to workload number {@code index} named {@code workload}. */
	Group of(LogRow row, int index, String workload) {
		String[] parts = probe.parts;
		for (int k = 0; k < parts.length; k++) {
			parts[k] = part(k, row, workload);
		}
		// rows of one workload mostly repeat its previous key: compare before hashing
		if (index < lastKey.length && lastKey[index] != null && Arrays.equals(lastKey[index], parts)) {
			return lastGroup[index];
		}
		Group group = lookUp(parts);
		if (index < lastKey.length) {
			lastKey[index] = parts.clone();
			lastGroup[index] = group;
		}
		return group;
	}

	private Group lookUp(String[] parts) {
		probe.rehash();
		Group group = groups.get(probe);
		if (group == null) {
			Key key = new Key(parts.clone());
			key.rehash();
			group = new Group(List.of(key.parts), samples);
			groups.put(key, group);
		}
		return group;
	}

	/** Part {@code k} of a row's key; what each part is was decided once, in the constructor. */
	private String part(int k, LogRow row, String workload) {
		return switch (kinds[k]) {
		case WORKLOAD -> workload;
		case MODEL -> row.model;
		case PROVIDER -> row.provider;
		case REGION -> row.region;
		case EXTRA -> row.by[extraIndex[k]] == null ? "" : row.by[extraIndex[k]];
		default -> bucket(by.get(k), k, row.time);
		};
	}

	/** ISO text of the time's hour, day, month or year (UTC); recomputed only when the hour changes. */
	private String bucket(String name, int k, long time) {
		long hour = Math.floorDiv(time, HOUR);
		if (hour == lastBucket && lastText[k] != null) {
			return lastText[k];
		}
		if (hour != lastBucket) {
			Arrays.fill(lastText, null);
			lastBucket = hour;
		}
		LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(time, DAY));
		String text = switch (name) {
		case "hour" -> date + "T" + String.format("%02d", Math.floorMod(hour, 24));
		case "day" -> date.toString();
		case "month" -> date.toString().substring(0, 7);
		default -> String.valueOf(date.getYear());
		};
		lastText[k] = text;
		return text;
	}

	/** The aggregates in order of first appearance. */
	List<Group> groups() {
		return List.copyOf(groups.values());
	}

	private static final class Key {
		final String[] parts;
		private int hash;

		Key(String[] parts) {
			this.parts = parts;
		}

		void rehash() {
			hash = Arrays.hashCode(parts);
		}

		@Override
		public int hashCode() {
			return hash;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key k && k.hash == hash && Arrays.equals(k.parts, parts);
		}
	}
}
